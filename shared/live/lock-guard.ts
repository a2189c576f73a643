// "Lock structure": while it is on, participants may only move duties between roles. Every
// client checks each change a participant sends before applying it, by reading what the
// Yjs update would touch: a change passes only when every value it writes or deletes is a
// duty's holder (or its place in order). Anything else (a role, a reporting line, a title,
// a new or removed card) is refused and never reaches the document.

import * as Y from 'yjs'

/** Fields a participant may change while the structure is locked: root map → entity field. */
export interface LockRule {
  readonly root: string
  readonly fields: readonly string[]
}

export const DUTY_MOVES: LockRule = { root: 'duties', fields: ['roleId', 'order'] }

type Where = { readonly root: string; readonly entity: string | null; readonly field: string | null } | null

/** Where an integrated item sits: a root map entry, or a field of an entity map under a root. */
function whereLocal(item: Y.Item): Where {
  const parent = item.parent as Y.AbstractType<unknown> | null
  if (!parent || !(parent instanceof Y.AbstractType)) return null
  const parentItem = parent._item
  if (!parentItem) return { root: Y.findRootTypeKey(parent), entity: item.parentSub, field: null }
  const grand = parentItem.parent as Y.AbstractType<unknown>
  if (grand._item) return null
  return { root: Y.findRootTypeKey(grand), entity: parentItem.parentSub, field: item.parentSub }
}

function localItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null
  const s = Y.getItem(doc.store, id)
  return s instanceof Y.Item ? s : null
}

function findIn(structs: readonly (Y.Item | Y.GC | Y.Skip)[], id: Y.ID): Y.Item | Y.GC | Y.Skip | undefined {
  return structs.find((s) => s.id.client === id.client && s.id.clock <= id.clock && id.clock < s.id.clock + s.length)
}

/** True when applying `update` would change only what `rule` allows. */
export function changesOnly(doc: Y.Doc, update: Uint8Array, rule: LockRule = DUTY_MOVES): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    return false
  }
  const allowed = (w: Where) => !!w && w.root === rule.root && w.field !== null && rule.fields.includes(w.field)

  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue // GC (deleted content) and Skip change nothing visible
    if (localItem(doc, s.id)) continue // already known here
    let where: Where = null
    if (typeof s.parent === 'string') where = { root: s.parent, entity: s.parentSub, field: null }
    else {
      // Parent info is left out when the item has a neighbour: it shares the neighbour's parent.
      const ref = s.parent instanceof Y.ID ? s.parent : (s.origin ?? s.rightOrigin)
      const known = ref ? localItem(doc, ref) : null
      if (!known) return false // new parents (a new role or card) or unknown history
      if (s.parent instanceof Y.ID) {
        // The parent is a type: this item is a field of that entity map.
        const w = whereLocalType(known)
        where = w ? { ...w, field: s.parentSub } : null
      } else where = whereLocal(known)
    }
    if (!allowed(where)) return false
  }

  for (const [client, ranges] of decoded.ds.clients) {
    for (const r of ranges) {
      for (let clock = r.clock; clock < r.clock + r.len; ) {
        const item = localItem(doc, Y.createID(client, clock))
        if (!item) {
          const inUpdate = findIn(decoded.structs, Y.createID(client, clock))
          if (!inUpdate) break // deleting what this client never saw changes nothing here
          clock = inUpdate.id.clock + inUpdate.length
          continue
        }
        if (!item.deleted && !allowed(whereLocal(item))) return false
        clock = item.id.clock + item.length
      }
    }
  }
  return true
}

/** Where the entity map held by `item` (a ContentType item) sits. */
function whereLocalType(item: Y.Item): Omit<NonNullable<Where>, 'field'> | null {
  const w = whereLocal(item)
  return w && w.field === null ? { root: w.root, entity: w.entity } : null
}
