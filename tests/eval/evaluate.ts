// Scores the rules on labelled duties the way a user meets them: each duty is put on a
// role with the labelled title, the chart is linted, and the duty counts as right when
// it raises a warning (or error) exactly when one is expected, with the expected rule id.
// Shared by `npm run eval:classifier` (report) and the unit test (regression guard).

import type { Chart, Duty, Role } from '../../shared/model/chart'
import { lintChart } from '../../shared/rules/lint'
import { isOperationsManager } from '../../shared/rules/role-type'
import type { Finding } from '../../shared/rules/types'
import type { LabelledDuty, LabelledTitle } from './eval-sets'

export interface Tally {
  readonly key: string
  readonly total: number
  readonly right: number
}

export interface Miss {
  readonly text: string
  readonly role: string
  readonly expect: string | null
  /** Rule ids of the warnings raised (empty: none). */
  readonly got: readonly string[]
  readonly evidence: readonly string[]
  readonly modeEvidence: readonly string[]
}

export interface DutyReport {
  readonly total: number
  readonly right: number
  /** Share of duties right: a warning exactly when expected, with the expected rule id. */
  readonly accuracy: number
  readonly warnings: number
  /** Of the warnings raised, the share with the expected rule id. */
  readonly warningPrecision: number
  /** Of the duties that should warn, the share that raise the expected warning. */
  readonly warningRecall: number
  readonly perDomain: readonly Tally[]
  readonly perMode: readonly Tally[]
  readonly misses: readonly Miss[]
}

export interface TitleReport {
  readonly total: number
  readonly right: number
  readonly accuracy: number
  readonly misses: readonly LabelledTitle[]
}

const DEFAULT_ROLE = 'Operations Manager'
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
const isWarning = (f: Finding): boolean => f.severity !== 'info'

function tallies(items: readonly LabelledDuty[], right: readonly boolean[], keyOf: (d: LabelledDuty) => string | undefined): Tally[] {
  const by = new Map<string, { total: number; right: number }>()
  items.forEach((d, i) => {
    const key = keyOf(d) ?? '(unlabelled)'
    const t = by.get(key) ?? { total: 0, right: 0 }
    t.total++
    if (right[i]) t.right++
    by.set(key, t)
  })
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => ({ key, ...t }))
}

/** One chart holding every duty, one role per distinct title (top-level, so no structure rule links them). */
export function chartFor(items: readonly LabelledDuty[]): Chart {
  const roleIds = new Map<string, string>()
  const roles: Role[] = []
  const duties: Duty[] = items.map((d, i) => {
    const title = d.role ?? DEFAULT_ROLE
    let roleId = roleIds.get(title)
    if (!roleId) {
      roleId = `r${roles.length + 1}`
      roleIds.set(title, roleId)
      roles.push({ id: roleId, title, reportsTo: null })
    }
    // A distinct label per duty so duplicates in a set are never "the same duty" of two roles.
    return { id: `d${i + 1}`, label: d.text, roleId }
  })
  return { id: 'eval', title: 'Evaluation', roles, duties, exceptions: [] }
}

export function evaluateDuties(items: readonly LabelledDuty[]): DutyReport {
  const chart = chartFor(items)
  const byDuty = new Map<string, Finding[]>()
  for (const f of lintChart(chart).findings) {
    if (!isWarning(f) || !f.dutyId) continue
    byDuty.set(f.dutyId, [...(byDuty.get(f.dutyId) ?? []), f])
  }
  const misses: Miss[] = []
  let warnings = 0
  let warningsRight = 0
  let expected = 0
  let found = 0
  const right = items.map((d, i) => {
    const got = byDuty.get(`d${i + 1}`) ?? []
    warnings += got.length
    const hit = d.expect !== null && got.some((f) => f.ruleId === d.expect)
    warningsRight += got.filter((f) => f.ruleId === d.expect).length
    if (d.expect !== null) expected++
    if (hit) found++
    const ok = d.expect === null ? got.length === 0 : hit && got.length === 1
    if (!ok) {
      const f = got[0] as (Finding & { modeEvidence?: readonly string[] }) | undefined
      misses.push({ text: d.text, role: d.role ?? DEFAULT_ROLE, expect: d.expect, got: got.map((g) => g.ruleId), evidence: f?.evidence ?? [], modeEvidence: f?.modeEvidence ?? [] })
    }
    return ok
  })
  const rightCount = right.filter(Boolean).length
  return {
    total: items.length,
    right: rightCount,
    accuracy: ratio(rightCount, items.length),
    warnings,
    warningPrecision: ratio(warningsRight, warnings),
    warningRecall: ratio(found, expected),
    perDomain: tallies(items, right, (d) => d.domain),
    perMode: tallies(items, right, (d) => d.mode),
    misses
  }
}

export function evaluateTitles(items: readonly LabelledTitle[]): TitleReport {
  const misses = items.filter((t) => isOperationsManager({ title: t.title }) !== t.isOperationsManager)
  const right = items.length - misses.length
  return { total: items.length, right, accuracy: ratio(right, items.length), misses }
}
