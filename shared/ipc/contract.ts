// The one contract between the renderer and the Electron main process.
// Every channel is declared here once; main, preload and the renderer bridge derive
// their types from it. This module stays free of zod and of any runtime dependency
// because the sandboxed preload bundles it and may only require('electron');
// the argument schemas live next door in schemas.ts.

/** Channel names on the wire, keyed by the method name the renderer calls. */
export const IPC_CHANNELS = {
  openChartFile: 'chart:open',
  saveChart: 'chart:save',
  saveChartAs: 'chart:save-as',
  listRecent: 'recent:list',
  openRecent: 'recent:open',
  saveExport: 'export:save',
  appInfo: 'app:info',
  startLiveSession: 'live:start',
  endLiveSession: 'live:end',
  liveSend: 'live:send'
} as const
export type ChannelKey = keyof typeof IPC_CHANNELS
export type ChannelName = (typeof IPC_CHANNELS)[ChannelKey]
export const CHANNEL_KEYS = Object.keys(IPC_CHANNELS) as readonly ChannelKey[]

/** Main → renderer: menu items the renderer acts on, because it owns the chart and its undo history. */
export const MENU_COMMAND_CHANNEL = 'menu:command'
export const MENU_COMMANDS = [
  'new-chart', 'open', 'save', 'save-as', 'export', 'print-pdf', 'undo', 'redo',
  // Chart structure and views: ids of the renderer's actions of the same name.
  'add-role', 'add-report', 'add-peer', 'delete', 'room-view', 'present', 'palette'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

export const EXPORT_MIME_TYPES = ['image/png', 'image/svg+xml', 'text/csv', 'text/markdown', 'application/json', 'application/pdf'] as const
export type ExportMime = (typeof EXPORT_MIME_TYPES)[number]

/**
 * An open chart file. `handle` is an opaque token main issued for a path the user
 * picked in a native dialog; the renderer never sees or sends file paths.
 */
export interface OpenedChart {
  readonly handle: string
  readonly name: string
  readonly text: string
}

export interface SavedChart {
  readonly handle: string
  readonly name: string
}

export interface RecentFile {
  readonly handle: string
  readonly name: string
  /** ISO time the file was last opened or saved. */
  readonly openedAt: string
}

export interface SaveChartRequest {
  readonly handle: string
  readonly text: string
}

export interface SaveChartAsRequest {
  readonly text: string
  readonly suggestedName: string
}

/** Exactly one of `bytes` (PNG, PDF) or `text` (SVG, CSV, Markdown, JSON). */
export type ExportRequest =
  | { readonly bytes: Uint8Array; readonly text?: undefined; readonly suggestedName: string; readonly mime: ExportMime }
  | { readonly text: string; readonly bytes?: undefined; readonly suggestedName: string; readonly mime: ExportMime }

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly platform: string
  readonly electron: string
  readonly chrome: string
}

/**
 * Start live session: the renderer made the session's secrets and keeps the key; main gets
 * only what its relay checks (the room id, the access token derived from the key, the host
 * token), starts the server on the room's network and answers with the address to share.
 */
export interface StartLiveRequest {
  readonly roomId: string
  readonly accessToken: Uint8Array
  readonly hostToken: Uint8Array
}

export interface StartedLive {
  /** http://<LAN address>:<port>/ — the join link is this plus the fragment the renderer adds. */
  readonly joinBase: string
}

/** Main → renderer: what the relay sends the host window's own (in-process) connection. */
export const LIVE_EVENT_CHANNEL = 'live:event'
export type LiveEvent =
  | { readonly type: 'message'; readonly data: Uint8Array }
  | { readonly type: 'close'; readonly code: number; readonly reason: string }

export function isLiveEvent(value: unknown): value is LiveEvent {
  const v = value as Record<string, unknown> | null
  if (!v || typeof v !== 'object') return false
  if (v.type === 'message') return v.data instanceof Uint8Array
  return v.type === 'close' && typeof v.code === 'number' && typeof v.reason === 'string'
}

/** Errors cross IPC as data, with a message written for the user. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly message: string } }

/** What each channel takes and what it resolves to (before wrapping in IpcResult). */
export interface IpcSignatures {
  openChartFile: () => OpenedChart | null
  saveChart: (req: SaveChartRequest) => SavedChart
  saveChartAs: (req: SaveChartAsRequest) => SavedChart | null
  listRecent: () => readonly RecentFile[]
  openRecent: (handle: string) => OpenedChart
  saveExport: (req: ExportRequest) => { readonly name: string } | null
  appInfo: () => AppInfo
  startLiveSession: (req: StartLiveRequest) => StartedLive
  endLiveSession: () => null
  /** One relay frame from the host window (sealed, except its hello). */
  liveSend: (frame: Uint8Array) => null
}

export type IpcArgs<K extends ChannelKey> = Parameters<IpcSignatures[K]>
export type IpcValue<K extends ChannelKey> = ReturnType<IpcSignatures[K]>

/** The object the preload exposes as `window.orgWorkbench`. */
export type OrgWorkbenchApi = {
  readonly [K in ChannelKey]: (...args: IpcArgs<K>) => Promise<IpcResult<IpcValue<K>>>
} & {
  /** Subscribe to menu commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
  /** Subscribe to the live relay's frames for this window; returns the unsubscribe function. */
  readonly onLiveEvent: (listener: (event: LiveEvent) => void) => () => void
}

export const BRIDGE_GLOBAL = 'orgWorkbench'
