// Every IPC channel, as a table: each has a schema, a call from a page outside the app
// is refused, malformed arguments are refused before any handler runs, and no channel
// takes a file path — files are named by opaque handles main issued.

import { basename } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_KEYS, EXPORT_MIME_TYPES, type ChannelKey } from '@shared/ipc/contract'
import { safeFileName, suggestedChartName, suggestedExportName } from '@shared/ipc/file-names'
import { handleSchema, IPC_ARG_SCHEMAS, parseIpcArgs } from '@shared/ipc/schemas'
import { runIpcCall, UNTRUSTED_SENDER_MESSAGE } from '../../../electron/main/ipc-guard'
import { newHandleToken } from '../../../electron/main/handles'
import { trustedOrigins } from '../../../electron/main/origin'

const HANDLE = newHandleToken()
const origins = trustedOrigins(undefined, true)
const fromApp = { senderUrl: 'app://org-workbench/index.html', trustedOrigins: origins, log: () => undefined }

/** One well-formed call per channel; typed as a full record so a new channel must be added here. */
const VALID: Readonly<Record<ChannelKey, readonly unknown[]>> = {
  openChartFile: [],
  saveChart: [{ handle: HANDLE, text: '{}' }],
  saveChartAs: [{ text: '{}', suggestedName: 'Plan' }],
  listRecent: [],
  openRecent: [HANDLE],
  saveExport: [{ text: 'a,b', suggestedName: 'Duties', mime: 'text/csv' }],
  appInfo: [],
  startLiveSession: [{ roomId: 'AAAAAAAAAAAAAAAA', accessToken: new Uint8Array(32), hostToken: new Uint8Array(16) }],
  endLiveSession: [],
  liveSend: [new Uint8Array(4)]
}

const PATHS = ['/etc/passwd', 'C:\\Users\\ann\\chart.orgchart.json', '\\\\server\\share\\x.json', '../../secret.json', '~/chart.json', 'file:///etc/passwd']
const WRONG_VALUES: readonly unknown[] = [null, undefined, 42, true, {}, [], ...PATHS, new Uint8Array(2)]

const sameKind = (a: unknown, b: unknown): boolean =>
  typeof a === typeof b && Array.isArray(a) === Array.isArray(b) && (a === null) === (b === null) && a instanceof Uint8Array === b instanceof Uint8Array

/** Malformed variants of a valid call: wrong arity, each argument and each field swapped for a value of another kind, smuggled path fields. */
function malformed(valid: readonly unknown[]): { what: string; args: unknown[] }[] {
  const out: { what: string; args: unknown[] }[] = [{ what: 'an extra argument', args: [...valid, '/etc/passwd'] }]
  if (valid.length > 0) out.push({ what: 'no arguments', args: [] })
  valid.forEach((arg, i) => {
    for (const wrong of WRONG_VALUES) {
      if (sameKind(arg, wrong) && !(typeof arg === 'string' && PATHS.includes(wrong as string))) continue
      out.push({ what: `argument ${i} replaced by ${JSON.stringify(wrong) ?? 'undefined'}`, args: valid.map((a, j) => (j === i ? wrong : a)) })
    }
    if (arg === null || typeof arg !== 'object') return
    for (const [field, value] of Object.entries(arg)) {
      for (const wrong of [null, 42, {}, [], true]) {
        if (sameKind(value, wrong)) continue
        out.push({ what: `${field} replaced by ${JSON.stringify(wrong)}`, args: valid.map((a, j) => (j === i ? { ...arg, [field]: wrong } : a)) })
      }
    }
    for (const field of ['path', 'filePath', 'defaultPath', 'folder']) {
      out.push({ what: `an extra "${field}" field`, args: valid.map((a, j) => (j === i ? { ...arg, [field]: '/tmp/x' } : a)) })
    }
  })
  return out
}

describe.each(CHANNEL_KEYS)('IPC channel %s', (key) => {
  it('has an argument schema that accepts a well-formed call', async () => {
    expect(IPC_ARG_SCHEMAS[key]).toBeDefined()
    const impl = vi.fn(() => null as never)
    const result = await runIpcCall(key, VALID[key], fromApp, impl)
    expect(result.ok).toBe(true)
    expect(impl).toHaveBeenCalledTimes(1)
  })

  it('refuses a well-formed call from a frame outside the app, without running the handler', async () => {
    const impl = vi.fn()
    for (const senderUrl of ['https://evil.example/', 'file:///tmp/page.html', 'about:blank', 'app://evil/index.html', null, undefined]) {
      const result = await runIpcCall(key, VALID[key], { ...fromApp, senderUrl }, impl)
      expect(result).toEqual({ ok: false, error: { message: UNTRUSTED_SENDER_MESSAGE } })
    }
    expect(impl).not.toHaveBeenCalled()
  })

  const cases = malformed(VALID[key])
  it.each(cases)('refuses $what without running the handler', async ({ args }) => {
    const impl = vi.fn()
    const result = await runIpcCall(key, args, fromApp, impl)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/could not understand a request .* so nothing was changed/)
    expect(impl).not.toHaveBeenCalled()
  })
})

describe('file paths from the renderer', () => {
  const pathLike = fc.oneof(
    fc.constantFrom(...PATHS),
    fc.array(fc.stringMatching(/^[\w.-]{1,12}$/), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    fc.tuple(fc.constantFrom('C:', 'D:', 'c:'), fc.stringMatching(/^[\w .-]{1,20}$/)).map(([d, rest]) => `${d}\\${rest}`),
    fc.stringMatching(/^[\w.-]{0,10}$/).map((s) => `../${s}`),
    fc.webUrl().map((u) => u.replace(/^https?:/, 'file:'))
  )
  const handleFields: readonly { key: ChannelKey; put: (p: string) => unknown[] }[] = [
    { key: 'saveChart', put: (p) => [{ handle: p, text: '{}' }] },
    { key: 'openRecent', put: (p) => [p] }
  ]

  it('are refused wherever a file is named: only handles main issued are accepted', () => {
    fc.assert(
      fc.property(pathLike, (path) => {
        expect(handleSchema.safeParse(path).success).toBe(false)
        for (const { key, put } of handleFields) expect(parseIpcArgs(key, put(path)).ok).toBe(false)
      }),
      { numRuns: 150 }
    )
  })

  it('accept every token main issues as a handle', () => {
    for (let i = 0; i < 50; i++) expect(handleSchema.safeParse(newHandleToken()).success).toBe(true)
  })

  it('never become paths through a suggested name: names stay bare file names', () => {
    fc.assert(
      fc.property(fc.oneof(pathLike, fc.string({ maxLength: 80 })), fc.constantFrom(...EXPORT_MIME_TYPES), (name, mime) => {
        for (const offered of [suggestedChartName(name), suggestedExportName(name, mime), safeFileName(name)]) {
          expect(offered).not.toMatch(/[\\/]/)
          expect(basename(offered)).toBe(offered)
          expect(offered).not.toMatch(/^\.\.?$/)
        }
      }),
      { numRuns: 150 }
    )
  })
})
