// An incremental linter. Findings are kept per duty; after an edit only the duties
// whose answer can have changed are checked again: the edited duties and every duty
// of their group of "the same duty" (duplicates and manager/report pairs depend on
// each other, and a group's duplicate finding sits on its first held duty). A change
// to the roles or to the chart's rule settings, or duties changing order, re-checks everything. Charts are immutable,
// so comparing objects by identity finds what changed.

import type { AcceptedException, Chart, Duty } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { DutyGroups, makeContext } from './context'
import { STRUCTURE_RULES } from './registry'
import { roleView } from './role-view'
import { scopeFindings } from './scope-findings'
import { resolveSettings } from './settings'
import type { AcceptedFinding, Finding, LintResult, RuleContext } from './types'

export interface Linter {
  lint(chart: Chart): LintResult
}

const NONE: readonly Finding[] = []

function checkDuty(ctx: RuleContext, duty: Duty): readonly Finding[] {
  let out: Finding[] | undefined
  // Scope findings only for holders some pack or custom rule covers: the duty's domain
  // and mode are worked out for those duties alone.
  const holder = ctx.role(duty.roleId)
  if (holder) {
    const scope = scopeFindings(ctx, holder, duty)
    if (scope.length) out = [...scope]
  }
  const off = ctx.settings.disabled
  let copies: boolean | undefined
  for (const rule of STRUCTURE_RULES) {
    if (off.size && off.has(rule.meta.id)) continue
    if (rule.needsCopies && !(copies ??= ctx.hasCopies(duty))) continue
    const f = rule.checkDuty(ctx, duty)
    if (f) (out ??= []).push(f)
  }
  return out ?? NONE
}

type Change = [Duty | null, Duty | null]

/** A re-checked duty: how many findings it had, and where it stood (a removed duty keeps its old place here). */
interface Replaced {
  readonly count: number
  readonly position: number
}

/**
 * The usual edits keep every other duty where it was: a duty edited in place, removed,
 * or added at the end (a drop, a new card). Such a change is found with one walk over
 * the two lists comparing objects, with no lookups by id; null for anything else (a
 * reorder, an undo putting a duty back in the middle, an id listed twice).
 */
function inOrderChanges(before: readonly Duty[], after: readonly Duty[], known: DutyGroups): Change[] | null {
  if (known.size !== before.length) return null
  const out: Change[] = []
  let j = 0
  for (let i = 0; i < before.length; i++) {
    const b = before[i]
    const a = after[j]
    if (a === b) j++
    else if (a !== undefined && a.id === b.id) {
      out.push([b, a])
      j++
    } else out.push([b, null])
  }
  if (j === after.length) return out
  const added = new Set<string>()
  for (; j < after.length; j++) {
    const a = after[j]
    // A duty already known (moved to the end, or removed above and back under its id) needs the general path.
    if (known.position(a.id) !== Infinity || added.has(a.id)) return null
    added.add(a.id)
    out.push([null, a])
  }
  return out
}

/** Pairs old and new versions of duties that differ (`null`: absent on that side), matched by id. */
function changedDuties(after: readonly Duty[], known: DutyGroups): Change[] {
  const out: Change[] = []
  const seen = new Set<string>()
  for (const d of after) {
    seen.add(d.id)
    const old = known.get(d.id) ?? null
    if (old !== d) out.push([old, d])
  }
  for (const [id, old] of known.entries()) if (!seen.has(id)) out.push([old, null])
  return out
}

/** True when the duties that were there before are still in the same relative order. */
function keepsOrder(duties: readonly Duty[], before: DutyGroups): boolean {
  let last = -1
  for (const d of duties) {
    const p = before.position(d.id)
    if (p === Infinity) continue
    if (p < last) return false
    last = p
  }
  return true
}

/**
 * The previous findings with the re-checked duties' findings swapped in. Findings are
 * sorted by duty position, so each duty's run is found by binary search. One pass that
 * copies the runs in between: an edit to a catalogue card re-checks every duty of the
 * card, and splicing each of them into 20,000 findings would move the array each time.
 */
function patchFindings(
  all: readonly Finding[],
  replaced: ReadonlyMap<string, Replaced>,
  perDuty: ReadonlyMap<string, readonly Finding[]>,
  posOf: (dutyId: string) => number
): Finding[] {
  const out: Finding[] = []
  const ids = [...replaced.keys()].sort((a, b) => replaced.get(a)!.position - replaced.get(b)!.position)
  let from = 0
  for (const id of ids) {
    const p = replaced.get(id)!.position
    let lo = from
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (posOf(all[mid].dutyId ?? '') < p) lo = mid + 1
      else hi = mid
    }
    for (let i = from; i < lo; i++) out.push(all[i])
    for (const f of perDuty.get(id) ?? NONE) out.push(f)
    from = lo + (replaced.get(id)?.count ?? 0)
  }
  for (let i = from; i < all.length; i++) out.push(all[i])
  return out
}

/** Splits findings by the group's exceptions, looked up per duty so the cost follows the exceptions. Accepted findings keep the exceptions' order. */
function partition(
  all: readonly Finding[],
  perDuty: ReadonlyMap<string, readonly Finding[]>,
  exceptions: readonly AcceptedException[]
): LintResult {
  if (exceptions.length === 0) return { findings: all, accepted: [], stale: [] }
  const accepted: AcceptedFinding[] = []
  const taken = new Set<Finding>()
  const stale: AcceptedException[] = []
  for (const e of exceptions) {
    const key = exceptionKey(e)
    const f = e.dutyId === undefined ? undefined : perDuty.get(e.dutyId)?.find((x) => x.fingerprint === key)
    if (f && !taken.has(f)) {
      taken.add(f)
      accepted.push({ finding: f, exception: e })
    } else stale.push(e)
  }
  if (taken.size === 0) return { findings: all, accepted, stale }
  return { findings: all.filter((f) => !taken.has(f)), accepted, stale }
}

export function createLinter(): Linter {
  let last: Chart | null = null
  let result: LintResult = { findings: [], accepted: [], stale: [] }
  let groups = new DutyGroups()
  let ctx: RuleContext | null = null
  /** Findings by duty id; duties without findings (most of them) have no entry. */
  let perDuty = new Map<string, readonly Finding[]>()
  let all: readonly Finding[] = []
  /** Positions of the duties the last edit removed, for finding their old findings. */
  let positionsOfRemoved: ReadonlyMap<string, number> = new Map()
  const positionOf = (id: string): number => {
    const p = groups.position(id)
    return p === Infinity ? (positionsOfRemoved.get(id) ?? 0) : p
  }

  function gather(chart: Chart): void {
    const out: Finding[] = []
    for (const d of chart.duties) for (const f of perDuty.get(d.id) ?? NONE) out.push(f)
    all = out
  }

  /**
   * Checks every duty, collecting findings in chart order on the way; the groups depend on
   * the duties only, so a roles-only edit keeps them. Duty ids are unique in a chart (files
   * are checked for it, and the document keys duties by id).
   */
  function full(chart: Chart, sameDuties: boolean): void {
    if (!sameDuties) groups = new DutyGroups(chart.duties)
    ctx = makeContext(roleView(chart.roles), groups, resolveSettings(chart.rules))
    perDuty = new Map()
    const out: Finding[] = []
    for (const d of chart.duties) {
      const found = checkDuty(ctx, d)
      if (found === NONE) continue
      perDuty.set(d.id, found)
      for (const f of found) out.push(f)
    }
    all = out
  }

  /**
   * Re-checks what an edit can have changed; returns the old finding counts of the
   * re-checked duties, null when positions moved (findings must be gathered again), or
   * 'full' when duties that stayed changed their order: which duty of a group comes
   * first may then differ anywhere.
   */
  function incremental(chart: Chart, prev: Chart): Map<string, Replaced> | null | 'full' {
    const inOrder = inOrderChanges(prev.duties, chart.duties, groups)
    const changes = inOrder ?? changedDuties(chart.duties, groups)
    if (!inOrder && !keepsOrder(chart.duties, groups)) return 'full'
    const dirty = new Set<string>()
    /** Where removed duties stood: their old findings are found there. */
    const removedAt = new Map<string, number>()
    for (const [before, after] of changes) {
      // An edited duty keeps its place; a new one goes at the end (in order) or takes its place from the new list below.
      const at = before ? groups.position(before.id) : inOrder ? groups.nextPosition : Infinity
      if (before) {
        for (const id of groups.groupIds(before)) dirty.add(id)
        dirty.add(before.id)
        if (!after) removedAt.set(before.id, at)
        groups.remove(before)
      }
      if (after) {
        groups.add(after, at)
        for (const id of groups.groupIds(after)) dirty.add(id)
      }
    }
    // Positions come from the new list before any duty is checked: which copy is first depends on them.
    if (!inOrder) groups.locate(chart.duties)
    const replaced = new Map<string, Replaced>()
    for (const id of dirty) {
      const position = groups.position(id)
      replaced.set(id, { count: perDuty.get(id)?.length ?? 0, position: position === Infinity ? (removedAt.get(id) ?? 0) : position })
      const d = groups.get(id)
      const found = d && ctx ? checkDuty(ctx, d) : NONE
      if (found !== NONE) perDuty.set(id, found)
      else perDuty.delete(id)
    }
    positionsOfRemoved = removedAt
    return inOrder ? replaced : null
  }

  return {
    lint(chart) {
      if (chart === last) return result
      const prev = last
      let replaced: ReturnType<typeof incremental> | undefined
      // New roles or new rule settings can change any finding.
      if (!prev || !ctx || prev.roles !== chart.roles || prev.rules !== chart.rules) replaced = 'full'
      else if (chart.duties !== prev.duties) replaced = incremental(chart, prev)
      if (replaced === 'full') full(chart, prev !== null && ctx !== null && prev.duties === chart.duties)
      else if (replaced === null) gather(chart)
      else if (replaced && replaced.size > 0) all = patchFindings(all, replaced, perDuty, (id) => positionOf(id))
      result = partition(all, perDuty, chart.exceptions)
      last = chart
      return result
    }
  }
}
