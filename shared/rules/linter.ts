// An incremental linter. Findings are kept per duty; after an edit only the duties
// whose answer can have changed are checked again: the edited duties and every duty
// that is "the same duty" as one of them (duplicates and manager/report pairs depend
// on each other). A change to the roles re-checks everything. Charts are immutable,
// so comparing objects by identity finds what changed.

import type { AcceptedException, Chart, Duty } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { isOutOfScope } from './categories'
import { DutyGroups, makeContext } from './context'
import { effectiveCategory } from './effective-category'
import { SCOPE_RULES, STRUCTURE_RULES } from './registry'
import { roleView } from './role-view'
import type { AcceptedFinding, Finding, LintResult, RuleContext } from './types'

export interface Linter {
  lint(chart: Chart): LintResult
}

const NONE: readonly Finding[] = []

function checkDuty(ctx: RuleContext, duty: Duty): readonly Finding[] {
  let out: Finding[] | undefined
  const category = effectiveCategory(duty).category
  // Only the scope rule of the duty's own category can fire, so ask just that one.
  if (isOutOfScope(category)) {
    const f = SCOPE_RULES[category].checkDuty(ctx, duty)
    if (f) out = [f]
  }
  for (const rule of STRUCTURE_RULES) {
    const f = rule.checkDuty(ctx, duty)
    if (f) (out ??= []).push(f)
  }
  return out ?? NONE
}

type Change = [Duty | null, Duty | null]

/**
 * Pairs old and new versions of duties that differ (`null`: absent on that side).
 * `aligned` means every duty kept its place, the usual case for an edit.
 */
function changedDuties(before: readonly Duty[], after: readonly Duty[], known: ReadonlyMap<string, Duty>): { changes: Change[]; aligned: boolean } {
  const out: Change[] = []
  if (before.length === after.length) {
    let aligned = true
    for (let i = 0; i < after.length && aligned; i++) {
      if (before[i] === after[i]) continue
      if (before[i].id === after[i].id) out.push([before[i], after[i]])
      else aligned = false
    }
    if (aligned) return { changes: out, aligned: true }
    out.length = 0
  }
  const seen = new Set<string>()
  for (const d of after) {
    seen.add(d.id)
    const old = known.get(d.id) ?? null
    if (old !== d) out.push([old, d])
  }
  for (const [id, old] of known) if (!seen.has(id)) out.push([old, null])
  return { changes: out, aligned: false }
}

/**
 * The previous findings with the re-checked duties' findings swapped in. Findings are
 * sorted by duty position, so each duty's run is found by binary search. One pass that
 * copies the runs in between: an edit to a catalogue card re-checks every duty of the
 * card, and splicing each of them into 20,000 findings would move the array each time.
 */
function patchFindings(
  all: readonly Finding[],
  replaced: ReadonlyMap<string, number>,
  perDuty: ReadonlyMap<string, readonly Finding[]>,
  posOf: ReadonlyMap<string, number>
): Finding[] {
  const out: Finding[] = []
  const ids = [...replaced.keys()].sort((a, b) => (posOf.get(a) ?? 0) - (posOf.get(b) ?? 0))
  let from = 0
  for (const id of ids) {
    const p = posOf.get(id) ?? 0
    let lo = from
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((posOf.get(all[mid].dutyId ?? '') ?? 0) < p) lo = mid + 1
      else hi = mid
    }
    for (let i = from; i < lo; i++) out.push(all[i])
    for (const f of perDuty.get(id) ?? NONE) out.push(f)
    from = lo + (replaced.get(id) ?? 0)
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
  let perDuty = new Map<string, readonly Finding[]>()
  let all: readonly Finding[] = []
  /** Position of each duty in the chart when `all` was last gathered. */
  let posOf = new Map<string, number>()

  function gather(chart: Chart): void {
    const out: Finding[] = []
    posOf = new Map()
    chart.duties.forEach((d, i) => {
      posOf.set(d.id, i)
      for (const f of perDuty.get(d.id) ?? NONE) out.push(f)
    })
    all = out
  }

  function full(chart: Chart): void {
    groups = new DutyGroups(chart.duties)
    ctx = makeContext(roleView(chart.roles), groups)
    perDuty = new Map()
    for (const d of chart.duties) perDuty.set(d.id, checkDuty(ctx, d))
  }

  /** Re-checks what an edit can have changed; returns the old finding counts of the re-checked duties, or null if order changed. */
  function incremental(chart: Chart, prev: Chart): Map<string, number> | null {
    const { changes, aligned } = changedDuties(prev.duties, chart.duties, groups.byId)
    const dirty = new Set<string>()
    for (const [before, after] of changes) {
      if (before) {
        for (const id of groups.groupIds(before)) dirty.add(id)
        dirty.add(before.id)
        groups.remove(before)
      }
      if (after) {
        groups.add(after)
        for (const id of groups.groupIds(after)) dirty.add(id)
      }
    }
    const replaced = new Map<string, number>()
    for (const id of dirty) {
      replaced.set(id, perDuty.get(id)?.length ?? 0)
      const d = groups.byId.get(id)
      if (d && ctx) perDuty.set(id, checkDuty(ctx, d))
      else perDuty.delete(id)
    }
    return aligned ? replaced : null
  }

  return {
    lint(chart) {
      if (chart === last) return result
      const prev = last
      if (!prev || !ctx || prev.roles !== chart.roles) {
        full(chart)
        gather(chart)
      } else if (chart.duties !== prev.duties) {
        const replaced = incremental(chart, prev)
        if (!replaced) gather(chart)
        else if (replaced.size > 0) all = patchFindings(all, replaced, perDuty, posOf)
      }
      result = partition(all, perDuty, chart.exceptions)
      last = chart
      return result
    }
  }
}
