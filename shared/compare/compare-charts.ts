// What changed between two versions of a chart (usually "Current" and a proposed
// scenario): roles, where work went, and which scope findings a proposal fixes or
// introduces, with one compliance figure per chart so a group can weigh options.

import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { lintChart } from '../rules/lint'
import type { Finding, LintResult, Severity } from '../rules/types'
import { matchDuties, matchRoles, normalText } from './match'

export interface RoleRef {
  readonly id: string
  readonly title: string
}

export interface RoleRetitle {
  readonly id: string
  readonly from: string
  readonly to: string
}

/** A duty and the title of the role holding it (null when nobody holds it). */
export interface DutyRef {
  readonly id: string
  readonly label: string
  readonly role: string | null
}

/** A duty held by another role in the second chart; null means held by nobody. */
export interface DutyMove {
  readonly id: string
  readonly label: string
  readonly from: string | null
  readonly to: string | null
}

export interface FindingChange {
  readonly ruleId: string
  readonly severity: Severity
  /** Label of the duty the finding is about, if any. */
  readonly label: string | null
  /** Title of the role the finding is about, if any. */
  readonly role: string | null
  readonly message: string
  readonly owner?: string
  /** For a fixed finding: true when it was accepted as an exception rather than resolved. */
  readonly accepted?: boolean
}

export interface ChartFigures {
  readonly roles: number
  readonly duties: number
  /** Duties held by a role. */
  readonly assignments: number
  /** Assignments with an open scope warning. */
  readonly flaggedAssignments: number
  readonly openWarnings: number
  /** Share of assignments without an open warning, in percent (rounded down to one decimal). */
  readonly compliance: number
}

export interface Comparison {
  readonly a: ChartFigures
  readonly b: ChartFigures
  readonly rolesAdded: readonly RoleRef[]
  readonly rolesRemoved: readonly RoleRef[]
  readonly rolesRetitled: readonly RoleRetitle[]
  readonly dutiesMoved: readonly DutyMove[]
  readonly dutiesAdded: readonly DutyRef[]
  readonly dutiesRemoved: readonly DutyRef[]
  readonly findingsFixed: readonly FindingChange[]
  readonly findingsIntroduced: readonly FindingChange[]
}

export type LintFn = (chart: Chart) => LintResult

/** Percentage rounded down, so one open warning never shows as a clean 100%. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 1000) / 10
}

export function chartFigures(chart: Chart, lint: LintResult): ChartFigures {
  const { roleById } = indexChart(chart)
  const held = chart.duties.filter((d) => d.roleId && roleById.has(d.roleId))
  const warned = new Set(lint.findings.filter((f) => f.severity !== 'info' && f.dutyId).map((f) => `${f.roleId}|${f.dutyId}`))
  const flagged = held.filter((d) => warned.has(`${d.roleId}|${d.id}`)).length
  return {
    roles: chart.roles.length,
    duties: chart.duties.length,
    assignments: held.length,
    flaggedAssignments: flagged,
    openWarnings: lint.findings.filter((f) => f.severity !== 'info').length,
    compliance: percent(held.length - flagged, held.length)
  }
}

function describe(chart: Chart, f: Finding, accepted?: boolean): FindingChange {
  const { roleById, dutyById } = indexChart(chart)
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    label: f.dutyId ? (dutyById.get(f.dutyId)?.label ?? null) : null,
    role: f.roleId ? (roleById.get(f.roleId)?.title ?? null) : null,
    message: f.message,
    ...(f.owner ? { owner: f.owner } : {}),
    ...(accepted !== undefined ? { accepted } : {})
  }
}

/**
 * Findings of one chart missing from the other. Ids may differ between the charts, so
 * a finding is known by its rule, its duty's label and its role (paired as in the
 * role comparison, which falls back to the title).
 */
function unmatched(from: readonly Finding[], keyFrom: (f: Finding) => string, other: readonly Finding[], keyOther: (f: Finding) => string): Finding[] {
  const left = new Map<string, number>()
  for (const f of other) left.set(keyOther(f), (left.get(keyOther(f)) ?? 0) + 1)
  return from.filter((f) => {
    const n = left.get(keyFrom(f)) ?? 0
    if (n > 0) left.set(keyFrom(f), n - 1)
    return n === 0
  })
}

export function compareCharts(a: Chart, b: Chart, lint: LintFn = lintChart): Comparison {
  const roles = matchRoles(a, b)
  const duties = matchDuties(a, b)
  const ia = indexChart(a)
  const ib = indexChart(b)
  const bIdOfA = new Map(roles.pairs.map((p) => [p.a.id, p.b.id]))
  const roleKeyA = (id: string | null | undefined) => (id && ia.roleById.has(id) ? (bIdOfA.has(id) ? `p:${bIdOfA.get(id)}` : `a:${id}`) : '-')
  const roleKeyB = (id: string | null | undefined) => (id && ib.roleById.has(id) ? `p:${id}` : '-')
  const titleA = (id: string | null | undefined) => (id ? (ia.roleById.get(id)?.title ?? null) : null)
  const titleB = (id: string | null | undefined) => (id ? (ib.roleById.get(id)?.title ?? null) : null)

  const lintA = lint(a)
  const lintB = lint(b)
  const findingKey = (chart: Chart, roleKey: (id: string | null) => string) => (f: Finding) =>
    `${f.ruleId}|${normalText((f.dutyId && indexChart(chart).dutyById.get(f.dutyId)?.label) || '')}|${roleKey(f.roleId)}`
  const keyA = findingKey(a, roleKeyA)
  const keyB = findingKey(b, roleKeyB)
  const acceptedInB = new Set(lintB.accepted.map((x) => keyB(x.finding)))

  return {
    a: chartFigures(a, lintA),
    b: chartFigures(b, lintB),
    rolesAdded: roles.onlyB.map((r) => ({ id: r.id, title: r.title })),
    rolesRemoved: roles.onlyA.map((r) => ({ id: r.id, title: r.title })),
    rolesRetitled: roles.pairs.filter((p) => p.a.title !== p.b.title).map((p) => ({ id: p.b.id, from: p.a.title, to: p.b.title })),
    dutiesMoved: duties.pairs
      .filter((p) => roleKeyA(p.a.roleId) !== roleKeyB(p.b.roleId))
      .map((p) => ({ id: p.b.id, label: p.b.label, from: titleA(p.a.roleId), to: titleB(p.b.roleId) })),
    dutiesAdded: duties.onlyB.map((d) => ({ id: d.id, label: d.label, role: titleB(d.roleId) })),
    dutiesRemoved: duties.onlyA.map((d) => ({ id: d.id, label: d.label, role: titleA(d.roleId) })),
    findingsFixed: unmatched(lintA.findings, keyA, lintB.findings, keyB).map((f) => describe(a, f, acceptedInB.has(keyA(f)))),
    findingsIntroduced: unmatched(lintB.findings, keyB, lintA.findings, keyA).map((f) => describe(b, f))
  }
}

/** Number of listed changes, for a quick "n changes" summary. */
export function changeCount(cmp: Comparison): number {
  return (
    cmp.rolesAdded.length + cmp.rolesRemoved.length + cmp.rolesRetitled.length + cmp.dutiesMoved.length +
    cmp.dutiesAdded.length + cmp.dutiesRemoved.length + cmp.findingsFixed.length + cmp.findingsIntroduced.length
  )
}
