import { describe, expect, it, vi } from 'vitest'
import { UserFacingError } from '../../../electron/main/errors'
import { runIpcCall, UNTRUSTED_SENDER_MESSAGE } from '../../../electron/main/ipc-guard'
import { trustedOrigins } from '../../../electron/main/origin'

const context = { senderUrl: 'app://org-workbench/index.html', trustedOrigins: trustedOrigins(undefined, true) }
const HANDLE = 'h_abcdefghijklmnopqrstuvwx'

describe('every IPC call', () => {
  it('runs the handler with the validated arguments and wraps its value', async () => {
    const impl = vi.fn(async ([req]: [{ handle: string; text: string }]) => ({ handle: req.handle, name: 'Plan.orgchart.json' }))
    const result = await runIpcCall('saveChart', [{ handle: HANDLE, text: '{}' }], context, impl)
    expect(result).toEqual({ ok: true, value: { handle: HANDLE, name: 'Plan.orgchart.json' } })
    expect(impl).toHaveBeenCalledWith([{ handle: HANDLE, text: '{}' }])
  })

  it('ignores calls from frames outside the app origin without running the handler', async () => {
    const impl = vi.fn()
    for (const senderUrl of ['https://evil.example/', 'file:///tmp/x.html', null]) {
      const result = await runIpcCall('listRecent', [], { ...context, senderUrl }, impl)
      expect(result).toEqual({ ok: false, error: { message: UNTRUSTED_SENDER_MESSAGE } })
    }
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses malformed arguments without running the handler', async () => {
    const impl = vi.fn()
    const log = vi.fn()
    const result = await runIpcCall('saveChart', [{ handle: '/etc/passwd', text: '{}' }], { ...context, log }, impl)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/could not understand a request while saving the chart, so nothing was changed/)
    expect(impl).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('0.handle'))
  })

  it('passes messages written for the user through unchanged', async () => {
    const message = 'Could not save “Plan.orgchart.json”: permission denied. The file on disk was not changed. Try Save As to another folder.'
    const result = await runIpcCall('listRecent', [], context, () => {
      throw new UserFacingError(message)
    })
    expect(result).toEqual({ ok: false, error: { message } })
  })

  it('replaces unexpected errors by a plain message and logs the original', async () => {
    const log = vi.fn()
    const boom = new TypeError("Cannot read properties of undefined (reading 'path')")
    const result = await runIpcCall('appInfo', [], { ...context, log }, async () => {
      throw boom
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Something went wrong while reading the app version\./)
      expect(result.error.message).not.toContain('Cannot read properties')
    }
    expect(log).toHaveBeenCalledWith(expect.any(String), boom)
  })
})
