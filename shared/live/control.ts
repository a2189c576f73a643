// The facilitator's controls for a session, as one versioned state the host sends sealed
// (so only participants can read it) through the relay, which marks it as coming from a
// connection that proved it is the host (so participants cannot forge it). Clients keep the
// highest version they have seen; an old state replayed later changes nothing.

export interface RemovedParticipant {
  /** The participant's Yjs client id. */
  readonly client: number
  readonly name: string
}

export interface ControlState {
  readonly version: number
  /** Participants may only move duties between roles. */
  readonly locked: boolean
  readonly removed: readonly RemovedParticipant[]
}

export const INITIAL_CONTROL: ControlState = { version: 0, locked: false, removed: [] }

const MAX_REMOVED = 500

/** Null for anything that is not a well-formed control state. */
export function parseControl(value: unknown): ControlState | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (!Number.isSafeInteger(v.version) || (v.version as number) < 0 || typeof v.locked !== 'boolean') return null
  if (!Array.isArray(v.removed) || v.removed.length > MAX_REMOVED) return null
  const removed: RemovedParticipant[] = []
  for (const r of v.removed as unknown[]) {
    const p = r as Record<string, unknown> | null
    if (!p || !Number.isSafeInteger(p.client) || typeof p.name !== 'string') return null
    removed.push({ client: p.client as number, name: p.name.slice(0, 60) })
  }
  return { version: v.version as number, locked: v.locked, removed }
}

export function isRemoved(state: ControlState, client: number): boolean {
  return state.removed.some((r) => r.client === client)
}
