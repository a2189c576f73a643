// The people in a session as the UI shows them, read from awareness: names and colours
// checked and clipped (readPresence), the facilitator flag taken from the relay (who proved
// they are the host), never from what a participant says about themselves.

import type { LiveClient } from '@shared/live/live-client'
import { readPresence, type Presence } from '@shared/live/presence'

export interface Person extends Presence {
  readonly client: number
  readonly me: boolean
}

export function peopleOf(client: LiveClient): Person[] {
  const out: Person[] = []
  for (const [id, state] of client.awareness.getStates()) {
    const p = readPresence(state, id)
    if (!p) continue
    out.push({ ...p, host: client.isHostClient(id), client: id, me: id === client.doc.clientID })
  }
  // Facilitators first, then by name, so the list does not jump around.
  return out.sort((a, b) => Number(b.host) - Number(a.host) || a.name.localeCompare(b.name) || a.client - b.client)
}

/** The facilitator whose view others follow: the first host that publishes one. */
export function facilitatorOf(people: readonly Person[]): Person | null {
  return people.find((p) => p.host && !p.me && p.view) ?? null
}
