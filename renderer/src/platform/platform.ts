// What the renderer may ask of the machine it runs on: files, exports, menu
// commands. The desktop app answers through the Electron bridge, a plain browser
// through downloads and file pickers; the UI sees only this interface.
import type { AppInfo, ExportRequest, LiveEvent, MenuCommand, OpenedChart, RecentFile, SavedChart, StartLiveRequest, StartedLive } from '@shared/ipc/contract'

export type { AppInfo, ExportRequest, MenuCommand, OpenedChart, RecentFile, SavedChart }
export type { ExportMime } from '@shared/ipc/contract'
export { EXPORT_MIME_TYPES, MENU_COMMANDS } from '@shared/ipc/contract'

export interface Platform {
  /** True inside the Electron app; false in a plain browser (web build, tests). */
  readonly isDesktop: boolean
  /** Lets the user pick a chart file; null when they cancel. */
  openChartFile(): Promise<OpenedChart | null>
  /**
   * Saves chart text. With a handle, overwrites that file in place (desktop); with
   * null, asks where to save first ("Save As"). Null when the user cancels.
   */
  saveChart(handle: string | null, text: string, suggestedName: string): Promise<SavedChart | null>
  /** Most recent first. In the browser, names only: reopening asks for the file again. */
  listRecent(): Promise<readonly RecentFile[]>
  /** Reopens a recent file by its handle; null only if the browser's picker is cancelled. */
  openRecent(handle: string): Promise<OpenedChart | null>
  /** Saves an export (PNG bytes or SVG/CSV/Markdown/JSON text); resolves to the saved file name, or null when cancelled. */
  saveExport(request: ExportRequest): Promise<string | null>
  appInfo(): Promise<AppInfo>
  /** Hosting a live session (desktop only: a browser cannot run the server). */
  readonly live?: LiveHostBridge
  /** Menu bar commands (desktop only); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** A failure the user should read: the message says what happened and what to do. */
export class PlatformError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlatformError'
  }
}

/** Start live session / End session, and the host window's own link to its relay. */
export interface LiveHostBridge {
  start(request: StartLiveRequest): Promise<StartedLive>
  end(): Promise<void>
  send(frame: Uint8Array): Promise<void>
  onEvent(listener: (event: LiveEvent) => void): () => void
}
