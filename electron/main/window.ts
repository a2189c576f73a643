// The app window: isolated, sandboxed renderer with only the preload bridge, shown
// once its first frame is ready so users never see a blank white window.
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './origin'
import { appWindowWebPreferences } from './web-preferences'

export const APP_DISPLAY_NAME = 'Org Workbench'

export interface WindowOptions {
  readonly isPackaged: boolean
  /** Set by electron-vite in development; production loads the app:// origin. */
  readonly devServerUrl: string | undefined
  readonly iconPath?: string
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: APP_DISPLAY_NAME,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath && process.platform === 'linux' ? { icon: options.iconPath } : {}),
    webPreferences: appWindowWebPreferences({ preloadPath: join(__dirname, '../preload/index.js'), isPackaged: options.isPackaged })
  })

  win.once('ready-to-show', () => win.show())
  win.webContents.on('did-fail-load', (_event, code, description, url) => {
    console.error(`Could not load ${url}: ${description} (${code})`)
  })

  const url = !options.isPackaged && options.devServerUrl ? options.devServerUrl : APP_ENTRY_URL
  win.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}`, error))
  return win
}
