// Installs the application menu and routes its commands to the app window. Other
// windows (the hidden PDF window) never receive them.
import { app, BrowserWindow, dialog, Menu } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract'
import { buildMenuTemplate } from './menu-template'
import { APP_DISPLAY_NAME } from './window'

/**
 * `appWindow` returns the app window, or null when it is closed (possible on macOS,
 * where the app and its menu stay after the last window closes). A command chosen then
 * reopens the window instead of doing nothing.
 */
export function installMenu(appWindow: () => BrowserWindow | null, reopen: () => void): void {
  const send = (command: MenuCommand): void => {
    const win = appWindow()
    if (!win || win.isDestroyed()) return reopen()
    win.webContents.send(MENU_COMMAND_CHANNEL, command)
  }
  const template = buildMenuTemplate(
    { appName: APP_DISPLAY_NAME, isMac: process.platform === 'darwin', isDev: !app.isPackaged },
    { send, showAbout: () => showAbout(appWindow()) }
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function showAbout(parent: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: `About ${APP_DISPLAY_NAME}`,
    message: APP_DISPLAY_NAME,
    detail:
      `Version ${app.getVersion()}\n` +
      'A workbench for org-design workshops: roles, reporting lines and duties, with live warnings when a role holds work outside its scope.\n\n' +
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['OK']
  }
  void (parent && !parent.isDestroyed() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
}
