// The answers rules need, built from a chart: roles from the role view, "the same
// duty" and chart order from the duty groups. The linter keeps the groups current
// between edits, so answers are memoised per group and recomputed only when the
// group changes.

import type { Chart, Duty, Role } from '../model/chart'
import { coveringRulesLookup } from './covering-rules'
import { type DutyGroup, DutyGroups, type GroupMember } from './duty-groups'
import { roleView, type RoleView } from './role-view'
import { scopeSuggestions } from './suggestions'
import { type ResolvedSettings, resolveSettings } from './settings'
import type { RuleContext } from './types'

export { dutyKey, DutyGroups } from './duty-groups'

interface GroupFacts {
  /** Distinct holders, sorted by title. */
  readonly holders: readonly Role[]
  /** Holders by the id of their manager, sorted by title. */
  readonly byManager: ReadonlyMap<string, readonly Role[]>
  /** The held duty that comes first in chart order. */
  readonly first: Duty | undefined
}

const NO_ROLES: readonly Role[] = []

export function makeContext(view: RoleView, groups: DutyGroups, settings: ResolvedSettings = resolveSettings(undefined)): RuleContext {
  // Every duty of a group has the same holders: work them out once per group and pass.
  // Groups are new objects after every change, so the memo never answers for an old one.
  // Duties come role by role in most charts, and each duty is asked about by several
  // rules: the last role looked up (and the one-role list of it) is usually the next one asked for.
  let lastId: string | undefined
  let lastRole: Role | undefined
  let lastAlone: readonly Role[] = NO_ROLES
  const role = (id: string | null | undefined): Role | undefined => {
    if (!id) return undefined
    if (id !== lastId) {
      lastId = id
      lastRole = view.byId.get(id)
      lastAlone = lastRole ? [lastRole] : NO_ROLES
    }
    return lastRole
  }
  // Holders are found by their place in the title order: one lookup per duty, a numeric
  // sort, and a stamp per role instead of a set to skip a role seen before in the group.
  const seenIn = new Int32Array(view.byTitle.length)
  let stamp = 0
  const factsOf = (group: DutyGroup): GroupFacts => {
    if (group.memo?.against === view) return group.memo.value as GroupFacts
    stamp++
    const ranks: number[] = []
    let first: GroupMember | undefined
    for (const m of group.members) {
      const rank = m.duty.roleId ? view.titleRank.get(m.duty.roleId) : undefined
      if (rank === undefined) continue
      if (seenIn[rank] !== stamp) {
        seenIn[rank] = stamp
        ranks.push(rank)
      }
      if (!first || m.position < first.position) first = m
    }
    const holders = ranks.sort((a, b) => a - b).map((rank) => view.byTitle[rank])
    const byManager = new Map<string, Role[]>()
    for (const r of holders) {
      if (r.reportsTo == null) continue
      const list = byManager.get(r.reportsTo)
      if (list) list.push(r)
      else byManager.set(r.reportsTo, [r])
    }
    const facts: GroupFacts = { holders, byManager, first: first?.duty }
    group.memo = { against: view, value: facts }
    return facts
  }
  // Rules ask about the same duty one after another: remember the last answer (fields
  // updated in place, as this runs for every duty of the chart).
  const last: { duty: Duty | null; generation: number; facts: GroupFacts | null } = { duty: null, generation: -1, facts: null }
  /** Facts of the group of `d`, or null when `d` is alone in it (no group built, no memo entry). */
  const groupFacts = (d: Duty): GroupFacts | null => {
    if (last.duty !== d || last.generation !== groups.generation) {
      const group = groups.groupOf(d)
      last.facts = group ? factsOf(group) : null
      last.duty = d
      last.generation = groups.generation
    }
    return last.facts
  }
  return {
    holdersOfSame: (d) => {
      const f = groupFacts(d)
      if (f) return f.holders
      return role(d.roleId) ? lastAlone : NO_ROLES
    },
    reportsHoldingSame: (d, manager) => {
      const list = groupFacts(d)?.byManager.get(manager.id)
      if (!list) return NO_ROLES
      return list.some((r) => r.id === manager.id) ? list.filter((r) => r.id !== manager.id) : list
    },
    firstHeldOfSame: (d) => {
      const f = groupFacts(d)
      return f ? f.first : role(d.roleId) ? d : undefined
    },
    role,
    settings,
    isOperationsManager: view.isOps,
    coveringRules: coveringRulesLookup(settings),
    reportsOf: view.reportsOf,
    sameDuties: (d) => groups.same(d),
    hasCopies: (d) => groupFacts(d) !== null,
    scopeSuggestions: (ruleId: string, category: string, role: Role, duty: Duty) => scopeSuggestions(view, ruleId, category, role, duty)
  }
}

const contexts = new WeakMap<Chart, RuleContext>()

/** A context for one chart version, for running a single rule's `check` on its own. */
export function contextFor(chart: Chart): RuleContext {
  let ctx = contexts.get(chart)
  if (!ctx) contexts.set(chart, (ctx = makeContext(roleView(chart.roles), new DutyGroups(chart.duties), resolveSettings(chart.rules))))
  return ctx
}
