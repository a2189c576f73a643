import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { LiveClient } from '@shared/live/live-client'
import { chartDoc, client, field, memoryNet, openSession, participantLink, setField, until } from './helpers'

const started: LiveClient[] = []
afterEach(() => {
  for (const c of started.splice(0)) c.stop()
})

async function live(c: LiveClient): Promise<LiveClient> {
  started.push(c)
  await c.start()
  expect(await c.whenSettled()).toBe('live')
  return c
}

const seedDoc = () =>
  chartDoc(
    [
      ['ceo', 'Chief Executive', null],
      ['ops', 'Operations Manager', 'ceo'],
      ['fin', 'Finance Director', 'ceo']
    ],
    [['d1', 'Plan warehouse shifts', 'ops']]
  )

describe('live session through the relay', () => {
  it('a participant joining gets the host’s chart, and edits travel both ways', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const p = await live(client(net, participantLink(s)))
    expect(field(p.doc, 'roles', 'ops', 'title')).toBe('Operations Manager')
    setField(p.doc, 'duties', 'd1', 'roleId', 'fin')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'fin', 'participant edit at host')
    setField(host.doc, 'roles', 'fin', 'title', 'Chief Financial Officer')
    await until(() => field(p.doc, 'roles', 'fin', 'title') === 'Chief Financial Officer', 'host edit at participant')
  })

  it('a change this window makes while applying a peer’s change still reaches the others', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const p = await live(client(net, participantLink(s)))
    // A reaction to the incoming change, made locally inside its observer (as a repair might).
    const duties = p.doc.getMap<Y.Map<unknown>>('duties')
    duties.observeDeep(() => {
      if (field(p.doc, 'duties', 'd1', 'roleId') === 'fin' && field(p.doc, 'duties', 'd1', 'label') !== 'Plan shifts (checked)') setField(p.doc, 'duties', 'd1', 'label', 'Plan shifts (checked)')
    })
    setField(host.doc, 'duties', 'd1', 'roleId', 'fin')
    await until(() => field(host.doc, 'duties', 'd1', 'label') === 'Plan shifts (checked)', 'the reaction at the host')
    // Later local edits still go out too: the client listens again after the apply.
    setField(p.doc, 'roles', 'ops', 'title', 'Head of Operations')
    await until(() => field(host.doc, 'roles', 'ops', 'title') === 'Head of Operations', 'a later edit at the host')
  })

  it('a late joiner reads the chart from the relay backlog even while the host is away', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const a = await live(client(net, participantLink(s)))
    setField(a.doc, 'duties', 'd1', 'roleId', 'ceo')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'ceo', 'edit at host')
    host.stop()
    const late = await live(client(net, participantLink(s)))
    expect(field(late.doc, 'duties', 'd1', 'roleId')).toBe('ceo')
    expect(field(late.doc, 'roles', 'ceo', 'title')).toBe('Chief Executive')
  })

  it('a browser without Web Crypto (plain http) joins with the pure-JS engine and reads the same frames', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const { LiveClient } = await import('@shared/live/live-client')
    const p = new LiveClient({ url: `ws://memory/live/${s.roomId}`, link: participantLink(s), doc: new Y.Doc(), openSocket: net.open, engine: 'js' })
    await live(p)
    expect(field(p.doc, 'roles', 'ops', 'title')).toBe('Operations Manager')
    setField(p.doc, 'duties', 'd1', 'roleId', 'ceo')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'ceo', 'edit from the pure-JS client')
  })

  it('nothing on the wire contains chart text', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const p = await live(client(net, participantLink(s)))
    p.awareness.setLocalStateField('name', 'Dana Whitfield')
    setField(p.doc, 'roles', 'ops', 'title', 'Head of Logistics')
    await until(() => field(host.doc, 'roles', 'ops', 'title') === 'Head of Logistics', 'edit at host')
    const all = Buffer.concat(net.wire.map((b) => Buffer.from(b)))
    for (const text of ['Operations Manager', 'Head of Logistics', 'Plan warehouse', 'Dana', 'Chief Executive']) {
      expect(all.includes(Buffer.from(text)), text).toBe(false)
    }
  })

  it('a client with a wrong key is refused with a clear message and reads nothing', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    await live(client(net, s, seedDoc(), true))
    const wrong = client(net, { roomId: s.roomId, secret: new Uint8Array(16).fill(9) })
    started.push(wrong)
    await wrong.start()
    expect(await wrong.whenSettled()).toBe('refused')
    expect(wrong.problem).toMatch(/key in this join link does not match/)
    expect(wrong.doc.getMap('roles').size).toBe(0)
  })

  it('a participant who goes offline keeps editing and merges on reconnect', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const p = await live(client(net, participantLink(s)))
    p.setOffline(true)
    expect(p.status).toBe('offline')
    setField(p.doc, 'duties', 'd1', 'roleId', 'fin')
    p.doc.getMap('roles').delete('ceo')
    setField(host.doc, 'roles', 'ops', 'title', 'Operations Lead')
    p.setOffline(false)
    expect(await p.whenSettled()).toBe('live')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'fin' && !host.doc.getMap('roles').has('ceo'), 'offline edits at host')
    await until(() => field(p.doc, 'roles', 'ops', 'title') === 'Operations Lead', 'host edit at participant')
    expect(Y.encodeStateVector(p.doc)).toEqual(Y.encodeStateVector(host.doc))
  })

  it('reconnects by itself after the network drops', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const p = await live(client(net, participantLink(s)))
    net.cutAll()
    await until(() => p.status === 'offline', 'offline')
    setField(p.doc, 'duties', 'd1', 'roleId', 'ceo')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'ceo', 'edit after reconnect', 5000)
  })

  it('shares presence and drops it when a participant leaves', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    host.awareness.setLocalState({ name: 'Facilitator', host: true })
    const p = await live(client(net, participantLink(s)))
    p.awareness.setLocalState({ name: 'Sam', pointer: { x: 10, y: 20 } })
    await until(() => host.awareness.getStates().get(p.doc.clientID)?.name === 'Sam', 'presence at host')
    await until(() => p.awareness.getStates().get(host.doc.clientID)?.name === 'Facilitator', 'host presence at participant')
    expect(p.isHostClient(host.doc.clientID)).toBe(true)
    expect(host.isHostClient(p.doc.clientID)).toBe(false)
    p.stop()
    await until(() => !host.awareness.getStates().has(p.doc.clientID), 'presence removed')
  })
})

describe('host controls', () => {
  it('lock structure: participants may move duties, every client refuses the rest', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const a = await live(client(net, participantLink(s)))
    const b = await live(client(net, participantLink(s)))
    host.setLocked(true)
    await until(() => a.control.locked && b.control.locked, 'lock reached participants')
    setField(b.doc, 'duties', 'd1', 'roleId', 'fin')
    await until(() => field(host.doc, 'duties', 'd1', 'roleId') === 'fin' && field(a.doc, 'duties', 'd1', 'roleId') === 'fin', 'duty move')
    setField(a.doc, 'roles', 'fin', 'reportsTo', 'ops')
    // Refused by everyone; the sender is told its copy can no longer merge.
    await until(() => a.status === 'diverged', 'sender told')
    expect(a.problem).toMatch(/locked the structure/)
    expect(field(host.doc, 'roles', 'fin', 'reportsTo')).toBe('ceo')
    expect(field(b.doc, 'roles', 'fin', 'reportsTo')).toBe('ceo')
    expect(host.stats.rejected).toBe(1)
    expect(b.stats.rejected).toBe(1)
    host.setLocked(false)
    await until(() => !b.control.locked, 'unlock')
    setField(b.doc, 'roles', 'ops', 'title', 'Ops Lead')
    await until(() => field(host.doc, 'roles', 'ops', 'title') === 'Ops Lead', 'structure edit after unlock')
  })

  it('remove participant: the relay drops them, they are told, and their changes are ignored', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const a = await live(client(net, participantLink(s)))
    a.awareness.setLocalState({ name: 'Alex' })
    await until(() => host.connOf.has(a.doc.clientID), 'host knows a')
    host.removeParticipant(a.doc.clientID, 'Alex')
    await until(() => a.status === 'refused', 'a removed')
    expect(a.problem).toMatch(/removed you/)
    expect(host.control.removed).toEqual([{ client: a.doc.clientID, name: 'Alex' }])
  })

  it('end session: every participant is told it ended', async () => {
    const net = memoryNet()
    const s = await openSession(net)
    const host = await live(client(net, s, seedDoc(), true))
    const a = await live(client(net, participantLink(s)))
    host.endSession()
    await until(() => a.status === 'ended', 'ended')
    expect(a.problem).toMatch(/ended the live session/)
    expect(net.relay.roomCount).toBe(0)
  })
})
