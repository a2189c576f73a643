// Org Workbench main process: one instance, one window, the app:// origin in
// production, the hardened session, the IPC handlers and the menu.
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { ChartFiles } from './files'
import { registerHandlers } from './handlers'
import { createHandle } from './ipc'
import { installMenu } from './menu'
import { trustedOrigins } from './origin'
import { registerAppScheme, serveAppFiles } from './protocol'
import { RecentFiles } from './recent-files'
import { installSecurityPolicy } from './security'
import { createMainWindow } from './window'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = trustedOrigins(devServerUrl, app.isPackaged)
let mainWindow: BrowserWindow | null = null

// Tests and side-by-side development runs keep their charts away from the user's own.
if (!app.isPackaged && process.env.ORG_WORKBENCH_USER_DATA) {
  app.setPath('userData', process.env.ORG_WORKBENCH_USER_DATA)
}

// Both must happen before 'ready'.
registerAppScheme()
app.enableSandbox()

function openWindow(): void {
  mainWindow = createMainWindow({
    isPackaged: app.isPackaged,
    devServerUrl,
    iconPath: join(__dirname, '../../resources/icon.png')
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

async function start(): Promise<void> {
  await app.whenReady()
  installSecurityPolicy(origins)
  serveAppFiles(join(__dirname, '../renderer'))
  const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'))
  registerHandlers(createHandle(origins), new ChartFiles(recent))
  installMenu(() => mainWindow, openWindow)
  openWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another Org Workbench is already running; it gets focused instead.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow()
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    console.error('Org Workbench could not start', error)
    app.exit(1)
  })
}
