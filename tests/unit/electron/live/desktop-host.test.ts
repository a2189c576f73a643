import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DesktopLiveHost } from '../../../../electron/main/live/desktop-host'
import { openNodeSocket } from '../../../../electron/main/live/node-socket'
import type { LiveEvent } from '@shared/ipc/contract'
import { LiveClient } from '@shared/live/live-client'
import { newSessionSecrets } from '@shared/live/join-link'
import { deriveSessionKeys } from '@shared/live/session-keys'
import { relayUrl, type OpenSocket } from '@shared/live/socket'
import { until } from '../../shared/live/helpers'

describe('Start live session in the desktop app', () => {
  it('starts the server, lets the host window join over IPC, and a participant join over the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desktop-live-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html>')
    const host = new DesktopLiveHost(dir, { host: '127.0.0.1', port: 4219 })
    const s = newSessionSecrets()
    const keys = await deriveSessionKeys(s.secret, s.roomId)
    const listeners = new Set<(e: LiveEvent) => void>()
    const started = await host.start({ roomId: s.roomId, accessToken: keys.accessToken, hostToken: s.hostToken }, (e) => listeners.forEach((l) => l(e)))
    expect(started.joinBase).toBe('http://127.0.0.1:4219/')

    // The window's socket is IPC: frames go to host.send, relay frames come back as events.
    const ipc: OpenSocket = (_url, on) => {
      const l = (e: LiveEvent) => (e.type === 'message' ? on.message(e.data) : on.close(e.code, e.reason))
      listeners.add(l)
      setTimeout(() => on.open(), 0)
      return { send: (f) => host.send(f), close: () => listeners.delete(l) }
    }
    const doc = new Y.Doc()
    doc.getMap('meta').set('title', 'Board plan')
    const win = new LiveClient({ url: 'ipc://live', link: s, doc, openSocket: ipc, seed: true })
    await win.start()
    expect(await win.whenSettled()).toBe('live')

    const p = new LiveClient({ url: relayUrl(started.joinBase, s.roomId), link: { roomId: s.roomId, secret: s.secret }, doc: new Y.Doc(), openSocket: openNodeSocket })
    await p.start()
    expect(await p.whenSettled()).toBe('live')
    expect(p.doc.getMap('meta').get('title')).toBe('Board plan')

    await host.end()
    await until(() => p.status === 'ended', 'participant told the session ended')
    expect(host.running).toBe(false)
    win.stop()
  })
})
