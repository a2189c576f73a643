// The transport a live client needs: something that sends and receives binary messages.
// The browser wraps WebSocket, Node wraps the `ws` package; tests can pass anything.

export interface SocketEvents {
  open(): void
  message(data: Uint8Array): void
  close(code: number, reason: string): void
}

export interface LiveSocket {
  send(data: Uint8Array): void
  close(): void
}

export type OpenSocket = (url: string, on: SocketEvents) => LiveSocket

/** The websocket address of a session's room, from the page or host address (http[s]://host:port/…). */
export function relayUrl(base: string, roomId: string): string {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(base)
  if (!m) throw new Error(`"${base}" is not an http address of a live-session host.`)
  return `${m[1]!.toLowerCase() === 'https' ? 'wss' : 'ws'}://${m[2]}/live/${roomId}`
}
