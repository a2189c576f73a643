// The app window: isolated, sandboxed renderer with only the preload bridge, shown
// once its first frame is ready so users never see a blank white window.
import { join } from 'node:path'
import { BrowserWindow, dialog } from 'electron'
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

  const url = !options.isPackaged && options.devServerUrl ? options.devServerUrl : APP_ENTRY_URL
  win.once('ready-to-show', () => win.show())
  // 'ready-to-show' waits for a first paint, which a failed load may never produce: without
  // this the app would keep running with no window at all.
  win.webContents.on('did-fail-load', (_event, code, description, failedUrl, isMainFrame) => {
    console.error(`Could not load ${failedUrl}: ${description} (${code})`)
    if (!isMainFrame || code === ABORTED || win.isDestroyed()) return
    if (!win.isVisible()) win.show()
    void dialog.showMessageBox(win, {
      type: 'error',
      title: APP_DISPLAY_NAME,
      message: 'Org Workbench could not load its window.',
      detail: loadFailureAdvice(url, description, options.isPackaged),
      buttons: ['OK']
    })
  })
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`The app page stopped (${details.reason}, exit code ${details.exitCode})`)
    // 'killed' and 'clean-exit' also happen while the app quits: no dialog then.
    if (!CRASH_REASONS.has(details.reason) || win.isDestroyed()) return
    void dialog
      .showMessageBox(win, {
        type: 'error',
        title: APP_DISPLAY_NAME,
        message: 'The Org Workbench page stopped unexpectedly.',
        detail: 'Reload to continue working. The last change you made before this may be missing.',
        buttons: ['Reload', 'Close']
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return
        if (response === 0) win.webContents.reload()
        else win.close()
      })
  })

  win.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}`, error))
  return win
}

const CRASH_REASONS: ReadonlySet<string> = new Set(['crashed', 'oom', 'abnormal-exit', 'launch-failed', 'integrity-failure'])

/** Chromium's code for a navigation that was replaced by another one, not a failure. */
const ABORTED = -3

function loadFailureAdvice(url: string, reason: string, isPackaged: boolean): string {
  if (!isPackaged && url.startsWith('http')) {
    return `The development server at ${url} did not answer (${reason}). Start the app with "npm start" so the server runs, then try again.`
  }
  if (!isPackaged) {
    return `The built app in out/renderer could not be read (${reason}). Run "npm run build" first, or start the app with "npm start".`
  }
  return `The app's own files could not be read (${reason}). Reinstalling Org Workbench should fix this; charts stored in the app are kept.`
}
