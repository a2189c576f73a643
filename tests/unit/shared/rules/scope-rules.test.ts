import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/model/chart'
import { applyOps } from '@shared/ops/operations'
import { type OutOfScopeId, OUT_OF_SCOPE_IDS } from '@shared/rules/categories'
import { lintChart } from '@shared/rules/lint'
import { SCOPE_RULES } from '@shared/rules/registry'
import { suggestedRoleId } from '@shared/rules/suggestions'
import { baseRoles, makeChart, opsHolding } from './fixtures'

/** One typical phrasing per category that must warn when an Operations Manager holds it. */
const INVALID: Readonly<Record<OutOfScopeId, string>> = {
  'strategy-vision': 'Set the company vision',
  'major-finance': 'Secure funding for the business',
  'marketing-campaigns': 'Run marketing campaigns',
  'hr-beyond-operations': 'Negotiate salaries with candidates',
  'software-it': 'Maintain servers',
  'product-design': 'Design new products',
  'legal-compliance': 'Handle legal disputes',
  'research-development': 'Conduct R&D experiments',
  'public-relations': 'Write press releases',
  'investor-relations': 'Communicate with investors',
  'government-relations': 'Lobby government',
  'customer-sales': 'Sell products to customers',
  'individual-tasks': 'Pick and pack orders',
  'clerical-admin': 'Data entry',
  micromanagement: 'Check each employee’s work line by line',
  'non-operational-projects': 'Project manage the marketing campaign'
}

/** In-scope counterparts sharing words with each category: never a warning. */
const VALID: Readonly<Record<OutOfScopeId, string>> = {
  'strategy-vision': 'Provide operational feasibility assessments for strategies',
  'major-finance': 'Present cost-benefit analyses for operational improvements',
  'marketing-campaigns': 'Ensure fulfilment matches marketing promises',
  'hr-beyond-operations': 'Schedule warehouse shifts',
  'software-it': 'Work with IT so systems support operations',
  'product-design': 'Bring finalised designs into production',
  'legal-compliance': 'Keep warehouse processes compliant with regulations',
  'research-development': 'Implement R&D outcomes in production',
  'public-relations': 'Improve on-time delivery',
  'investor-relations': 'Provide operational data to investor relations',
  'government-relations': 'Ensure site compliance with environmental permits',
  'customer-sales': 'Support sales by delivering on time',
  'individual-tasks': 'Oversee picking and packing',
  'clerical-admin': 'Delegate data entry to the admin team',
  micromanagement: 'Monitor team performance against goals',
  'non-operational-projects': 'Take part in cross-functional projects'
}

describe.each(OUT_OF_SCOPE_IDS.map((id) => [id]))('rule ops-manager/%s', (category) => {
  const rule = SCOPE_RULES[category]

  it('has its own stable id, warning severity and a message', () => {
    expect(rule.meta.id).toBe(`ops-manager/${category}`)
    expect(rule.meta.severity).toBe('warning')
    expect(rule.meta.messages.outOfScope).toContain('{{label}}')
  })

  it(`flags "${INVALID[category]}" on an Operations Manager`, () => {
    const findings = rule.check(opsHolding([INVALID[category]]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ ruleId: rule.meta.id, messageId: 'outOfScope', category, roleId: 'ops', dutyId: 'd1' })
    expect(findings[0].evidence.length).toBeGreaterThan(0)
    expect(findings[0].message).toContain(`"${INVALID[category]}"`)
    expect(findings[0].fingerprint).toBe(`ops-manager/${category}|ops|d1`)
  })

  it(`does not flag the counterpart "${VALID[category]}"`, () => {
    expect(lintChart(opsHolding([VALID[category]])).findings.filter((f) => f.severity === 'warning')).toEqual([])
  })

  it('does not flag the same work on a role that is not an Operations Manager', () => {
    const chart = makeChart(baseRoles, [{ id: 'd1', label: INVALID[category], roleId: 'sup' }])
    expect(rule.check(chart)).toEqual([])
  })

  it('uses an explicit category over the label, with no evidence', () => {
    const chart = makeChart(baseRoles, [{ id: 'd1', label: 'Thursday stuff', roleId: 'ops', category }])
    expect(rule.check(chart)).toMatchObject([{ category, evidence: [] }])
  })
})

describe('scope findings', () => {
  it('say who usually owns the work and what to do instead', () => {
    const [f] = lintChart(opsHolding(['Negotiate salaries'])).findings
    expect(f.message).toBe('"Negotiate salaries" is HR work, outside an Operations Manager\'s scope')
    expect(f.owner).toBe('HR')
    expect(f.instead).toMatch(/schedul/i)
    expect(f.reason.length).toBeGreaterThan(20)
  })

  it('an explicit operations category silences the classifier', () => {
    const chart = makeChart(baseRoles, [{ id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'operations' }])
    expect(lintChart(chart).findings).toEqual([])
  })

  it('an explicit roleType "other" turns the scope rules off for that role', () => {
    const roles = baseRoles.map((r) => (r.id === 'ops' ? { ...r, roleType: 'other' as const } : r))
    expect(lintChart(makeChart(roles, [{ id: 'd1', label: 'Negotiate salaries', roleId: 'ops' }])).findings).toEqual([])
  })
})

describe('scope suggestions', () => {
  const hrNear: Role = { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' }
  const hrFar: Role = { id: 'hr2', title: 'HR Business Partner', reportsTo: 'sup' }

  it('offers "Move to" the closest role that usually owns the category', () => {
    const far: Role = { id: 'hr3', title: 'People Partner', reportsTo: 'x' }
    const chart = opsHolding(['Negotiate salaries'], [hrNear, { id: 'x', title: 'Board', reportsTo: null }, far])
    const [f] = lintChart(chart).findings
    expect(f.suggestions.map((s) => s.title)).toEqual(['Move to HR Manager'])
    expect(f.suggestions[0].ops).toEqual([{ type: 'assignDuty', dutyId: 'd1', roleId: 'hr' }])
  })

  it('prefers the owner nearer in the tree', () => {
    const chart = opsHolding(['Negotiate salaries'], [hrFar, { id: 'hrx', title: 'HR Director', reportsTo: 'ceo' }, { id: 'cx', title: 'Chair', reportsTo: null }])
    expect(lintChart(chart).findings[0].suggestions[0].title).toBe('Move to HR Business Partner')
  })

  it('applying "Move to" in one edit removes the finding', () => {
    const chart = opsHolding(['Negotiate salaries'], [hrNear])
    const [f] = lintChart(chart).findings
    const { chart: next, diff } = applyOps(chart, f.suggestions[0].ops)
    expect(lintChart(next).findings.find((x) => x.fingerprint === f.fingerprint)).toBeUndefined()
    expect(diff.duties).toHaveLength(1)
  })

  it('without an owner, offers to add one beside the Operations Manager with an id derived from the duty', () => {
    const chart = opsHolding(['Negotiate salaries'])
    const [f] = lintChart(chart).findings
    expect(f.suggestions.map((s) => s.title)).toEqual(['Add an HR Manager role and move it there'])
    const [add, assign] = f.suggestions[0].ops
    expect(add).toMatchObject({ type: 'addRole', role: { id: suggestedRoleId('d1'), title: 'HR Manager', reportsTo: 'ceo' } })
    expect(assign).toEqual({ type: 'assignDuty', dutyId: 'd1', roleId: suggestedRoleId('d1') })
    expect(lintChart(chart).findings[0].suggestions).toEqual(f.suggestions)
    const next = applyOps(chart, f.suggestions[0].ops).chart
    expect(lintChart(next).findings).toEqual([])
  })

  it('offers the team for hands-on work, and nothing for micromanagement', () => {
    const chart = opsHolding(['Pick and pack orders', 'Check each employee’s work line by line'])
    const [pick, micro] = lintChart(chart).findings
    expect(pick.suggestions.map((s) => s.title)).toEqual(['Move to Warehouse Supervisor'])
    expect(micro.category).toBe('micromanagement')
    expect(micro.suggestions).toEqual([])
  })

  it('places an added role on a free spot, off every card on the chart', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: -600, max: 900 }), y: fc.integer({ min: -300, max: 1500 }) }), { maxLength: 30 }), (spots) => {
        const others: Role[] = spots.map((p, i) => ({ id: `o${i}`, title: 'Analyst', reportsTo: null, ...p }))
        const chart = opsHolding(['Negotiate salaries'], others)
        const [add] = lintChart(chart).findings[0].suggestions[0].ops
        if (add.type !== 'addRole') throw new Error('expected an added role')
        const { x = 0, y = 0 } = add.role
        expect(x).toBe(260)
        const clash = chart.roles.some((r) => Math.abs((r.x ?? 0) - x) < 130 && Math.abs((r.y ?? 0) - y) < 80)
        // Fifty steps down is as far as it looks; past that the spot may be taken.
        expect(clash && y < 200 + 50 * 160).toBe(false)
      }),
      { numRuns: 100 }
    )
  })

  it('offers nothing for strategy when the chart has no executive', () => {
    const chart = makeChart([{ id: 'ops', title: 'Operations Manager' }], [{ id: 'd1', label: 'Set the company vision', roleId: 'ops' }])
    expect(lintChart(chart).findings[0].suggestions).toEqual([])
  })
})
