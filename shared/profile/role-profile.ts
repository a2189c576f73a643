// A one-page description of a role for the people who will hold it: what it is
// responsible for (grouped by business function), what the rules still flag, and,
// for roles a rule pack covers, what it is NOT responsible for and who owns that work.

import type { CardKind, Chart, Duty, Role } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { categoryOf, notResponsibleFor, type CategoryId, type NotResponsibleItem } from '../rules/categories'
import { effectiveCategory } from '../rules/effective-category'
import { lintChart } from '../rules/lint'
import { isOperationsManager } from '../rules/role-type'
import type { LintResult, Severity } from '../rules/types'

export const OTHER_GROUP = 'Other'

export interface ProfileDuty {
  readonly id: string
  readonly label: string
  readonly kind: CardKind
  /** True when an open warning says this work lies outside the role. */
  readonly flagged: boolean
}

export interface ResponsibilityGroup {
  readonly title: string
  readonly duties: readonly ProfileDuty[]
}

export interface ProfileFinding {
  readonly ruleId: string
  readonly severity: Severity
  readonly label: string | null
  readonly message: string
  readonly reason: string
  readonly owner?: string
  readonly instead?: string
}

export interface NotResponsibleEntry extends NotResponsibleItem {
  /** A role in this chart that usually owns the work ("HR Manager"), if there is one. */
  readonly ownerInChart: string | null
  /** Labels of work in this category the role holds right now. */
  readonly heldNow: readonly string[]
}

export interface RoleProfile {
  readonly roleId: string
  readonly title: string
  readonly person?: string
  readonly department?: string
  readonly manager: string | null
  readonly reports: readonly string[]
  /** True when the Operations Manager rule pack applies to the role. */
  readonly operationsManager: boolean
  readonly responsibilities: readonly ResponsibilityGroup[]
  readonly findings: readonly ProfileFinding[]
  readonly notResponsibleFor: readonly NotResponsibleEntry[]
  readonly exceptions: readonly { readonly label: string | null; readonly note: string }[]
}

/** Business function first (how the Library groups cards), then the category's title. */
function groupTitle(duty: Duty): string {
  if (duty.group?.trim()) return duty.group.trim()
  const category = effectiveCategory(duty).category
  return category ? categoryOf(category).title : OTHER_GROUP
}

function groupDuties(duties: readonly Duty[], flagged: ReadonlySet<string>): ResponsibilityGroup[] {
  const groups = new Map<string, ProfileDuty[]>()
  for (const d of duties) {
    const title = groupTitle(d)
    const item = { id: d.id, label: d.label, kind: d.kind ?? 'duty', flagged: flagged.has(d.id) }
    const list = groups.get(title)
    if (list) list.push(item)
    else groups.set(title, [item])
  }
  const titles = [...groups.keys()].filter((t) => t !== OTHER_GROUP)
  if (groups.has(OTHER_GROUP)) titles.push(OTHER_GROUP)
  return titles.map((title) => ({ title, duties: groups.get(title) as ProfileDuty[] }))
}

function ownerInChart(chart: Chart, self: Role, id: CategoryId): string | null {
  const patterns = categoryOf(id).ownerTitles
  const owner = chart.roles.find((r) => r.id !== self.id && patterns.some((p) => p.test(r.title.toLowerCase())))
  return owner?.title ?? null
}

/** The profile of one role; null when the chart has no such role. Pass the current lint result to avoid linting again. */
export function roleProfile(chart: Chart, roleId: string, lint: LintResult = lintChart(chart)): RoleProfile | null {
  const index = indexChart(chart)
  const role = index.roleById.get(roleId)
  if (!role) return null
  const duties = index.dutiesByRole.get(roleId) ?? []
  const open = lint.findings.filter((f) => f.roleId === roleId)
  const flagged = new Set(open.filter((f) => f.severity !== 'info' && f.dutyId).map((f) => f.dutyId as string))
  const labelOf = (dutyId: string | undefined) => (dutyId ? (index.dutyById.get(dutyId)?.label ?? null) : null)
  const ops = isOperationsManager(role)
  const findingCategory = new Map(open.filter((f) => f.dutyId && f.category).map((f) => [f.dutyId as string, f.category as string]))

  return {
    roleId,
    title: role.title,
    ...(role.person ? { person: role.person } : {}),
    ...(role.department ? { department: role.department } : {}),
    manager: role.reportsTo ? (index.roleById.get(role.reportsTo)?.title ?? null) : null,
    reports: (index.reportsOf.get(roleId) ?? []).map((r) => r.title),
    operationsManager: ops,
    responsibilities: groupDuties(duties, flagged),
    findings: open.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      label: labelOf(f.dutyId),
      message: f.message,
      reason: f.reason,
      ...(f.owner ? { owner: f.owner } : {}),
      ...(f.instead ? { instead: f.instead } : {})
    })),
    notResponsibleFor: notResponsibleFor(ops ? 'operations-manager' : 'other').map((item) => ({
      ...item,
      ownerInChart: ownerInChart(chart, role, item.id),
      heldNow: duties.filter((d) => (findingCategory.get(d.id) ?? effectiveCategory(d).category) === item.id).map((d) => d.label)
    })),
    exceptions: lint.accepted
      .filter((a) => a.finding.roleId === roleId)
      .map((a) => ({ label: labelOf(a.finding.dutyId), note: a.exception.note }))
  }
}
