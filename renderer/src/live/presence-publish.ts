// Publishes this participant's presence (pointer, what they drag, the facilitator's view),
// at most every 50 ms per field so a moving mouse does not flood the room.

import type { LiveClient } from '@shared/live/live-client'
import type { Dragging, Point, ViewRect } from '@shared/live/presence'

const INTERVAL_MS = 50

type Fields = { pointer: Point | null; dragging: Dragging | null; view: ViewRect | null; presenting: string | null; name: string }

let client: LiveClient | null = null
const pending = new Map<keyof Fields, unknown>()
let timer: ReturnType<typeof setTimeout> | null = null
let last = 0

export function setPresenceClient(next: LiveClient | null): void {
  client = next
  pending.clear()
}

function flush(): void {
  timer = null
  last = performance.now()
  const c = client
  if (!c || pending.size === 0) return
  const state = { ...(c.awareness.getLocalState() ?? {}) }
  for (const [k, v] of pending) state[k] = v
  pending.clear()
  c.awareness.setLocalState(state)
}

export function publish<K extends keyof Fields>(field: K, value: Fields[K]): void {
  if (!client) return
  pending.set(field, value)
  if (timer) return
  const wait = Math.max(0, INTERVAL_MS - (performance.now() - last))
  timer = setTimeout(flush, wait)
}
