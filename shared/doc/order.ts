// Order as data: every role, duty, card and accepted exception carries a fractional index
// string (fractional-indexing), so a diff, an undo, a stored document and a merge all agree
// on where an entity stands without renumbering its neighbours.

import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'

/** Sort by order key (plain code-unit comparison, as fractional indexes require), then id. */
export function compareKeys(aOrder: string, aId: string, bOrder: string, bId: string): number {
  if (aOrder !== bOrder) return aOrder < bOrder ? -1 : 1
  return aId < bId ? -1 : aId > bId ? 1 : 0
}

/** `n` keys that sort after `after` (null: from the start). A malformed key from an old file
 *  still gets keys that sort after it, so nothing jumps to the front. */
export function keysAfter(after: string | null | undefined, n: number): string[] {
  if (n === 0) return []
  try {
    return generateNKeysBetween(after ?? null, null, n)
  } catch {
    const base = `${after ?? ''}~`
    return generateNKeysBetween(null, null, n).map((k) => base + k)
  }
}

export function keyAfter(after: string | null | undefined): string {
  try {
    return generateKeyBetween(after ?? null, null)
  } catch {
    return keysAfter(after, 1)[0]!
  }
}

/**
 * Orders for a list as it stands: kept when the list already has strictly increasing keys,
 * otherwise (a chart from a file without orders, or mixed) fresh keys in the list's order.
 */
export function ordersFor(list: readonly { readonly order?: string }[]): readonly string[] {
  let sorted = true
  for (let i = 0; i < list.length && sorted; i++) {
    const o = list[i]!.order
    if (o === undefined || o === '' || (i > 0 && !(list[i - 1]!.order! < o))) sorted = false
  }
  return sorted ? list.map((x) => x.order!) : keysAfter(null, list.length)
}
