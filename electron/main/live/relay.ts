// The relay for every live session this host runs: checks each connection's hello (the
// access token derived from the link's key, and the host token for the facilitator),
// bounds what it accepts, and hands frames to their room. Transport-free, so tests drive it
// with plain objects and the server wires it to real websockets.

import { equalBytes } from '../../../shared/live/bytes'
import { CLOSE, DOWN, UP, WIRE_VERSION, decodeUp, encodeDown } from '../../../shared/live/wire'
import { RELAY_LIMITS, Room, type Peer, type RelayLimits } from './room'

export interface RoomSecrets {
  readonly roomId: string
  readonly accessToken: Uint8Array
  readonly hostToken: Uint8Array
}

/** What a socket does with the relay once it is open. */
export interface RelayConnection {
  message(data: Uint8Array): void
  closed(): void
}

const ROOM_ID = /^[A-Za-z0-9_-]{16}$/

export class Relay {
  private readonly rooms = new Map<string, Room>()

  constructor(private readonly limits: RelayLimits = RELAY_LIMITS) {}

  openRoom(s: RoomSecrets): Room {
    if (!ROOM_ID.test(s.roomId)) throw new Error('A live session id is 16 base64url characters.')
    if (this.rooms.has(s.roomId)) throw new Error('That live session is already open.')
    const room = new Room(s.roomId, s.accessToken, s.hostToken, this.limits)
    this.rooms.set(s.roomId, room)
    return room
  }

  room(roomId: string): Room | undefined {
    return this.rooms.get(roomId)
  }

  /** Tells everyone the session ended and forgets it (and its backlog). */
  endRoom(roomId: string): void {
    this.rooms.get(roomId)?.end(CLOSE.ended, 'The facilitator ended the live session.')
    this.rooms.delete(roomId)
  }

  endAll(): void {
    for (const id of [...this.rooms.keys()]) this.endRoom(id)
  }

  get roomCount(): number {
    return this.rooms.size
  }

  /** A socket asked for /live/<roomId>; nothing is relayed until its hello passes. */
  connect(roomId: string, peer: Peer): RelayConnection {
    let room: Room | undefined
    let conn = 0
    const fail = (code: number, reason: string) => {
      if (room && conn) room.remove(conn)
      conn = 0
      peer.close(code, reason)
    }
    return {
      message: (data) => {
        const max = conn ? this.limits.snapshotBytes + 64 : 1024
        if (data.length > max) return fail(CLOSE.tooLarge, 'That message is larger than a live session allows.')
        let m
        try {
          m = decodeUp(data)
        } catch {
          return fail(CLOSE.protocol, 'That message is not part of the live-session protocol.')
        }
        if (!conn) {
          if (m.type !== UP.hello) return fail(CLOSE.protocol, 'A connection must say hello first.')
          if (m.version !== WIRE_VERSION) return fail(CLOSE.protocol, 'This app and the host run different versions of the live-session protocol. Reload the page.')
          room = this.rooms.get(roomId)
          if (!room) return fail(CLOSE.noSession, 'There is no live session with this link on this host: it may have ended.')
          if (!equalBytes(m.token, room.accessToken)) return fail(CLOSE.wrongKey, 'The key in this link does not match the live session.')
          const host = m.hostToken !== null
          if (host && !equalBytes(m.hostToken!, room.hostToken)) return fail(CLOSE.wrongKey, 'The facilitator part of this link does not match the live session.')
          const id = room.add(peer, host)
          if (id === null) return fail(CLOSE.full, 'This live session is full.')
          conn = id
          return
        }
        const r = room!
        switch (m.type) {
          case UP.hello:
            return fail(CLOSE.protocol, 'A connection says hello only once.')
          case UP.ping:
            return peer.send(encodeDown({ type: DOWN.pong }))
          case UP.kick:
            if (r.isHost(conn)) r.kick(m.conn, 'The facilitator removed you from the live session.')
            return
          case UP.end:
            if (r.isHost(conn)) this.endRoom(r.id)
            return
          case UP.snapshot:
            if (m.data.length > this.limits.snapshotBytes) return fail(CLOSE.tooLarge, 'That chart is larger than a live session allows.')
            r.frame(conn, m.type, m.data, { seenSeq: m.seenSeq })
            return
          case UP.presence:
            if (m.data.length > this.limits.presenceBytes) return fail(CLOSE.tooLarge, 'That presence message is too large.')
            r.frame(conn, m.type, m.data)
            return
          case UP.direct:
            // Sync replies can hold a whole chart.
            if (m.data.length > this.limits.snapshotBytes) return fail(CLOSE.tooLarge, 'That message is larger than a live session allows.')
            r.frame(conn, m.type, m.data, { to: m.to })
            return
          default:
            if (m.data.length > this.limits.frameBytes) return fail(CLOSE.tooLarge, 'That change is larger than a live session allows.')
            if (!r.frame(conn, m.type, m.data)) return fail(CLOSE.protocol, 'Only the facilitator can send that.')
        }
      },
      closed: () => {
        if (room && conn) room.remove(conn)
        conn = 0
      }
    }
  }
}
