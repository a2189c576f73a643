// The relay's envelope: what the server reads. It names a kind, a room-local connection
// number and a sequence number; the payload is always a sealed frame it cannot open.
// Client and relay both use these codecs, so they cannot drift apart.

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

export const WIRE_VERSION = 1

/** Client → relay. */
export const UP = {
  hello: 1,
  /** A document change: relayed to everyone and kept in the backlog. */
  update: 2,
  /** Presence: relayed to everyone, never kept. */
  presence: 3,
  /** To one connection only (sync replies). */
  direct: 4,
  /** Host only: the whole document; the relay drops the backlog it covers. */
  snapshot: 5,
  /** Host only: session controls (lock, removed participants). */
  control: 6,
  /** Host only: drop one connection. */
  kick: 7,
  /** Host only: end the session for everyone. */
  end: 8,
  ping: 9
} as const

/** Relay → client. */
export const DOWN = {
  welcome: 20,
  /** A frame from another connection (`kind` is the UP kind it was sent as). */
  from: 21,
  joined: 22,
  left: 23,
  /** The backlog replay that follows a welcome is complete. */
  caughtUp: 24,
  /** To hosts: the backlog is getting long, please send a snapshot. */
  compact: 25,
  pong: 26
} as const

/** Close codes (4000–4999 are for applications); browsers show the reason to scripts. */
export const CLOSE = {
  ended: 4000,
  protocol: 4400,
  wrongKey: 4401,
  removed: 4403,
  noSession: 4404,
  tooLarge: 4413,
  full: 4429
} as const

export type Up =
  | { readonly type: typeof UP.hello; readonly version: number; readonly token: Uint8Array; readonly hostToken: Uint8Array | null }
  | { readonly type: typeof UP.update | typeof UP.presence | typeof UP.control; readonly data: Uint8Array }
  | { readonly type: typeof UP.direct; readonly to: number; readonly data: Uint8Array }
  | { readonly type: typeof UP.snapshot; readonly seenSeq: number; readonly data: Uint8Array }
  | { readonly type: typeof UP.kick; readonly conn: number }
  | { readonly type: typeof UP.end | typeof UP.ping }

export interface FromFrame {
  readonly type: typeof DOWN.from
  readonly kind: number
  readonly conn: number
  readonly fromHost: boolean
  /** Relay order of kept frames (0 for frames that are not kept). */
  readonly seq: number
  readonly data: Uint8Array
}

export type Down =
  | { readonly type: typeof DOWN.welcome; readonly conn: number; readonly host: boolean; readonly hosts: readonly number[]; readonly peers: readonly number[] }
  | FromFrame
  | { readonly type: typeof DOWN.joined; readonly conn: number; readonly host: boolean }
  | { readonly type: typeof DOWN.left | typeof DOWN.compact; readonly conn: number }
  | { readonly type: typeof DOWN.caughtUp | typeof DOWN.pong }

const bytes = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

export function encodeUp(m: Up): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, m.type)
    switch (m.type) {
      case UP.hello:
        encoding.writeVarUint(e, m.version)
        encoding.writeVarUint8Array(e, m.token)
        encoding.writeVarUint8Array(e, m.hostToken ?? new Uint8Array())
        return
      case UP.direct:
        encoding.writeVarUint(e, m.to)
        encoding.writeUint8Array(e, m.data)
        return
      case UP.snapshot:
        encoding.writeVarUint(e, m.seenSeq)
        encoding.writeUint8Array(e, m.data)
        return
      case UP.kick:
        encoding.writeVarUint(e, m.conn)
        return
      case UP.update:
      case UP.presence:
      case UP.control:
        encoding.writeUint8Array(e, m.data)
        return
    }
  })
}

/** Throws on anything malformed; the relay closes such a connection. */
export function decodeUp(data: Uint8Array): Up {
  const d = decoding.createDecoder(data)
  const type = decoding.readVarUint(d)
  const rest = () => decoding.readTailAsUint8Array(d)
  switch (type) {
    case UP.hello: {
      const version = decoding.readVarUint(d)
      const token = decoding.readVarUint8Array(d)
      const host = decoding.readVarUint8Array(d)
      return { type, version, token, hostToken: host.length ? host : null }
    }
    case UP.update:
    case UP.presence:
    case UP.control:
      return { type, data: rest() }
    case UP.direct:
      return { type, to: decoding.readVarUint(d), data: rest() }
    case UP.snapshot:
      return { type, seenSeq: decoding.readVarUint(d), data: rest() }
    case UP.kick:
      return { type, conn: decoding.readVarUint(d) }
    case UP.end:
    case UP.ping:
      return { type }
    default:
      throw new Error(`unknown message type ${type}`)
  }
}

/** The header of a relayed frame, written once and shared by every recipient. */
export function encodeFrom(kind: number, conn: number, fromHost: boolean, seq: number, data: Uint8Array): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, DOWN.from)
    encoding.writeVarUint(e, kind)
    encoding.writeVarUint(e, conn)
    encoding.writeVarUint(e, fromHost ? 1 : 0)
    encoding.writeVarUint(e, seq)
    encoding.writeUint8Array(e, data)
  })
}

export function encodeDown(m: Exclude<Down, FromFrame>): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, m.type)
    switch (m.type) {
      case DOWN.welcome:
        encoding.writeVarUint(e, m.conn)
        encoding.writeVarUint(e, m.host ? 1 : 0)
        encoding.writeAny(e, { hosts: [...m.hosts], peers: [...m.peers] })
        return
      case DOWN.joined:
        encoding.writeVarUint(e, m.conn)
        encoding.writeVarUint(e, m.host ? 1 : 0)
        return
      case DOWN.left:
      case DOWN.compact:
        encoding.writeVarUint(e, m.conn)
        return
    }
  })
}

export function decodeDown(data: Uint8Array): Down {
  const d = decoding.createDecoder(data)
  const type = decoding.readVarUint(d)
  switch (type) {
    case DOWN.welcome: {
      const conn = decoding.readVarUint(d)
      const host = decoding.readVarUint(d) === 1
      const lists = decoding.readAny(d) as { hosts: number[]; peers: number[] }
      return { type, conn, host, hosts: lists.hosts, peers: lists.peers }
    }
    case DOWN.from: {
      const kind = decoding.readVarUint(d)
      const conn = decoding.readVarUint(d)
      const fromHost = decoding.readVarUint(d) === 1
      const seq = decoding.readVarUint(d)
      return { type, kind, conn, fromHost, seq, data: decoding.readTailAsUint8Array(d) }
    }
    case DOWN.joined:
      return { type, conn: decoding.readVarUint(d), host: decoding.readVarUint(d) === 1 }
    case DOWN.left:
    case DOWN.compact:
      return { type, conn: decoding.readVarUint(d) }
    case DOWN.caughtUp:
    case DOWN.pong:
      return { type }
    default:
      throw new Error(`unknown message type ${type}`)
  }
}
