// Start live session in the desktop app: main runs the server on the room's network and
// the facilitator's window joins its own session through IPC instead of a socket (the
// window's origin is app://, and its policy allows no network connections). The window
// keeps the key; main sees the same sealed frames the relay sees.

import type { LiveEvent, StartLiveRequest, StartedLive } from '../../../shared/ipc/contract'
import { lanAddress } from './lan-address'
import type { RelayConnection } from './relay'
import { startLiveServer, type LiveServer } from './server'

/** Port tried first, so a room's QR code and bookmarks stay the same between sessions. */
export const DESKTOP_LIVE_PORT = 4310

export type EmitLive = (event: LiveEvent) => void

export class DesktopLiveHost {
  private server: LiveServer | null = null
  private roomId: string | null = null
  private conn: RelayConnection | null = null
  private emit: EmitLive = () => undefined

  constructor(
    private readonly rendererDir: string,
    private readonly listen = { host: '0.0.0.0', port: DESKTOP_LIVE_PORT },
    private readonly address: () => string | null = lanAddress
  ) {}

  async start(req: StartLiveRequest, emit: EmitLive): Promise<StartedLive> {
    await this.end()
    this.emit = emit
    this.server = await startLiveServer({ ...this.listen, rendererDir: this.rendererDir }).catch((e: unknown) => {
      if (!/EADDRINUSE/.test(String(e))) throw e
      return startLiveServer({ ...this.listen, port: 0, rendererDir: this.rendererDir })
    })
    this.server.relay.openRoom(req)
    this.roomId = req.roomId
    const where = this.listen.host === '0.0.0.0' ? (this.address() ?? '127.0.0.1') : this.listen.host
    return { joinBase: `http://${where}:${this.server.port}/` }
  }

  /** A frame from the window; its hello (first, and again after a reconnect) opens a connection. */
  send(frame: Uint8Array): void {
    if (!this.server || !this.roomId) {
      this.emit({ type: 'close', code: 4404, reason: 'No live session is running.' })
      return
    }
    if (!this.conn) {
      const conn: RelayConnection = this.server.relay.connect(this.roomId, {
        send: (data) => this.emit({ type: 'message', data }),
        close: (code, reason) => {
          if (this.conn === conn) this.conn = null
          this.emit({ type: 'close', code, reason })
        }
      })
      this.conn = conn
    }
    this.conn.message(frame)
  }

  async end(): Promise<void> {
    const server = this.server
    this.server = null
    if (this.roomId) server?.relay.endRoom(this.roomId)
    this.roomId = null
    this.conn?.closed()
    this.conn = null
    await server?.close()
  }

  get running(): boolean {
    return this.server !== null
  }
}
