import { describe, expect, it } from 'vitest'
import { CHANNEL_KEYS, IPC_CHANNELS } from '@shared/ipc/contract'
import { IPC_ARG_SCHEMAS, IPC_LIMITS, parseIpcArgs } from '@shared/ipc/schemas'

const HANDLE = 'h_abcdefghijklmnopqrstuvwx'

describe('IPC contract', () => {
  it('gives every channel a unique wire name and an argument schema', () => {
    const names = Object.values(IPC_CHANNELS)
    expect(new Set(names).size).toBe(names.length)
    expect(Object.keys(IPC_ARG_SCHEMAS).sort()).toEqual([...CHANNEL_KEYS].sort())
  })
})

describe('argument validation accepts well-formed calls', () => {
  it.each([
    ['openChartFile', []],
    ['saveChart', [{ handle: HANDLE, text: '{}' }]],
    ['saveChartAs', [{ text: '{}', suggestedName: 'Plan' }]],
    ['listRecent', []],
    ['openRecent', [HANDLE]],
    ['saveExport', [{ bytes: new Uint8Array([137, 80, 78, 71]), suggestedName: 'Chart', mime: 'image/png' }]],
    ['saveExport', [{ text: 'a,b', suggestedName: 'Duties', mime: 'text/csv' }]],
    ['saveExport', [{ bytes: new Uint8Array([37, 80, 68, 70]), suggestedName: 'Chart', mime: 'application/pdf' }]],
    ['appInfo', []]
  ] as const)('%s %j', (key, args) => {
    expect(parseIpcArgs(key, args).ok).toBe(true)
  })
})

describe('argument validation refuses what an untrusted page might send', () => {
  it.each([
    ['a file path instead of a handle', 'saveChart', [{ handle: '/etc/passwd', text: '{}' }]],
    ['a handle that main never issued the shape of', 'openRecent', ['../../secret']],
    ['a missing argument', 'saveChart', []],
    ['an extra argument', 'openChartFile', ['/home/user/chart.json']],
    ['an extra property (a path smuggled in)', 'saveChartAs', [{ text: '{}', suggestedName: 'Plan', path: '/tmp/x' }]],
    ['a non-string chart text', 'saveChart', [{ handle: HANDLE, text: 42 }]],
    ['an empty suggested name', 'saveChartAs', [{ text: '{}', suggestedName: '   ' }]],
    ['an overlong name', 'saveChartAs', [{ text: '{}', suggestedName: 'x'.repeat(IPC_LIMITS.nameChars + 1) }]],
    ['an unknown export type', 'saveExport', [{ text: 'x', suggestedName: 'a', mime: 'application/x-msdownload' }]],
    ['both bytes and text', 'saveExport', [{ bytes: new Uint8Array(1), text: 'x', suggestedName: 'a', mime: 'image/png' }]],
    ['bytes as a plain array', 'saveExport', [{ bytes: [1, 2, 3], suggestedName: 'a', mime: 'image/png' }]],
    ['null instead of a request', 'saveExport', [null]]
  ] as const)('%s', (_what, key, args) => {
    const result = parseIpcArgs(key, args as readonly unknown[])
    expect(result.ok).toBe(false)
  })

  it('refuses chart text above the size limit', () => {
    const text = 'x'.repeat(IPC_LIMITS.chartTextChars + 1)
    expect(parseIpcArgs('saveChart', [{ handle: HANDLE, text }]).ok).toBe(false)
  })

  it('says which argument was wrong, for the log', () => {
    const result = parseIpcArgs('saveChart', [{ handle: HANDLE, text: 1 }])
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.problem).toContain('0.text')
  })
})
