// Writes entity fields into their Y.Maps: only fields an edit changed are set, so a
// concurrent edit of another field of the same role survives the merge.

import * as Y from 'yjs'
import type { Role } from '../model/chart'
import { type EntityKind, type EntityMap, EXCEPTION_ORDER_KEY, MOVE_KEY, type MoveStamp, sameValue } from './doc-schema'

export interface WriteContext {
  /** Stamp for a reporting line set in this transaction. */
  readonly move: (to: string | null) => MoveStamp
}

function setField(kind: EntityKind, map: EntityMap, key: string, value: unknown, ctx: WriteContext): void {
  if (kind === 'roles' && key === 'reportsTo') {
    if (value === undefined) map.delete(MOVE_KEY)
    else map.set(MOVE_KEY, ctx.move((value as Role['reportsTo']) ?? null))
  } else if (value === undefined) map.delete(key)
  else map.set(key, value)
}

/** A new field map in `top` under `id`, holding every field of `entity`; returns the fields as written (key → value). */
export function insertEntity(kind: EntityKind, top: Y.Map<EntityMap>, id: string, entity: object, ctx: WriteContext, exceptionOrder?: string): Record<string, unknown> {
  const map = new Y.Map<unknown>()
  top.set(id, map)
  const written: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entity)) {
    if (value === undefined) continue
    if (kind === 'roles' && key === 'reportsTo') {
      const stamp = ctx.move((value as Role['reportsTo']) ?? null)
      map.set(MOVE_KEY, stamp)
      written[MOVE_KEY] = stamp
    } else {
      map.set(key, value)
      written[key] = value
    }
  }
  if (exceptionOrder !== undefined) {
    map.set(EXCEPTION_ORDER_KEY, exceptionOrder)
    written[EXCEPTION_ORDER_KEY] = exceptionOrder
  }
  return written
}

/** Sets the fields that differ between `before` and `after` (what the edit meant to change). */
export function updateEntity(kind: EntityKind, map: EntityMap, before: object, after: object, ctx: WriteContext): void {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'id' || sameValue(b[key], a[key])) continue
    setField(kind, map, key, a[key], ctx)
  }
}
