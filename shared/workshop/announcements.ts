// What a screen reader should hear after an edit: work given to a role and warnings
// that were not there before. Findings are compared by fingerprint, so a warning that
// only moved position in the list is not "new"; a bulk edit becomes one short line.

import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { LintResult } from '../rules/types'

export interface AssignmentEvent {
  readonly dutyLabel: string
  readonly roleTitle: string
}

export interface WarningEvent {
  readonly fingerprint: string
  readonly dutyLabel: string
  readonly roleTitle: string
  readonly message: string
  readonly owner?: string
}

export interface ChangeEvents {
  readonly assignments: readonly AssignmentEvent[]
  readonly newWarnings: readonly WarningEvent[]
}

export const NO_CHANGES: ChangeEvents = { assignments: [], newWarnings: [] }

/** Work that gained a holder and warnings that appeared between two versions of one chart. */
export function describeChange(prevChart: Chart, nextChart: Chart, prevLint: LintResult, nextLint: LintResult): ChangeEvents {
  if (prevChart.id !== nextChart.id) return NO_CHANGES
  const before = indexChart(prevChart)
  const after = indexChart(nextChart)
  const assignments: AssignmentEvent[] = []
  if (prevChart.duties !== nextChart.duties) {
    for (const d of nextChart.duties) {
      if (!d.roleId) continue
      const role = after.roleById.get(d.roleId)
      const old = before.dutyById.get(d.id)
      if (role && (old?.roleId ?? null) !== d.roleId) assignments.push({ dutyLabel: d.label, roleTitle: role.title })
    }
  }
  const known = new Set(prevLint.findings.map((f) => f.fingerprint))
  const newWarnings: WarningEvent[] = []
  if (prevLint !== nextLint) {
    for (const f of nextLint.findings) {
      if (f.severity === 'info' || known.has(f.fingerprint)) continue
      newWarnings.push({
        fingerprint: f.fingerprint,
        dutyLabel: (f.dutyId && after.dutyById.get(f.dutyId)?.label) || '',
        roleTitle: (f.roleId && after.roleById.get(f.roleId)?.title) || '',
        message: f.message,
        ...(f.owner ? { owner: f.owner } : {})
      })
    }
  }
  return { assignments, newWarnings }
}

const MAX_NAMED = 2

function warningText(w: WarningEvent): string {
  const what = w.dutyLabel && w.roleTitle ? `${w.dutyLabel} on ${w.roleTitle}` : w.message
  return `${what}${w.owner ? ` — usually owned by ${w.owner}` : ''}`
}

/** One line for the live region; empty when there is nothing worth saying. */
export function announcementText(events: ChangeEvents): string {
  const parts: string[] = []
  const { assignments, newWarnings } = events
  if (assignments.length > MAX_NAMED) parts.push(`${assignments.length} cards assigned.`)
  else for (const a of assignments) parts.push(`“${a.dutyLabel}” is now with ${a.roleTitle}.`)
  if (newWarnings.length === 1) parts.push(`New warning: ${warningText(newWarnings[0])}.`)
  else if (newWarnings.length > 1) {
    const named = newWarnings.slice(0, MAX_NAMED).map(warningText).join('; ')
    const more = newWarnings.length - MAX_NAMED
    parts.push(`New warnings (${newWarnings.length}): ${named}${more > 0 ? `; and ${more} more` : ''}.`)
  }
  return parts.join(' ')
}
