// The live-session host: one http server on the room's network that serves the built app
// to participants' browsers and relays sealed frames over websockets at /live/<room>.
// A plain Node module: Electron's main process and `npm run live` both start it.

import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { toBase64Url } from '../../../shared/live/bytes'
import { RELAY_LIMITS, type RelayLimits } from './room'
import { Relay } from './relay'
import { serveStatic } from './static-files'

export interface LiveServerOptions {
  /** Address to listen on: 0.0.0.0 for the room's network, 127.0.0.1 for this computer only. */
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
  /** The built renderer (out/renderer). */
  readonly rendererDir: string
  /**
   * Lets a browser on this computer (loopback, and addressed as localhost) take the host
   * role: `npm run live` has no window of its own, so its facilitator uses a browser.
   */
  readonly facilitatorOnLoopback?: boolean
  /** The address participants use (http://<LAN address>:<port>/), given to that facilitator for the join link. */
  readonly publicBase?: (port: number) => string
  readonly limits?: RelayLimits
}

export interface LiveServer {
  readonly relay: Relay
  readonly port: number
  readonly server: Server
  close(): Promise<void>
}

const HELLO_TIMEOUT_MS = 10_000
const HEARTBEAT_MS = 20_000
/** A participant that stops reading (a sleeping laptop) is dropped before it holds this much. */
const MAX_BUFFERED = 64 * 1024 * 1024
const LIVE_PATH = /^\/live\/([A-Za-z0-9_-]{16})(\/facilitator)?$/

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const LOOPBACK_NAMES = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

/** Loopback socket and a loopback Host header (a page that rebinds its DNS to us still says its own name). */
export function isLocalRequest(req: IncomingMessage): boolean {
  return LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '') && LOOPBACK_NAMES.test(req.headers.host ?? '')
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const limits = options.limits ?? RELAY_LIMITS
  const relay = new Relay(limits)
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.snapshotBytes + 1024, perMessageDeflate: false })

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    const live = LIVE_PATH.exec(path)
    if (live?.[2]) {
      const room = relay.room(live[1]!)
      // A custom header keeps other sites' pages from asking (they would need a CORS preflight we never answer).
      if (!options.facilitatorOnLoopback || !isLocalRequest(req) || req.headers['x-org-workbench'] !== 'facilitate' || !room) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify({ hostToken: toBase64Url(room.hostToken), joinBase: options.publicBase?.(port) }))
      return
    }
    serveStatic(options.rendererDir, req, res)
  })

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const live = LIVE_PATH.exec((req.url ?? '').split('?')[0]!)
    if (!live || live[2]) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, live[1]!))
  })

  function attach(ws: WebSocket, roomId: string): void {
    let alive = true
    let helloDone = false
    const connection = relay.connect(roomId, {
      send: (data) => {
        if (ws.readyState !== ws.OPEN) return
        if (ws.bufferedAmount > MAX_BUFFERED) return ws.close(1013, 'This connection fell too far behind the live session.')
        ws.send(data)
      },
      close: (code, reason) => ws.close(code, reason)
    })
    const helloTimer = setTimeout(() => helloDone || ws.close(4400, 'No hello within 10 seconds.'), HELLO_TIMEOUT_MS)
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return ws.close(4400, 'The live session speaks binary frames only.')
      helloDone = true
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)
      connection.message(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength))
    })
    ws.on('pong', () => (alive = true))
    const beat = setInterval(() => {
      if (!alive) return ws.terminate()
      alive = false
      ws.ping()
    }, HEARTBEAT_MS)
    ws.on('close', () => {
      clearTimeout(helloTimer)
      clearInterval(beat)
      connection.closed()
    })
    ws.on('error', () => ws.terminate())
  }

  let port = options.port
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    relay,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        relay.endAll()
        for (const ws of wss.clients) ws.terminate()
        wss.close()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
