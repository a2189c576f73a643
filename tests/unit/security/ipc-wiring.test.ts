// The IPC handlers as main registers them, against a stand-in for Electron's ipcMain:
// every contract channel is registered through the guarded handle(), so each one checks
// the sender frame and validates its arguments before touching any file.

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_KEYS, IPC_CHANNELS } from '@shared/ipc/contract'

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  const stub = () => {
    throw new Error('not available in this test')
  }
  return {
    handlers,
    module: {
      ipcMain: {
        handle(channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
          if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
          handlers.set(channel, fn)
        }
      },
      app: { getVersion: () => '0.0.0', getPath: stub, on: stub },
      BrowserWindow: { fromWebContents: () => null },
      dialog: { showOpenDialog: stub, showSaveDialog: stub },
      session: { fromPartition: stub, defaultSession: {} },
      shell: { openExternal: stub }
    }
  }
})
vi.mock('electron', () => electron.module)

const { createHandle } = await import('../../../electron/main/ipc')
const { registerHandlers } = await import('../../../electron/main/handlers')
const { trustedOrigins } = await import('../../../electron/main/origin')
const { UNTRUSTED_SENDER_MESSAGE } = await import('../../../electron/main/ipc-guard')
type ChartFiles = import('../../../electron/main/files').ChartFiles

const files = {
  openWithDialog: vi.fn(),
  openRecent: vi.fn(),
  listRecent: vi.fn(async () => []),
  save: vi.fn(),
  saveAs: vi.fn(),
  saveExport: vi.fn()
}
vi.spyOn(console, 'error').mockImplementation(() => undefined)
registerHandlers(createHandle(trustedOrigins(undefined, true)), files as unknown as ChartFiles)

const event = (url: string | null) => ({ sender: {}, senderFrame: url === null ? null : { url } })
const anyFileTouched = () => Object.values(files).some((fn) => fn.mock.calls.length > 0)

describe('IPC registration', () => {
  it('registers every contract channel, and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort())
  })

  it.each(CHANNEL_KEYS)('%s refuses a page outside the app and a missing frame before touching files', async (key) => {
    const handler = electron.handlers.get(IPC_CHANNELS[key])!
    for (const sender of ['https://evil.example/', 'file:///tmp/x.html', null]) {
      expect(await handler(event(sender))).toEqual({ ok: false, error: { message: UNTRUSTED_SENDER_MESSAGE } })
    }
    expect(anyFileTouched()).toBe(false)
  })

  it.each(CHANNEL_KEYS)('%s refuses arguments its schema does not allow before touching files', async (key) => {
    const handler = electron.handlers.get(IPC_CHANNELS[key])!
    const result = (await handler(event('app://org-workbench/index.html'), '/etc/passwd', { path: '/etc/passwd' })) as { ok: boolean }
    expect(result.ok).toBe(false)
    expect(anyFileTouched()).toBe(false)
  })

  it('runs the handler for a valid call from the app page', async () => {
    const handler = electron.handlers.get(IPC_CHANNELS.listRecent)!
    expect(await handler(event('app://org-workbench/index.html'))).toEqual({ ok: true, value: [] })
    expect(files.listRecent).toHaveBeenCalledTimes(1)
  })
})

describe('the main-process sources', () => {
  const dir = resolve(__dirname, '../../../electron/main')
  it('use ipcMain only in ipc.ts, where every call goes through the guard', () => {
    const users = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && /\bipcMain\b/.test(readFileSync(join(dir, f), 'utf8')))
      .sort()
    expect(users).toEqual(['ipc.ts'])
    expect(readFileSync(join(dir, 'ipc.ts'), 'utf8')).toMatch(/ipcMain\.handle\([^)]*\)[^]*runIpcCall\(/)
  })
})
