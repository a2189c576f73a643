// The one module through which the renderer reaches the desktop: everything else
// imports `platform` from here. Inside Electron it wraps the preload bridge; in a
// plain browser (the web build, end-to-end tests) it falls back to browser APIs.
import { desktopPlatform } from './desktop'
import type { Platform } from './platform'
import { webPlatform } from './web-fallback'

export { EXPORT_MIME_TYPES, MENU_COMMANDS, PlatformError } from './platform'
export type {
  AppInfo,
  ExportMime,
  ExportRequest,
  LiveHostBridge,
  MenuCommand,
  OpenedChart,
  Platform,
  RecentFile,
  SavedChart
} from './platform'

function detectPlatform(): Platform {
  const api = typeof window === 'undefined' ? undefined : window.orgWorkbench
  return api ? desktopPlatform(api) : webPlatform()
}

export const platform: Platform = detectPlatform()
