// One live session on the relay: its connections and its backlog. Everything it stores or
// forwards is a sealed frame it cannot read; it knows only who is connected, which of them
// proved they are the host, and the order frames arrived in, which it hands to every client
// the same way so they all make the same decisions (a lock applies from the same point).

import { DOWN, UP, encodeDown, encodeFrom } from '../../../shared/live/wire'

export interface Peer {
  send(data: Uint8Array): void
  close(code: number, reason: string): void
}

export interface RelayLimits {
  readonly snapshotBytes: number
  readonly frameBytes: number
  readonly presenceBytes: number
  readonly backlogBytes: number
  readonly compactAfterFrames: number
  readonly compactAfterBytes: number
  readonly connections: number
}

export const RELAY_LIMITS: RelayLimits = {
  /** A whole 5,000-role chart fits with room to spare. */
  snapshotBytes: 32 * 1024 * 1024,
  frameBytes: 8 * 1024 * 1024,
  presenceBytes: 16 * 1024,
  backlogBytes: 96 * 1024 * 1024,
  /** Past this many kept frames after the last snapshot, hosts are asked for a new one. */
  compactAfterFrames: 2000,
  compactAfterBytes: 8 * 1024 * 1024,
  connections: 120
}

interface Entry {
  readonly seq: number
  readonly kind: number
  readonly frame: Uint8Array
}

interface Conn {
  readonly peer: Peer
  readonly host: boolean
}

export class Room {
  private readonly conns = new Map<number, Conn>()
  private nextConn = 1
  private seq = 0
  private snapshot: Entry | null = null
  private entries: Entry[] = []
  private entryBytes = 0
  private askedToCompact = false

  constructor(
    readonly id: string,
    readonly accessToken: Uint8Array,
    readonly hostToken: Uint8Array,
    private readonly limits: RelayLimits = RELAY_LIMITS
  ) {}

  get size(): number {
    return this.conns.size
  }

  get backlogBytes(): number {
    return this.entryBytes + (this.snapshot?.frame.length ?? 0)
  }

  get backlogFrames(): number {
    return this.entries.length + (this.snapshot ? 1 : 0)
  }

  /** Adds a connection that passed the hello check; replays the backlog to it. */
  add(peer: Peer, host: boolean): number | null {
    if (this.conns.size >= this.limits.connections) return null
    const conn = this.nextConn++
    const hosts = [...this.conns].filter(([, c]) => c.host).map(([id]) => id)
    peer.send(encodeDown({ type: DOWN.welcome, conn, host, hosts, peers: [...this.conns.keys()] }))
    if (this.snapshot) peer.send(this.snapshot.frame)
    for (const e of this.entries) peer.send(e.frame)
    peer.send(encodeDown({ type: DOWN.caughtUp }))
    this.broadcast(encodeDown({ type: DOWN.joined, conn, host }), conn)
    this.conns.set(conn, { peer, host })
    return conn
  }

  remove(conn: number): void {
    if (!this.conns.delete(conn)) return
    this.broadcast(encodeDown({ type: DOWN.left, conn }), conn)
  }

  isHost(conn: number): boolean {
    return this.conns.get(conn)?.host ?? false
  }

  /** Relays or keeps one frame; false when its kind is not allowed from this connection. */
  frame(conn: number, kind: number, data: Uint8Array, extra: { to?: number; seenSeq?: number } = {}): boolean {
    const host = this.isHost(conn)
    switch (kind) {
      case UP.presence:
        this.broadcast(encodeFrom(kind, conn, host, 0, data), conn)
        return true
      case UP.direct: {
        const target = extra.to === undefined ? undefined : this.conns.get(extra.to)
        target?.peer.send(encodeFrom(kind, conn, host, 0, data))
        return true
      }
      case UP.update:
      case UP.control: {
        if (kind === UP.control && !host) return false
        const entry = { seq: ++this.seq, kind, frame: encodeFrom(kind, conn, host, this.seq, data) }
        this.keep(entry)
        this.broadcast(entry.frame, conn)
        return true
      }
      case UP.snapshot: {
        if (!host) return false
        this.compact({ seq: ++this.seq, kind, frame: encodeFrom(kind, conn, host, this.seq, data) }, extra.seenSeq ?? 0)
        return true
      }
      default:
        return false
    }
  }

  kick(conn: number, reason: string): void {
    const target = this.conns.get(conn)
    if (!target) return
    this.remove(conn)
    target.peer.close(4403, reason)
  }

  end(code: number, reason: string): void {
    for (const [id, c] of [...this.conns]) {
      this.conns.delete(id)
      c.peer.close(code, reason)
    }
    this.snapshot = null
    this.entries = []
    this.entryBytes = 0
  }

  private keep(entry: Entry): void {
    this.entries.push(entry)
    this.entryBytes += entry.frame.length
    // Bounded: the oldest document frames go first; a joiner then fetches the rest from the host.
    while (this.backlogBytes > this.limits.backlogBytes && this.entries.length > 1) {
      const i = this.entries.findIndex((e) => e.kind === UP.update)
      if (i < 0) break
      this.entryBytes -= this.entries[i]!.frame.length
      this.entries.splice(i, 1)
    }
    const due = this.entries.length > this.limits.compactAfterFrames || this.entryBytes > this.limits.compactAfterBytes
    if (due && !this.askedToCompact) {
      this.askedToCompact = true
      const host = [...this.conns].find(([, c]) => c.host)
      host?.[1].peer.send(encodeDown({ type: DOWN.compact, conn: host[0] }))
    }
  }

  /** A snapshot replaces every kept frame it covers; the last control before it stays. */
  private compact(snapshot: Entry, seenSeq: number): void {
    const covered = this.entries.filter((e) => e.seq <= seenSeq)
    const lastControl = covered.filter((e) => e.kind === UP.control).pop()
    this.entries = [...(lastControl ? [lastControl] : []), ...this.entries.filter((e) => e.seq > seenSeq)]
    this.entryBytes = this.entries.reduce((n, e) => n + e.frame.length, 0)
    this.snapshot = snapshot
    this.askedToCompact = false
  }

  private broadcast(frame: Uint8Array, except: number): void {
    for (const [id, c] of this.conns) if (id !== except) c.peer.send(frame)
  }
}
