// A diff records, per entity, the value before and after an edit. Applying the
// diff backwards is undo; the same diffs feed autosave (only touched rows are written).

import type { AcceptedException, Chart, Duty, LibraryCard, Role } from '../model/chart'
import type { ChartRuleSettings } from '../model/rule-settings'
import { exceptionKey } from '../model/chart'

export interface Change<T> {
  readonly id: string
  readonly before: T | null
  readonly after: T | null
  /** Where a removed entity stood, so that undo puts it back in its place. */
  readonly at?: number
}

export interface Diff {
  readonly title?: { readonly before: string; readonly after: string }
  readonly rules?: { readonly before: ChartRuleSettings; readonly after: ChartRuleSettings }
  readonly roles: readonly Change<Role>[]
  readonly duties: readonly Change<Duty>[]
  readonly exceptions: readonly Change<AcceptedException>[]
  /** Custom Library cards; absent when the edit touched none. */
  readonly cards?: readonly Change<LibraryCard>[]
}

export const EMPTY_DIFF: Diff = { roles: [], duties: [], exceptions: [] }

export function isEmptyDiff(d: Diff): boolean {
  return !d.title && !d.rules && d.roles.length === 0 && d.duties.length === 0 && d.exceptions.length === 0 && !d.cards?.length
}

function invertChanges<T>(changes: readonly Change<T>[]): Change<T>[] {
  return changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse()
}

export function invertDiff(d: Diff): Diff {
  return {
    ...(d.title ? { title: { before: d.title.after, after: d.title.before } } : {}),
    ...(d.rules ? { rules: { before: d.rules.after, after: d.rules.before } } : {}),
    roles: invertChanges(d.roles),
    duties: invertChanges(d.duties),
    exceptions: invertChanges(d.exceptions),
    ...(d.cards?.length ? { cards: invertChanges(d.cards) } : {})
  }
}

/** Later changes to the same id win; untouched entities keep their order; an entity
 *  coming back (undo of a removal) returns to where it stood. */
function applyChanges<T>(list: readonly T[], changes: readonly Change<T>[], keyOf: (t: T) => string): readonly T[] {
  if (changes.length === 0) return list
  const final = new Map<string, Change<T>>()
  for (const c of changes) final.set(c.id, c)
  const out: T[] = []
  const present = new Set<string>()
  for (const item of list) {
    const key = keyOf(item)
    const c = final.get(key)
    present.add(key)
    if (!c) out.push(item)
    else if (c.after) out.push(c.after)
  }
  for (const c of changes) {
    if (!c.after || present.has(c.id) || final.get(c.id) !== c) continue
    if (c.at !== undefined && c.at < out.length) out.splice(c.at, 0, c.after)
    else out.push(c.after)
  }
  return out
}

export function applyDiff(chart: Chart, d: Diff): Chart {
  if (d.cards?.length) {
    // No custom cards is written as no `cards` field, so undoing the first card is exact.
    const cards = applyChanges(chart.cards ?? [], d.cards, (c) => c.id)
    const { cards: _old, ...rest } = chart
    return applyDiff(cards.length ? { ...rest, cards } : rest, { ...d, cards: undefined })
  }
  return {
    ...chart,
    title: d.title ? d.title.after : chart.title,
    ...(d.rules ? { rules: d.rules.after } : {}),
    roles: applyChanges(chart.roles, d.roles, (r) => r.id),
    duties: applyChanges(chart.duties, d.duties, (x) => x.id),
    exceptions: applyChanges(chart.exceptions, d.exceptions, exceptionKey)
  }
}

/** One diff that has the effect of `a` then `b`. */
export function concatDiffs(a: Diff, b: Diff): Diff {
  const title = a.title && b.title ? { before: a.title.before, after: b.title.after } : (b.title ?? a.title)
  const rules = a.rules && b.rules ? { before: a.rules.before, after: b.rules.after } : (b.rules ?? a.rules)
  return {
    ...(title ? { title } : {}),
    ...(rules ? { rules } : {}),
    roles: [...a.roles, ...b.roles],
    duties: [...a.duties, ...b.duties],
    exceptions: [...a.exceptions, ...b.exceptions],
    ...(a.cards?.length || b.cards?.length ? { cards: [...(a.cards ?? []), ...(b.cards ?? [])] } : {})
  }
}
