// How a chart is laid out inside its Yjs document. Every role, duty, accepted exception
// and custom card is a Y.Map of its fields inside a keyed Y.Map, so two people editing
// different fields of one role both keep their edit. This layout is stored in users'
// local databases and sent between live participants: change it only by adding keys.

import * as Y from 'yjs'
import type { AcceptedException, Duty, LibraryCard, Role } from '../model/chart'

/** Chart-level fields: id, title and rule settings. */
export const META = 'meta'
export const KINDS = ['roles', 'duties', 'exceptions', 'cards'] as const
export type EntityKind = (typeof KINDS)[number]

export interface EntityOf {
  roles: Role
  duties: Duty
  exceptions: AcceptedException
  cards: LibraryCard
}

/**
 * A role's reporting line together with when and by whom it was last set (a Lamport
 * clock and the writer's client id), so every client can break the same loop the same way.
 * Stored as one value so the line and its stamp can never come from different writers.
 */
export const MOVE_KEY = '_move'
export interface MoveStamp {
  readonly to: string | null
  readonly clock: number
  readonly client: number
}

/** Exceptions have no order in the model; their place in the list lives only in the doc. */
export const EXCEPTION_ORDER_KEY = '_order'

/** Field order of materialised entities, so every client builds byte-identical JSON. */
const FIELD_ORDER: Record<EntityKind, readonly string[]> = {
  roles: ['id', 'title', 'person', 'roleType', 'department', 'reportsTo', 'x', 'y', 'order'],
  duties: ['id', 'label', 'kind', 'roleId', 'category', 'group', 'cardId', 'order'],
  exceptions: ['ruleId', 'dutyId', 'roleId', 'note'],
  cards: ['id', 'label', 'kind', 'group', 'category', 'order']
}

export type EntityMap = Y.Map<unknown>

export function topMaps(doc: Y.Doc): Record<EntityKind, Y.Map<EntityMap>> & { meta: Y.Map<unknown> } {
  return {
    meta: doc.getMap<unknown>(META),
    roles: doc.getMap<EntityMap>('roles'),
    duties: doc.getMap<EntityMap>('duties'),
    exceptions: doc.getMap<EntityMap>('exceptions'),
    cards: doc.getMap<EntityMap>('cards')
  }
}

/** The plain entity held by a field map; internal keys (leading `_`) are left out, except a role's line. */
export function readEntity<K extends EntityKind>(kind: K, map: EntityMap): EntityOf[K] {
  const fields: Record<string, unknown> = {}
  const extra: string[] = []
  for (const [key, value] of map.entries()) {
    if (key === MOVE_KEY && kind === 'roles') fields.reportsTo = (value as MoveStamp).to
    else if (!key.startsWith('_')) {
      fields[key] = value
      if (!FIELD_ORDER[kind].includes(key)) extra.push(key)
    }
  }
  const out: Record<string, unknown> = {}
  for (const key of FIELD_ORDER[kind]) if (key in fields) out[key] = fields[key]
  for (const key of extra.sort()) out[key] = fields[key]
  return out as unknown as EntityOf[K]
}

export function moveStampOf(map: EntityMap): MoveStamp | undefined {
  return map.get(MOVE_KEY) as MoveStamp | undefined
}

/** Same value as far as a chart is concerned (field values are JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
