import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import type { Finding, LintResult } from '@shared/rules/types'
import { OUT_OF_SCOPE_IDS } from '@shared/rules/categories'
import { roleProfile, OTHER_GROUP } from '@shared/profile/role-profile'
import { roleProfileMarkdown } from '@shared/profile/profile-markdown'
import { defaultChart, DEFAULT_OPS_MANAGER_ID, DEFAULT_OUT_OF_SCOPE_DUTY_IDS } from '@shared/fixtures/default-chart'

const NO_LINT: LintResult = { findings: [], accepted: [], stale: [] }

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'ops-scope', messageId: 'outside', severity: 'warning', roleId: 'ops', message: 'Outside the role', reason: 'Belongs to HR',
    evidence: [], suggestions: [], fingerprint: `f-${over.dutyId}`, ...over
  }
}

const chart: Chart = {
  id: 'c', title: 'Profile Co', exceptions: [],
  roles: [
    { id: 'ceo', title: 'CEO' },
    { id: 'ops', title: 'Operations Manager', person: 'Ben Ortiz', department: 'Operations', reportsTo: 'ceo' },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' },
    { id: 'wh', title: 'Warehouse Lead', reportsTo: 'ops' }
  ],
  duties: [
    { id: 'd1', label: 'Plan delivery routes', roleId: 'ops', group: 'Logistics', category: 'operations' },
    { id: 'd2', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
    { id: 'd3', label: 'Book carriers', roleId: 'ops', group: 'Logistics' },
    { id: 'd4', label: 'Zzq blorp', roleId: 'ops' },
    { id: 'd5', label: 'Recruit new hires', roleId: 'hr', category: 'hr-beyond-operations' }
  ]
}

describe('roleProfile', () => {
  it('groups responsibilities by business function, then category title, with unplaceable work under Other last', () => {
    const p = roleProfile(chart, 'ops', NO_LINT)
    expect(p?.responsibilities.map((g) => [g.title, g.duties.map((d) => d.id)])).toEqual([
      ['Logistics', ['d1', 'd3']],
      ['HR beyond operations', ['d2']],
      [OTHER_GROUP, ['d4']]
    ])
  })

  it('describes where the role sits: person, department, manager and reports', () => {
    const p = roleProfile(chart, 'ops', NO_LINT)
    expect(p).toMatchObject({ title: 'Operations Manager', person: 'Ben Ortiz', department: 'Operations', manager: 'CEO', reports: ['Warehouse Lead'], operationsManager: true })
  })

  it('lists the open findings of this role only and marks the flagged work', () => {
    const lint: LintResult = {
      ...NO_LINT,
      findings: [finding({ dutyId: 'd2', owner: 'HR', category: 'hr-beyond-operations' }), finding({ roleId: 'hr', dutyId: 'd5' })]
    }
    const p = roleProfile(chart, 'ops', lint)
    expect(p?.findings).toEqual([expect.objectContaining({ label: 'Negotiate salaries', owner: 'HR', message: 'Outside the role' })])
    expect(p?.responsibilities.flatMap((g) => g.duties).filter((d) => d.flagged).map((d) => d.id)).toEqual(['d2'])
  })

  it('says what an Operations Manager is not responsible for, who usually owns it and who owns it in this chart', () => {
    const p = roleProfile(chart, 'ops', NO_LINT)
    expect(p?.notResponsibleFor.map((i) => i.id)).toEqual([...OUT_OF_SCOPE_IDS])
    const hr = p?.notResponsibleFor.find((i) => i.id === 'hr-beyond-operations')
    expect(hr).toMatchObject({ owner: 'HR', ownerInChart: 'HR Manager', heldNow: ['Negotiate salaries'] })
    expect(p?.notResponsibleFor.every((i) => i.owner.length > 0)).toBe(true)
    expect(p?.notResponsibleFor.find((i) => i.id === 'legal-compliance')?.ownerInChart).toBeNull()
  })

  it('has no "Not responsible for" list for roles no rule pack covers', () => {
    expect(roleProfile(chart, 'hr', NO_LINT)?.notResponsibleFor).toEqual([])
    expect(roleProfile(chart, 'hr', NO_LINT)?.operationsManager).toBe(false)
  })

  it('returns null for a role that is not in the chart', () => {
    expect(roleProfile(chart, 'nope', NO_LINT)).toBeNull()
  })

  it('lists exceptions the group accepted for this role', () => {
    const f = finding({ dutyId: 'd2' })
    const p = roleProfile(chart, 'ops', { ...NO_LINT, accepted: [{ finding: f, exception: { ruleId: f.ruleId, roleId: 'ops', dutyId: 'd2', note: 'Until HR is hired' } }] })
    expect(p?.exceptions).toEqual([{ label: 'Negotiate salaries', note: 'Until HR is hired' }])
  })
})

describe('roleProfile with the real rule pack', () => {
  it('flags the default chart\'s two out-of-scope duties on its Operations Manager', () => {
    const p = roleProfile(defaultChart(), DEFAULT_OPS_MANAGER_ID)!
    const flagged = p.responsibilities.flatMap((g) => g.duties).filter((d) => d.flagged).map((d) => d.id)
    expect(flagged.sort()).toEqual([...DEFAULT_OUT_OF_SCOPE_DUTY_IDS].sort())
    expect(p.findings.filter((f) => f.severity === 'warning').map((f) => f.owner)).toContain('HR')
  })
})

describe('roleProfileMarkdown', () => {
  it('writes the profile of the default chart\'s Operations Manager with owners named in "Not responsible for"', () => {
    const md = roleProfileMarkdown(roleProfile(defaultChart(), DEFAULT_OPS_MANAGER_ID, NO_LINT)!)
    expect(md).toMatch(/^# Role profile: Operations Manager\n/)
    expect(md).toContain('**Reports to:** CEO')
    expect(md).toMatch(/## Responsibilities \(4\)/)
    const section = md.slice(md.indexOf('## Not responsible for'))
    expect(section).toMatch(/^## Not responsible for \(16\)/)
    expect(section).toContain('**HR beyond operations** — usually owned by HR (in this chart: HR Manager).')
    expect(section).toContain('**Currently held here:** Negotiate salaries.')
  })

  it('says so when no scope rules cover the role, and escapes user text', () => {
    const md = roleProfileMarkdown(roleProfile({ ...chart, roles: [...chart.roles, { id: 'x', title: '*Chief* <Fun> Officer' }] }, 'x', NO_LINT)!)
    expect(md).toContain('# Role profile: \\*Chief\\* \\<Fun\\> Officer')
    expect(md).toContain('_No work assigned yet._')
    expect(md).toMatch(/## Not responsible for \(0\)\n\n_No scope rules cover this role type/)
  })
})
