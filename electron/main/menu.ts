// Installs the application menu and routes its commands to the focused app window.
import { app, BrowserWindow, dialog, Menu } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract'
import { buildMenuTemplate } from './menu-template'
import { APP_DISPLAY_NAME } from './window'

export function installMenu(): void {
  const template = buildMenuTemplate(
    { appName: APP_DISPLAY_NAME, isMac: process.platform === 'darwin', isDev: !app.isPackaged },
    { send: sendToFocusedWindow, showAbout }
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function targetWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
}

function sendToFocusedWindow(command: MenuCommand): void {
  targetWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
}

function showAbout(): void {
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
  const parent = targetWindow()
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
}
