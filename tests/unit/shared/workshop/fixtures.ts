// Small charts and hand-made findings for the workshop specs (the rule pack is tested on its own).

import type { Chart } from '@shared/model/chart'
import type { Finding, LintResult } from '@shared/rules/types'

export const chart: Chart = {
  id: 'c1',
  title: 'Northwind',
  roles: [
    { id: 'ceo', title: 'CEO', person: 'Amara' },
    { id: 'ops', title: 'Operations Manager', person: 'Daniel', reportsTo: 'ceo' },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops' },
    { id: 'd2', label: 'Write press releases', roleId: 'ops' },
    { id: 'd3', label: 'Schedule warehouse shifts', roleId: 'ops' },
    { id: 'd4', label: 'Recruit new hires', roleId: null }
  ],
  exceptions: []
}

export function finding(dutyId: string | undefined, roleId: string | null, severity: Finding['severity'] = 'warning', owner?: string): Finding {
  return {
    ruleId: severity === 'warning' ? 'ops-manager/scope' : 'structure/note',
    messageId: 'm',
    severity,
    roleId,
    ...(dutyId ? { dutyId } : {}),
    message: `${dutyId ?? 'role'} is outside ${roleId ?? 'nobody'}`,
    reason: 'Because.',
    ...(owner ? { owner } : {}),
    evidence: [],
    suggestions: [],
    fingerprint: `fp|${roleId ?? ''}|${dutyId ?? ''}|${severity}`
  }
}

export function lint(...findings: Finding[]): LintResult {
  return { findings, accepted: [], stale: [] }
}
