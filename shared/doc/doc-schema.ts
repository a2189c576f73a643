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

const indexOf = (keys: readonly string[]): ReadonlyMap<string, number> => new Map(keys.map((k, i) => [k, i]))
const FIELD_INDEX: Record<EntityKind, ReadonlyMap<string, number>> = {
  roles: indexOf(FIELD_ORDER.roles),
  duties: indexOf(FIELD_ORDER.duties),
  exceptions: indexOf(FIELD_ORDER.exceptions),
  cards: indexOf(FIELD_ORDER.cards)
}
const REPORTS_TO = FIELD_INDEX.roles.get('reportsTo')!
const ABSENT = Symbol('absent')

/**
 * The plain entity held by a field map; internal keys (leading `_`) are left out, except a
 * role's line. Called for every entity when a chart is read whole, so it walks the map once
 * (forEach, no iterators) and places known fields by index.
 */
export function readEntity<K extends EntityKind>(kind: K, map: EntityMap): EntityOf[K] {
  return entityFromFields(kind, (visit) => map.forEach(visit))
}

/** The entity a field map holds, from its fields as `fields` visits them (value, key). */
export function entityFromFields<K extends EntityKind>(kind: K, fields: (visit: (value: unknown, key: string) => void) => void): EntityOf[K] {
  const index = FIELD_INDEX[kind]
  const known: unknown[] = new Array(FIELD_ORDER[kind].length).fill(ABSENT)
  const extra: [string, unknown][] = []
  fields((value, key) => {
    if (key === MOVE_KEY) {
      if (kind === 'roles') known[REPORTS_TO] = (value as MoveStamp).to
    } else if (key.charCodeAt(0) !== 95 /* _ */) {
      const i = index.get(key)
      if (i === undefined) extra.push([key, value])
      else if (!(kind === 'roles' && i === REPORTS_TO && known[i] !== ABSENT)) known[i] = value
    }
  })
  const out: Record<string, unknown> = {}
  const keys = FIELD_ORDER[kind]
  for (let i = 0; i < keys.length; i++) if (known[i] !== ABSENT) out[keys[i]!] = known[i]
  if (extra.length) for (const [key, value] of extra.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) out[key] = value
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
