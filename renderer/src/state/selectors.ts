// Derived views of the store, cached per chart / lint result so that each role node
// can select only its own slice and re-render only when that slice changes.

import type { Duty } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import type { Finding, LintResult } from '@shared/rules/types'
import type { WorkbenchState } from './store'

const NO_DUTIES: readonly Duty[] = []
const NO_FINDINGS: readonly Finding[] = []

const byRoleCache = new WeakMap<LintResult, ReadonlyMap<string, readonly Finding[]>>()

export function findingsByRole(lint: LintResult): ReadonlyMap<string, readonly Finding[]> {
  const hit = byRoleCache.get(lint)
  if (hit) return hit
  const map = new Map<string, Finding[]>()
  for (const f of lint.findings) {
    if (!f.roleId) continue
    const list = map.get(f.roleId)
    if (list) list.push(f)
    else map.set(f.roleId, [f])
  }
  byRoleCache.set(lint, map)
  return map
}

export const selectRole = (id: string) => (s: WorkbenchState) => indexChart(s.chart).roleById.get(id)
export const selectDuties = (id: string) => (s: WorkbenchState) => indexChart(s.chart).dutiesByRole.get(id) ?? NO_DUTIES
export const selectRoleFindings = (id: string) => (s: WorkbenchState) => findingsByRole(s.lint).get(id) ?? NO_FINDINGS
/** Card and warning counts only: what a zoomed-out role shows. */
export const selectRoleSummary = (id: string) => (s: WorkbenchState) => ({
  cards: (indexChart(s.chart).dutiesByRole.get(id) ?? NO_DUTIES).length,
  warnings: (findingsByRole(s.lint).get(id) ?? NO_FINDINGS).filter((f) => f.severity !== 'info').length
})
export const selectWarningCount = (s: WorkbenchState) => s.lint.findings.filter((f) => f.severity !== 'info').length
