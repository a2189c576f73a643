// The live client's transport in a browser: a WebSocket to the host that served this page.
import type { OpenSocket } from '@shared/live/socket'

export const openBrowserSocket: OpenSocket = (url, on) => {
  const ws = new WebSocket(url)
  ws.binaryType = 'arraybuffer'
  ws.onopen = () => on.open()
  ws.onmessage = (e: MessageEvent) => {
    if (e.data instanceof ArrayBuffer) on.message(new Uint8Array(e.data))
  }
  ws.onclose = (e) => on.close(e.code, e.reason)
  return {
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data as Uint8Array<ArrayBuffer>)
    },
    close: () => ws.close()
  }
}
