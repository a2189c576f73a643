// The application menu as data. Commands that change the chart (new, open, save,
// export, undo, redo, structure, views) are sent to the renderer, which owns the chart and its history;
// the rest are Electron roles. No Electron import at runtime, so it is unit tested.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

export interface MenuActions {
  readonly send: (command: MenuCommand) => void
  readonly showAbout: () => void
}

export interface MenuOptions {
  readonly appName: string
  readonly isMac: boolean
  readonly isDev: boolean
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(id)
  })
  // Undo/redo keys must reach the page: text fields keep their own undo, and the
  // renderer decides between text undo and chart undo. The menu still shows the keys.
  const pageKey = (item: MenuItemConstructorOptions): MenuItemConstructorOptions => ({ ...item, registerAccelerator: false })
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => actions.showAbout() }

  const template: MenuItemConstructorOptions[] = []
  if (options.isMac) {
    template.push({
      label: options.appName,
      submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }]
    })
  }
  template.push(
    {
      label: 'File',
      submenu: [
        command('New Chart', 'new-chart', 'CmdOrCtrl+N'),
        command('Open…', 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Save', 'save', 'CmdOrCtrl+S'),
        command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        command('Export…', 'export', 'CmdOrCtrl+E'),
        command('Print to PDF…', 'print-pdf', 'CmdOrCtrl+P'),
        // macOS users close windows with Cmd+W; elsewhere the window frame does it.
        ...(options.isMac ? [{ type: 'separator' } as const, { role: 'close' } as const] : [{ type: 'separator' } as const, { role: 'quit' } as const])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        pageKey(command('Undo', 'undo', 'CmdOrCtrl+Z')),
        pageKey(command('Redo', 'redo', options.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y')),
        { type: 'separator' },
        // The same actions as the toolbar; their keys (Tab, Enter, Delete) belong to the canvas.
        command('Add role', 'add-role'),
        command('Add report', 'add-report'),
        command('Add peer', 'add-peer'),
        command('Delete', 'delete'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'View',
      submenu: [
        command('Room view', 'room-view'),
        command('Present', 'present'),
        pageKey(command('Search roles and cards…', 'palette', 'CmdOrCtrl+K')),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : [])
      ]
    },
    ...(options.isMac ? [{ role: 'windowMenu' } as const] : []),
    { label: 'Help', submenu: options.isMac ? [] : [about] }
  )
  return template.filter((item) => !(Array.isArray(item.submenu) && item.submenu.length === 0))
}
