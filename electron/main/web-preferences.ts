// The web preferences of every window the app opens, built here and nowhere else so the
// security settings cannot drift between windows and are unit tested without Electron
// (only Electron's types are imported). Callers add what differs (preload, partition,
// JavaScript off) but can never loosen the locked settings.
import type { WebPreferences } from 'electron'

/** Isolated, sandboxed, no Node anywhere, same-origin policy on, no webviews. */
export const LOCKED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false
} as const satisfies WebPreferences

type LockedKey = keyof typeof LOCKED_WEB_PREFERENCES

/** The locked settings over whatever else a window needs; the locked ones always win. */
export function secureWebPreferences(extra: Omit<WebPreferences, LockedKey> = {}): WebPreferences {
  return { ...extra, ...LOCKED_WEB_PREFERENCES }
}

export interface AppWindowPreferences {
  readonly preloadPath: string
  readonly isPackaged: boolean
}

/** The app window: the preload bridge, and devtools only when running unpackaged. */
export function appWindowWebPreferences(options: AppWindowPreferences): WebPreferences {
  return secureWebPreferences({ preload: options.preloadPath, spellcheck: true, devTools: !options.isPackaged })
}

