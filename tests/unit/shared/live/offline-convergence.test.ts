// Participants who drop off and come back while everyone keeps editing end up with the
// same document as everyone else, through the real client and relay.
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { LiveClient } from '@shared/live/live-client'
import { chartDoc, client, memoryNet, openSession, participantLink, setField, until } from './helpers'

const started: LiveClient[] = []
afterEach(() => {
  for (const c of started.splice(0)) c.stop()
})

function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const snapshot = (doc: Y.Doc) => JSON.stringify({ roles: doc.getMap('roles').toJSON(), duties: doc.getMap('duties').toJSON() })

describe('offline and back', () => {
  for (const seed of Array.from({ length: 12 }, (_, i) => i + 1)) {
    it(`converges after random edits and drop-outs (seed ${seed})`, async () => {
      const rnd = random(seed)
      const net = memoryNet()
      const s = await openSession(net)
      const roles = ['ceo', 'ops', 'fin', 'hr']
      const host = client(net, s, chartDoc(roles.map((r) => [r, r.toUpperCase(), r === 'ceo' ? null : 'ceo']), Array.from({ length: 8 }, (_, i) => [`d${i}`, `Duty ${i}`, 'ops'] as [string, string, string])), true)
      started.push(host)
      await host.start()
      await host.whenSettled()
      const people = [0, 1, 2].map(() => client(net, participantLink(s)))
      for (const p of people) {
        started.push(p)
        await p.start()
        expect(await p.whenSettled()).toBe('live')
      }
      const all = [host, ...people]
      for (let step = 0; step < 80; step++) {
        const who = all[Math.floor(rnd() * all.length)]!
        const r = rnd()
        if (r < 0.15) who.setOffline(who.status !== 'offline')
        else if (r < 0.6) setField(who.doc, 'duties', `d${Math.floor(rnd() * 8)}`, 'roleId', roles[Math.floor(rnd() * roles.length)]!)
        else setField(who.doc, 'roles', roles[Math.floor(rnd() * roles.length)]!, 'title', `T${step}`)
        await new Promise((done) => setTimeout(done, rnd() < 0.3 ? 2 : 0))
      }
      for (const p of all) p.setOffline(false)
      await until(() => all.every((c) => c.status === 'live'), 'everyone back').catch((e) => {
        throw new Error(`${e.message}: ${all.map((c) => `${c.status} ${c.problem ?? ""}`).join("; ")}`)
      })
      await until(() => all.every((c) => snapshot(c.doc) === snapshot(host.doc)), 'same chart everywhere', 5000)
    }, 30_000)
  }
})
