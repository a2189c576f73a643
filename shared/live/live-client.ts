// One participant's end of a live session: keeps a Y.Doc and its awareness in step with
// everyone else's through the relay, sealing every frame with the session key. Joining
// replays the relay's backlog and then asks a host for anything missing (Yjs sync step 1/2);
// after that each local change goes out as a Yjs update. When the connection drops, editing
// goes on; on reconnect whatever the relay may not have received is sent again (Yjs updates
// are idempotent), so offline work merges.

import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { INITIAL_CONTROL, isRemoved, type ControlState } from './control'
import type { JoinSecrets } from './join-link'
import { changesOnly } from './lock-guard'
import { LABEL, decodeControl, decodePresence, decodeSync, encodeControl, encodePresence, refusedMessage, step1, step2, updateMessage } from './messages'
import { deriveSessionKeys, type CryptoEngine, type SessionKeys } from './session-keys'
import type { LiveSocket, OpenSocket } from './socket'
import { timers, type TimerId } from './timers'
import { CLOSE, DOWN, UP, WIRE_VERSION, decodeDown, encodeUp, type FromFrame, type Up } from './wire'
import { closeProblem } from './problems'

/**
 * `diverged`: this window made a change the others refused (the structure was locked before
 * it arrived), so its copy can no longer merge; it must reload from the shared chart.
 */
export type LiveStatus = 'connecting' | 'syncing' | 'live' | 'offline' | 'ended' | 'refused' | 'diverged'

export interface LiveClientOptions {
  readonly url: string
  readonly link: JoinSecrets
  readonly doc: Y.Doc
  readonly openSocket: OpenSocket
  readonly engine?: CryptoEngine
  /** A host with a chart to share sends it whole when the relay has none yet. */
  readonly seed?: boolean
}

export interface LiveStats {
  /** Frames that failed to open: sealed with another key, or changed on the way. */
  undecryptable: number
  /** Participant changes refused because the structure was locked. */
  rejected: number
  /** Frames ignored because they came from a removed participant. */
  ignored: number
}

const PING_MS = 5000
const PONG_TIMEOUT_MS = 15_000
const HOST_REPLY_TIMEOUT_MS = 5000
const TERMINAL = new Set<number>([CLOSE.wrongKey, CLOSE.noSession, CLOSE.removed, CLOSE.ended, CLOSE.protocol])

export class LiveClient {
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly isHost: boolean
  /** Marks document changes that came from other participants. */
  readonly remoteOrigin = { live: true }
  readonly stats: LiveStats = { undecryptable: 0, rejected: 0, ignored: 0 }
  status: LiveStatus = 'connecting'
  problem: string | null = null
  control: ControlState = INITIAL_CONTROL
  conn = 0
  /** Connections that proved to the relay they are the host. */
  readonly hostConns = new Set<number>()
  /** Which connection each Yjs client id last spoke from. */
  readonly connOf = new Map<number, number>()

  private keys: SessionKeys | null = null
  private socket: LiveSocket | null = null
  private generation = 0
  private inbox: Promise<void> = Promise.resolve()
  private outbox: Promise<void> = Promise.resolve()
  private listeners = new Set<() => void>()
  private stopped = false
  private attempts = 0
  private retryTimer: TimerId = null
  private pingTimer: TimerId = null
  private pongTimer: TimerId = null
  private hostReplyTimer: TimerId = null
  /** The host connection asked for what the backlog lacked, until it answers. */
  private askedHost = 0
  private lastSeq = 0
  private sawSnapshot = false
  private offline = false
  /** The backlog has been replayed on this connection: local changes go out as they happen. */
  private ready = false
  /** The relay accepted this connection's hello; nothing else may go out before. */
  private welcomed = false
  /** Local changes so far, and how many of them the relay is known to hold (a pong came back after them). */
  private localSeq = 0
  private confirmed: { seq: number; sv: Uint8Array }
  private pending: { seq: number; sv: Uint8Array } | null = null
  /** stop() has let go of the document. */
  private released = false

  constructor(private readonly options: LiveClientOptions) {
    this.doc = options.doc
    this.isHost = !!options.link.hostToken
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    this.confirmed = { seq: 0, sv: Y.encodeStateVector(this.doc) }
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  get linkSecrets(): JoinSecrets {
    return this.options.link
  }

  /** Called after every change of status, control state or peers. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async start(): Promise<void> {
    this.keys = await deriveSessionKeys(this.options.link.secret, this.options.link.roomId, this.options.engine)
    this.connect()
  }

  /** Resolves when the session is live (or refused/ended: check `status`). */
  whenSettled(): Promise<LiveStatus> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.status !== 'connecting' && this.status !== 'syncing' && this.status !== 'offline') {
          off()
          resolve(this.status)
        }
      }
      const off = this.subscribe(check)
      check()
    })
  }

  /** The browser lost or regained the network: go offline at once instead of waiting for a timeout. */
  setOffline(offline: boolean): void {
    this.offline = offline
    if (offline) this.dropSocket()
    else if (!this.socket && !this.stopped) this.connect()
  }

  stop(): void {
    if (this.stopped) return
    this.awareness.setLocalState(null)
    this.stopped = true
    const socket = this.socket
    this.clearTimers()
    // Let the "I left" presence go out before closing.
    void this.outbox.then(() => socket?.close())
    this.socket = null
    this.released = true
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
  }

  // Host controls ---------------------------------------------------------------------------

  setLocked(locked: boolean): void {
    this.sendControl({ ...this.control, version: this.control.version + 1, locked })
  }

  /** Ignores a participant's changes from now on and asks the relay to drop their connection. */
  removeParticipant(client: number, name: string): void {
    if (!this.isHost || isRemoved(this.control, client)) return
    this.sendControl({ ...this.control, version: this.control.version + 1, removed: [...this.control.removed, { client, name }] })
    const conn = this.connOf.get(client)
    if (conn) this.sendUp({ type: UP.kick, conn })
    this.awarenessRemove([client], 'removed')
  }

  endSession(): void {
    if (!this.isHost) return
    this.sendUp({ type: UP.end })
  }

  // Connection ------------------------------------------------------------------------------

  private connect(): void {
    if (this.stopped || this.offline) return
    const generation = ++this.generation
    this.setStatus(this.attempts === 0 && this.status === 'connecting' ? 'connecting' : 'offline')
    this.socket = this.options.openSocket(this.options.url, {
      open: () => {
        if (generation !== this.generation) return
        const { hostToken } = this.options.link
        this.socket?.send(encodeUp({ type: UP.hello, version: WIRE_VERSION, token: this.keys!.accessToken, hostToken: hostToken ?? null }))
      },
      message: (data) => {
        if (generation !== this.generation) return
        // Frames of a connection that has since closed are not acted on (replies would go out on the next one).
        this.inbox = this.inbox.then(() => (generation === this.generation ? this.receive(data, generation) : undefined)).catch(() => undefined)
      },
      close: (code, reason) => {
        if (generation !== this.generation) return
        this.closed(code, reason)
      }
    })
  }

  private closed(code: number, reason: string): void {
    this.socket = null
    this.ready = false
    this.welcomed = false
    this.clearTimers()
    this.forgetPeers()
    if (this.stopped) return
    if (TERMINAL.has(code)) {
      this.stopped = true
      this.problem = closeProblem(code, reason)
      this.setStatus(code === CLOSE.ended ? 'ended' : 'refused')
      return
    }
    this.setStatus('offline')
    if (this.offline) return
    const delay = Math.min(5000, 250 * 2 ** this.attempts++)
    this.retryTimer = timers.setTimeout(() => this.connect(), delay)
  }

  private dropSocket(): void {
    const s = this.socket
    if (!s) return
    this.generation++
    s.close()
    this.closed(1006, '')
  }

  private clearTimers(): void {
    for (const t of [this.retryTimer, this.pongTimer, this.hostReplyTimer]) timers.clearTimeout(t)
    timers.clearInterval(this.pingTimer)
    this.retryTimer = this.pongTimer = this.hostReplyTimer = this.pingTimer = null
    this.pending = null
  }

  private setStatus(status: LiveStatus): void {
    this.status = status
    this.emit()
  }

  private emit(): void {
    for (const l of [...this.listeners]) l()
  }

  // Sending ---------------------------------------------------------------------------------

  private sendUp(m: Up): void {
    const socket = this.socket
    if (!socket || !this.welcomed) return
    const generation = this.generation
    this.outbox = this.outbox.then(() => {
      if (generation === this.generation) socket.send(encodeUp(m))
    })
  }

  /** Seals and sends in order; a frame for a socket that has since closed is dropped (a reconnect resends what matters). */
  private sendSealed(label: string, plaintext: Uint8Array, wrap: (data: Uint8Array) => Up): void {
    const socket = this.socket
    if (!socket || !this.keys || !this.welcomed) return
    const generation = this.generation
    const keys = this.keys
    this.outbox = this.outbox
      .then(async () => {
        const sealed = await keys.frames.seal(label, plaintext)
        if (generation === this.generation) socket.send(encodeUp(wrap(sealed)))
      })
      .catch(() => undefined)
  }

  private sendControl(state: ControlState): void {
    if (!this.isHost || this.status !== 'live') return
    this.control = state
    this.sendSealed(LABEL.control, encodeControl(state), (data) => ({ type: UP.control, data }))
    this.emit()
  }

  private sendSnapshot(): void {
    const update = Y.encodeStateAsUpdate(this.doc)
    this.sendSealed(LABEL.doc, updateMessage(this.doc.clientID, update), (data) => ({ type: UP.snapshot, seenSeq: this.lastSeq, data }))
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.remoteOrigin) return
    this.localSeq++
    if (this.ready) this.sendSealed(LABEL.doc, updateMessage(this.doc.clientID, update), (data) => ({ type: UP.update, data }))
  }

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (origin !== 'local' && origin !== undefined) return
    const mine = [...added, ...updated, ...removed].filter((c) => c === this.doc.clientID)
    if (mine.length) this.sendPresence()
  }

  private sendPresence(): void {
    if (this.status !== 'live' && this.status !== 'syncing') return
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID])
    this.sendSealed(LABEL.presence, encodePresence(this.doc.clientID, update), (data) => ({ type: UP.presence, data }))
  }

  private startPing(): void {
    this.pingTimer = timers.setInterval(() => {
      if (this.pending) return
      this.pending = { seq: this.localSeq, sv: Y.encodeStateVector(this.doc) }
      this.sendUp({ type: UP.ping })
      this.pongTimer = timers.setTimeout(() => this.dropSocket(), PONG_TIMEOUT_MS)
    }, PING_MS)
  }

  // Receiving -------------------------------------------------------------------------------

  private async receive(data: Uint8Array, generation: number): Promise<void> {
    let m
    try {
      m = decodeDown(data)
    } catch {
      return
    }
    switch (m.type) {
      case DOWN.welcome:
        this.welcomed = true
        this.conn = m.conn
        this.hostConns.clear()
        for (const h of m.hosts) this.hostConns.add(h)
        if (this.isHost) this.hostConns.add(m.conn)
        this.sawSnapshot = false
        this.setStatus('syncing')
        return
      case DOWN.caughtUp:
        return this.caughtUp()
      case DOWN.joined:
        if (m.host) this.hostConns.add(m.conn)
        this.sendPresence()
        if (m.host && !this.isHost && this.ready) this.askHost(m.conn)
        this.emit()
        return
      case DOWN.left:
        this.hostConns.delete(m.conn)
        // The host went away before answering: what the backlog held is all there is for now.
        if (m.conn === this.askedHost) this.becomeLive()
        this.awarenessRemove([...this.connOf].filter(([, c]) => c === m.conn).map(([client]) => client), 'left')
        this.emit()
        return
      case DOWN.compact:
        if (this.isHost) this.sendSnapshot()
        return
      case DOWN.pong:
        timers.clearTimeout(this.pongTimer)
        if (this.pending) this.confirmed = this.pending
        this.pending = null
        return
      case DOWN.from:
        return this.receiveFrame(m, generation)
    }
  }

  private caughtUp(): void {
    this.attempts = 0
    // Whatever this client changed that the relay may not hold (offline edits) goes out again.
    if (this.localSeq > this.confirmed.seq) {
      const missing = Y.encodeStateAsUpdate(this.doc, this.confirmed.sv)
      this.sendSealed(LABEL.doc, updateMessage(this.doc.clientID, missing), (data) => ({ type: UP.update, data }))
    }
    // Still unconfirmed until a pong comes back after it: if this connection dies too, it goes out again.
    this.ready = true
    if (this.isHost && this.options.seed && !this.sawSnapshot) this.sendSnapshot()
    this.startPing()
    const host = Math.min(...[...this.hostConns].filter((c) => c !== this.conn))
    if (!this.isHost && Number.isFinite(host)) {
      this.askHost(host)
      this.hostReplyTimer = timers.setTimeout(() => this.becomeLive(), HOST_REPLY_TIMEOUT_MS)
    } else this.becomeLive()
  }

  private becomeLive(): void {
    timers.clearTimeout(this.hostReplyTimer)
    this.askedHost = 0
    if (this.status === 'live') return
    this.setStatus('live')
    this.sendPresence()
  }

  private askHost(conn: number): void {
    this.askedHost = conn
    this.sendSealed(LABEL.doc, step1(this.doc.clientID, this.doc), (data) => ({ type: UP.direct, to: conn, data }))
  }

  private async receiveFrame(f: FromFrame, generation: number): Promise<void> {
    if (f.seq) this.lastSeq = Math.max(this.lastSeq, f.seq)
    const label = f.kind === UP.presence ? LABEL.presence : f.kind === UP.control ? LABEL.control : LABEL.doc
    const plain = await this.keys!.frames.open(label, f.data)
    if (generation !== this.generation) return
    if (!plain) {
      this.stats.undecryptable++
      this.emit()
      return
    }
    if (label === LABEL.control) return this.receiveControl(f, plain)
    if (label === LABEL.presence) return this.receivePresence(f, plain)
    const sync = decodeSync(plain)
    if (!sync) return
    if (!this.accept(f, sync.sender)) return
    const { message } = sync
    if (f.kind === UP.snapshot) this.sawSnapshot = true
    if (message.type === 'step1') {
      this.sendSealed(LABEL.doc, step2(this.doc.clientID, this.doc, message.stateVector), (data) => ({ type: UP.direct, to: f.conn, data }))
      return
    }
    if (message.type === 'refused') {
      if (f.fromHost && !this.isHost) this.diverge()
      return
    }
    if (this.control.locked && !f.fromHost && !changesOnly(this.doc, message.update)) {
      this.stats.rejected++
      // Its later changes build on the refused one and cannot merge anywhere: tell it so.
      if (this.isHost) this.sendSealed(LABEL.doc, refusedMessage(this.doc.clientID), (data) => ({ type: UP.direct, to: f.conn, data }))
      this.emit()
      return
    }
    this.applyRemote(message.update)
    if (message.type === 'step2' && f.kind === UP.direct && f.fromHost) this.becomeLive()
  }

  /**
   * Applies a peer's change. This client's own update listener ignores remote changes, and
   * while it is attached Yjs encodes every transaction again for it (a whole chart, when one
   * arrives on joining), so it is detached meanwhile. A change an observer makes locally
   * during the apply still goes out, as everything since the state before.
   */
  private applyRemote(update: Uint8Array): void {
    const before = Y.encodeStateVector(this.doc)
    let local = false
    const watch = (tr: Y.Transaction) => {
      if (tr.origin !== this.remoteOrigin && (tr.changed.size > 0 || tr.deleteSet.clients.size > 0)) local = true
    }
    this.doc.off('update', this.onDocUpdate)
    this.doc.on('afterTransaction', watch)
    try {
      Y.applyUpdate(this.doc, update, this.remoteOrigin)
    } finally {
      this.doc.off('afterTransaction', watch)
      if (!this.released) this.doc.on('update', this.onDocUpdate)
    }
    if (!local) return
    this.localSeq++
    if (this.ready) this.sendSealed(LABEL.doc, updateMessage(this.doc.clientID, Y.encodeStateAsUpdate(this.doc, before)), (data) => ({ type: UP.update, data }))
  }

  private diverge(): void {
    this.problem =
      'The facilitator locked the structure before your change to it arrived, so it was not shared, and later changes from this window could not merge. Reload to continue from the shared chart.'
    this.stopped = true
    this.dropSocket()
    this.setStatus('diverged')
  }

  /** False for frames from removed participants (and remembers who speaks from which connection). */
  private accept(f: FromFrame, sender: number): boolean {
    const removed = isRemoved(this.control, sender) || [...this.connOf].some(([client, conn]) => conn === f.conn && isRemoved(this.control, client))
    if (removed) {
      this.stats.ignored++
      if (this.isHost) this.sendUp({ type: UP.kick, conn: f.conn })
      return false
    }
    if (f.conn !== this.conn) this.connOf.set(sender, f.conn)
    return true
  }

  private receiveControl(f: FromFrame, plain: Uint8Array): void {
    if (!f.fromHost) return
    const state = decodeControl(plain)
    if (!state || state.version <= this.control.version) return
    this.control = state
    if (isRemoved(state, this.doc.clientID) && !this.isHost) {
      this.problem = closeProblem(CLOSE.removed, '')
      this.stopped = true
      this.setStatus('refused')
      return
    }
    this.awarenessRemove(state.removed.map((r) => r.client), 'removed')
    this.emit()
  }

  private receivePresence(f: FromFrame, plain: Uint8Array): void {
    const p = decodePresence(plain)
    if (!p || !this.accept(f, p.sender)) return
    awarenessProtocol.applyAwarenessUpdate(this.awareness, p.update, { conn: f.conn })
    this.emit()
  }

  private awarenessRemove(clients: number[], origin: string): void {
    const present = clients.filter((c) => c !== this.doc.clientID && this.awareness.getStates().has(c))
    if (present.length) awarenessProtocol.removeAwarenessStates(this.awareness, present, origin)
  }

  private forgetPeers(): void {
    this.awarenessRemove([...this.awareness.getStates().keys()], 'offline')
    this.hostConns.clear()
  }

  /** Whether a Yjs client id speaks from a host connection (only the relay can say so). */
  isHostClient(client: number): boolean {
    if (client === this.doc.clientID) return this.isHost
    const conn = this.connOf.get(client)
    return conn !== undefined && this.hostConns.has(conn)
  }
}
