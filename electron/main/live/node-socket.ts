// The live client's transport in Node (`npm run live`, the benchmark, tests): the `ws` package.
import WebSocket from 'ws'
import type { OpenSocket } from '../../../shared/live/socket'

export const openNodeSocket: OpenSocket = (url, on) => {
  const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 })
  ws.binaryType = 'nodebuffer'
  ws.on('open', () => on.open())
  ws.on('message', (data: Buffer) => on.message(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)))
  ws.on('close', (code, reason) => on.close(code, reason.toString()))
  ws.on('error', () => undefined)
  return {
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data)
    },
    close: () => ws.close()
  }
}
