// Pairs up the roles and duties of two versions of a chart. A scenario starts as a
// duplicate that keeps every id, so ids decide first; items that were recreated (a
// role deleted and added again, a card dragged in afresh) are then paired by what
// people see: a role by its title, a duty by its label and catalogue card.

import type { Chart, Duty, Role } from '../model/chart'

/** Lower-cased, trimmed and single-spaced: "Ops  Manager " and "ops manager" are the same title. */
export function normalText(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase()
}

export interface Matching<T> {
  /** Pairs in the order of the second chart's items. */
  readonly pairs: readonly { readonly a: T; readonly b: T }[]
  readonly onlyA: readonly T[]
  readonly onlyB: readonly T[]
}

function matchBy<T extends { readonly id: string }>(as: readonly T[], bs: readonly T[], key: (item: T) => string): Matching<T> {
  const aById = new Map(as.map((x) => [x.id, x]))
  const pairOf = new Map<T, T>()
  const unpairedB: T[] = []
  for (const b of bs) {
    const a = aById.get(b.id)
    if (a) pairOf.set(b, a)
    else unpairedB.push(b)
  }
  const pairedA = new Set(pairOf.values())
  // Second pass: same key, paired in chart order so duplicates pair up one to one.
  const waiting = new Map<string, T[]>()
  for (const a of as) {
    if (pairedA.has(a)) continue
    const list = waiting.get(key(a))
    if (list) list.push(a)
    else waiting.set(key(a), [a])
  }
  const onlyB: T[] = []
  for (const b of unpairedB) {
    const a = waiting.get(key(b))?.shift()
    if (a) {
      pairOf.set(b, a)
      pairedA.add(a)
    } else onlyB.push(b)
  }
  return {
    pairs: bs.filter((b) => pairOf.has(b)).map((b) => ({ a: pairOf.get(b) as T, b })),
    onlyA: as.filter((a) => !pairedA.has(a)),
    onlyB
  }
}

export function matchRoles(a: Chart, b: Chart): Matching<Role> {
  return matchBy(a.roles, b.roles, (r) => normalText(r.title))
}

export function matchDuties(a: Chart, b: Chart): Matching<Duty> {
  return matchBy(a.duties, b.duties, (d) => `${normalText(d.label)}\u0000${d.cardId ?? ''}`)
}
