import { describe, expect, it } from 'vitest'
import { Relay } from '../../../../electron/main/live/relay'
import { RELAY_LIMITS } from '../../../../electron/main/live/room'
import { CLOSE, DOWN, UP, WIRE_VERSION, decodeDown, encodeUp, type Down, type Up } from '@shared/live/wire'

const ROOM = 'AAAAAAAAAAAAAAAA'
const TOKEN = new Uint8Array(32).fill(1)
const HOST = new Uint8Array(16).fill(2)

function peer(relay: Relay, room = ROOM) {
  const got: Down[] = []
  let closed: { code: number; reason: string } | null = null
  const conn = relay.connect(room, { send: (d) => got.push(decodeDown(d)), close: (code, reason) => (closed = { code, reason }) })
  return {
    got,
    get closed() {
      return closed
    },
    send: (m: Up) => conn.message(encodeUp(m)),
    hello: (token = TOKEN, hostToken: Uint8Array | null = null) => conn.message(encodeUp({ type: UP.hello, version: WIRE_VERSION, token, hostToken })),
    frames: () => got.filter((m) => m.type === DOWN.from)
  }
}

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill)

describe('relay', () => {
  const setup = (limits = RELAY_LIMITS) => {
    const relay = new Relay(limits)
    relay.openRoom({ roomId: ROOM, accessToken: TOKEN, hostToken: HOST })
    return relay
  }

  it('lets in only connections that show the access token; the host proves itself with its own token', () => {
    const relay = setup()
    const wrong = peer(relay)
    wrong.hello(new Uint8Array(32))
    expect(wrong.closed?.code).toBe(CLOSE.wrongKey)
    const fakeHost = peer(relay)
    fakeHost.hello(TOKEN, new Uint8Array(16))
    expect(fakeHost.closed?.code).toBe(CLOSE.wrongKey)
    const none = peer(relay, 'BBBBBBBBBBBBBBBB')
    none.hello()
    expect(none.closed?.code).toBe(CLOSE.noSession)
    const early = peer(relay)
    early.send({ type: UP.update, data: bytes(3) })
    expect(early.closed?.code).toBe(CLOSE.protocol)
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    expect(host.got[0]).toMatchObject({ type: DOWN.welcome, host: true })
  })

  it('relays to the others, keeps document frames for late joiners, never keeps presence', () => {
    const relay = setup()
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    const a = peer(relay)
    a.hello()
    a.send({ type: UP.update, data: bytes(5, 1) })
    a.send({ type: UP.presence, data: bytes(5, 2) })
    expect(host.frames().map((f) => f.type === DOWN.from && f.kind)).toEqual([UP.update, UP.presence])
    expect(a.frames()).toEqual([])
    const late = peer(relay)
    late.hello()
    expect(late.got.map((m) => m.type)).toEqual([DOWN.welcome, DOWN.from, DOWN.caughtUp])
    expect(late.got[0]).toMatchObject({ hosts: [1] })
  })

  it('only the host may send controls, snapshots, removals and the end', () => {
    const relay = setup()
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    const a = peer(relay)
    a.hello()
    a.send({ type: UP.control, data: bytes(20) })
    expect(a.closed?.code).toBe(CLOSE.protocol)
    const b = peer(relay)
    b.hello()
    b.send({ type: UP.kick, conn: 1 })
    b.send({ type: UP.end })
    expect(host.closed).toBeNull()
    host.send({ type: UP.kick, conn: 3 })
    expect(b.closed?.code).toBe(CLOSE.removed)
  })

  it('a snapshot replaces the frames it covers; the last control before it stays', () => {
    const relay = setup()
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    const a = peer(relay)
    a.hello()
    a.send({ type: UP.update, data: bytes(4, 1) }) // seq 1
    host.send({ type: UP.control, data: bytes(4, 2) }) // seq 2
    a.send({ type: UP.update, data: bytes(4, 3) }) // seq 3
    host.send({ type: UP.snapshot, seenSeq: 2, data: bytes(4, 4) })
    const late = peer(relay)
    late.hello()
    const kinds = late.frames().map((f) => (f.type === DOWN.from ? [f.kind, f.seq] : []))
    expect(kinds).toEqual([
      [UP.snapshot, 4],
      [UP.control, 2],
      [UP.update, 3]
    ])
  })

  it('bounds message sizes and the backlog, and asks the host to compact', () => {
    const limits = { ...RELAY_LIMITS, frameBytes: 100, presenceBytes: 50, backlogBytes: 2000, compactAfterFrames: 5 }
    const relay = setup(limits)
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    const a = peer(relay)
    a.hello()
    for (let i = 0; i < 40; i++) a.send({ type: UP.update, data: bytes(90) })
    expect(host.got.filter((m) => m.type === DOWN.compact)).toHaveLength(1)
    expect(relay.room(ROOM)!.backlogBytes).toBeLessThanOrEqual(2000)
    a.send({ type: UP.presence, data: bytes(60) })
    expect(a.closed?.code).toBe(CLOSE.tooLarge)
    const b = peer(relay)
    b.hello()
    b.send({ type: UP.update, data: bytes(101) })
    expect(b.closed?.code).toBe(CLOSE.tooLarge)
    const c = peer(relay)
    c.send({ type: UP.update, data: bytes(5000) })
    expect(c.closed?.code).toBe(CLOSE.tooLarge)
  })

  it('tells everyone when someone leaves, and ends the room for all', () => {
    const relay = setup()
    const host = peer(relay)
    host.hello(TOKEN, HOST)
    const a = peer(relay)
    a.hello()
    host.send({ type: UP.end })
    expect(a.closed?.code).toBe(CLOSE.ended)
    expect(relay.roomCount).toBe(0)
  })
})
