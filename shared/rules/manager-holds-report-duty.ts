// Rule manager-holds-report-duty: a manager holds the same duty as one of their
// direct reports. Usually the work was delegated and the card stayed behind, or the
// manager does the report's job; either way the chart says two people own it.

import { defineDutyRule, makeFinding } from './define-rule'
import { nameRoles } from './holders'
import type { RuleMeta } from './types'

const meta: RuleMeta = {
  id: 'manager-holds-report-duty',
  severity: 'info',
  description: 'A manager holds the same duty as one of their direct reports.',
  docs: 'Work held both by a manager and by someone reporting to them has no single owner. Keep it with the person who does it; the manager oversees it through the report.',
  messages: { heldByReport: '"{{label}}" is also held by {{reports}}, who reports to this role' },
  hasSuggestions: false
}

export default defineDutyRule(meta, (ctx, duty) => {
  const manager = ctx.role(duty.roleId)
  if (!manager) return null
  // Looked up per group instead of filtered out of a possibly long list of holders.
  const reports = ctx.reportsHoldingSame(duty, manager)
  if (reports.length === 0) return null
  return makeFinding(meta, {
    messageId: 'heldByReport',
    roleId: manager.id,
    dutyId: duty.id,
    data: { label: duty.label, reports: nameRoles(reports) },
    reason: 'A duty held by a manager and by their direct report has two owners; usually the report does the work and the manager oversees it.'
  })
}, { needsCopies: true })
