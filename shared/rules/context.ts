// The answers rules need, built from a chart. The duty groups ("which duties are the
// same duty") can be updated in place, which is how the linter keeps them current
// between edits without rebuilding them for 20,000 duties.

import type { Chart, Duty, Role } from '../model/chart'
import { roleView, type RoleView } from './role-view'
import { scopeSuggestions } from './suggestions'
import type { RuleContext } from './types'

/** Two duties are the same duty when their labels match ignoring case and spacing. */
export function dutyKey(label: string): string {
  const key = label.trim().toLowerCase()
  return /\s\s|[\t\n\r]/.test(key) ? key.replace(/\s+/g, ' ') : key
}

export class DutyGroups {
  readonly byId = new Map<string, Duty>()
  /** Bumped on every change, so answers cached against it know when they are out of date. */
  generation = 0
  private readonly keyOf = new Map<string, string>()
  private readonly byLabel = new Map<string, Set<string>>()
  private readonly byCard = new Map<string, Set<string>>()

  constructor(duties: readonly Duty[] = []) {
    for (const d of duties) this.add(d)
  }

  add(d: Duty): void {
    const key = dutyKey(d.label)
    this.generation++
    this.byId.set(d.id, d)
    this.keyOf.set(d.id, key)
    join(this.byLabel, key, d.id)
    if (d.cardId) join(this.byCard, d.cardId, d.id)
  }

  remove(d: Duty): void {
    const key = this.keyOf.get(d.id) ?? dutyKey(d.label)
    this.generation++
    this.byId.delete(d.id)
    this.keyOf.delete(d.id)
    leave(this.byLabel, key, d.id)
    if (d.cardId) leave(this.byCard, d.cardId, d.id)
  }

  /** Identifies the group of `d`: its label key and card. */
  groupKey(d: Duty): string {
    return `${this.keyOf.get(d.id) ?? dutyKey(d.label)}\u0000${d.cardId ?? ''}`
  }

  /** Ids of every duty sharing a label or card with `d`, `d` included. */
  groupIds(d: Duty): ReadonlySet<string> {
    const [byLabel, byCard] = this.groupParts(d)
    if (!byCard) return byLabel ?? new Set([d.id])
    const out = new Set(byLabel)
    for (const id of byCard) out.add(id)
    return out
  }

  /**
   * The label group of `d` and, when it reaches further, its card group: `groupIds(d)`
   * without building the union, which costs O(group) per duty on catalogue cards.
   */
  groupParts(d: Duty): readonly [ReadonlySet<string> | undefined, ReadonlySet<string> | undefined] {
    const byLabel = this.byLabel.get(this.keyOf.get(d.id) ?? dutyKey(d.label))
    const byCard = d.cardId ? this.byCard.get(d.cardId) : undefined
    return [byLabel, byCard && byCard.size > 1 ? byCard : undefined]
  }

  same(d: Duty): Duty[] {
    const ids = this.groupIds(d)
    if (ids.size <= 1) return []
    const out: Duty[] = []
    for (const id of ids) {
      const other = id === d.id ? undefined : this.byId.get(id)
      if (other) out.push(other)
    }
    return out
  }
}

function join(m: Map<string, Set<string>>, key: string, id: string): void {
  const s = m.get(key)
  if (s) s.add(id)
  else m.set(key, new Set([id]))
}

function leave(m: Map<string, Set<string>>, key: string, id: string): void {
  const s = m.get(key)
  if (!s) return
  s.delete(id)
  if (s.size === 0) m.delete(key)
}

const byTitle = (a: Role, b: Role): number => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function makeContext(view: RoleView, groups: DutyGroups): RuleContext {
  // Every duty of a group has the same holders: work them out once per group and pass.
  const memo = new Map<string, { readonly generation: number; readonly holders: readonly Role[] }>()
  // Rules ask about the same duty one after another: remember the last answer.
  let last: { duty: Duty; generation: number; holders: readonly Role[] } | null = null
  const holdersOfSame = (d: Duty): readonly Role[] => {
    if (last && last.duty === d && last.generation === groups.generation) return last.holders
    const holders = computeHolders(d)
    last = { duty: d, generation: groups.generation, holders }
    return holders
  }
  const computeHolders = (d: Duty): readonly Role[] => {
    const [byLabel, byCard] = groups.groupParts(d)
    // A duty alone in its group: no union, no memo entry, just its own holder.
    if (!byCard && (byLabel?.size ?? 1) <= 1) {
      const r = view.byId.get(d.roleId ?? '')
      return r ? [r] : []
    }
    // The memo is checked before touching the group, so a group of n duties costs O(n) once, not per duty.
    const key = groups.groupKey(d)
    const hit = memo.get(key)
    if (hit && hit.generation === groups.generation) return hit.holders
    const seen = new Set<string>()
    const holders: Role[] = []
    const visit = (id: string): void => {
      const r = view.byId.get(groups.byId.get(id)?.roleId ?? '')
      if (r && !seen.has(r.id)) {
        seen.add(r.id)
        holders.push(r)
      }
    }
    // Same roles as walking the union: duplicates between the two sets map to roles already seen.
    if (byLabel) for (const id of byLabel) visit(id)
    if (byCard) for (const id of byCard) visit(id)
    holders.sort(byTitle)
    memo.set(key, { generation: groups.generation, holders })
    return holders
  }
  return {
    holdersOfSame,
    role: (id) => (id ? view.byId.get(id) : undefined),
    isOperationsManager: view.isOps,
    reportsOf: view.reportsOf,
    sameDuties: (d) => groups.same(d),
    scopeSuggestions: (ruleId: string, category: string, role: Role, duty: Duty) => scopeSuggestions(view, ruleId, category, role, duty)
  }
}

const contexts = new WeakMap<Chart, RuleContext>()

/** A context for one chart version, for running a single rule's `check` on its own. */
export function contextFor(chart: Chart): RuleContext {
  let ctx = contexts.get(chart)
  if (!ctx) contexts.set(chart, (ctx = makeContext(roleView(chart.roles), new DutyGroups(chart.duties))))
  return ctx
}
