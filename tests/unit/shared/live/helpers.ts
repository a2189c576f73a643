// A relay in memory (the real Relay class, with frames delivered asynchronously as on a
// network), plus a minimal chart-shaped Y.Doc for the protocol tests.
import * as Y from 'yjs'
import { Relay } from '../../../../electron/main/live/relay'
import { LiveClient } from '@shared/live/live-client'
import { newSessionSecrets, type JoinSecrets } from '@shared/live/join-link'
import { deriveSessionKeys } from '@shared/live/session-keys'
import type { OpenSocket } from '@shared/live/socket'

export interface Net {
  relay: Relay
  open: OpenSocket
  /** Every message the relay sent or received, as an observer on the wire would see it. */
  wire: Uint8Array[]
  /** Cuts every open connection (a network failure). */
  cutAll(): void
}

export function memoryNet(relay = new Relay()): Net {
  const wire: Uint8Array[] = []
  const cuts = new Set<() => void>()
  const later = (fn: () => void) => setTimeout(fn, 0)
  const open: OpenSocket = (url, on) => {
    const roomId = url.split('/').pop()!
    let open = true
    const end = (code: number, reason: string) => {
      if (!open) return
      open = false
      cuts.delete(cut)
      later(() => {
        conn.closed()
        on.close(code, reason)
      })
    }
    const cut = () => end(1006, '')
    cuts.add(cut)
    const conn = relay.connect(roomId, {
      send: (data) => {
        wire.push(data)
        if (open) later(() => open && on.message(data))
      },
      close: (code, reason) => end(code, reason)
    })
    later(() => on.open())
    return {
      send: (data) => {
        wire.push(data)
        if (open) later(() => open && conn.message(data))
      },
      close: () => end(1000, '')
    }
  }
  return { relay, open, wire, cutAll: () => [...cuts].forEach((c) => c()) }
}

export async function openSession(net: Net): Promise<Required<JoinSecrets>> {
  const s = newSessionSecrets()
  const keys = await deriveSessionKeys(s.secret, s.roomId)
  net.relay.openRoom({ roomId: s.roomId, accessToken: keys.accessToken, hostToken: s.hostToken })
  return s
}

export function client(net: Net, link: JoinSecrets, doc = new Y.Doc(), seed = false): LiveClient {
  return new LiveClient({ url: `ws://memory/live/${link.roomId}`, link, doc, openSocket: net.open, seed })
}

export const participantLink = (s: Required<JoinSecrets>): JoinSecrets => ({ roomId: s.roomId, secret: s.secret })

/** Chart-shaped doc: roles and duties are Y.Maps of field maps, as shared/doc lays them out. */
export function chartDoc(roles: readonly [string, string, string | null][], duties: readonly [string, string, string | null][]): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    doc.getMap('meta').set('title', 'Test chart')
    for (const [id, title, reportsTo] of roles) setEntity(doc, 'roles', id, { id, title, reportsTo })
    for (const [id, label, roleId] of duties) setEntity(doc, 'duties', id, { id, label, roleId })
  })
  return doc
}

export function setEntity(doc: Y.Doc, kind: string, id: string, fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>()
  for (const [k, v] of Object.entries(fields)) map.set(k, v)
  doc.getMap<Y.Map<unknown>>(kind).set(id, map)
}

export const field = (doc: Y.Doc, kind: string, id: string, key: string) => doc.getMap<Y.Map<unknown>>(kind).get(id)?.get(key)
export const setField = (doc: Y.Doc, kind: string, id: string, key: string, value: unknown) => doc.getMap<Y.Map<unknown>>(kind).get(id)!.set(key, value)

/** Waits for a condition without a clock: polls on the event loop, fails after many turns. */
export async function until(check: () => boolean, what: string, turns = 2000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (check()) return
    await new Promise((r) => setTimeout(r, 1))
  }
  throw new Error(`Timed out waiting for: ${what}`)
}
