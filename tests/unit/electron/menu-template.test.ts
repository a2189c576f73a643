import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '@shared/ipc/contract'
import { buildMenuTemplate } from '../../../electron/main/menu-template'

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

function build(isMac: boolean, isDev: boolean) {
  const send = vi.fn()
  const showAbout = vi.fn()
  const items = flatten(buildMenuTemplate({ appName: 'Org Workbench', isMac, isDev }, { send, showAbout }))
  return { items, send, showAbout }
}

describe('application menu', () => {
  it.each([true, false])('sends every renderer command from some menu item (mac: %s)', (isMac) => {
    const { items, send } = build(isMac, false)
    for (const item of items) item.click?.({} as never, undefined, {} as never)
    const sent = send.mock.calls.map(([command]) => command)
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('offers About and Quit on every platform', () => {
    for (const isMac of [true, false]) {
      const { items, showAbout } = build(isMac, false)
      expect(items.some((i) => i.role === 'quit')).toBe(true)
      items.find((i) => i.label === 'About Org Workbench')?.click?.({} as never, undefined, {} as never)
      expect(showAbout).toHaveBeenCalledOnce()
    }
  })

  it('closes the window with Cmd+W on macOS, where quitting lives in the app menu', () => {
    const mac = build(true, false).items
    expect(mac.some((i) => i.role === 'close')).toBe(true)
    expect(build(false, false).items.some((i) => i.role === 'close')).toBe(false)
  })

  it('leaves undo and redo keys to the page so text fields keep their own undo', () => {
    const { items } = build(false, false)
    const undo = items.find((i) => i.label === 'Undo')
    const save = items.find((i) => i.label === 'Save')
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false })
    expect(save?.registerAccelerator).toBeUndefined()
  })

  it('offers developer tools only in development', () => {
    expect(build(false, true).items.some((i) => i.role === 'toggleDevTools')).toBe(true)
    expect(build(false, false).items.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })
})
