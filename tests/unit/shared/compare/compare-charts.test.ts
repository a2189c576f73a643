import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import type { Chart } from '@shared/model/chart'
import { exceptionKey } from '@shared/model/chart'
import { applyOps } from '@shared/ops/operations'
import type { Finding, LintResult } from '@shared/rules/types'
import { lintChart } from '@shared/rules/lint'
import { compareCharts, changeCount, type LintFn } from '@shared/compare/compare-charts'
import { comparisonCsv, comparisonMarkdown, csvSafe } from '@shared/compare/compare-export'
import { defaultChart, DEFAULT_OPS_MANAGER_ID, DEFAULT_OUT_OF_SCOPE_DUTY_IDS } from '@shared/fixtures/default-chart'

/**
 * A stand-in rule so these tests pin the comparison itself, not the rule pack: work
 * whose category is not "operations" is flagged on any role titled "... Operations ...".
 */
const toyLint: LintFn = (chart) => {
  const all: Finding[] = chart.duties.flatMap((d) => {
    const role = chart.roles.find((r) => r.id === d.roleId)
    if (!role || !/operations/i.test(role.title) || !d.category || d.category === 'operations') return []
    return [{
      ruleId: 'toy-scope', messageId: 'outside', severity: 'warning' as const, roleId: role.id, dutyId: d.id, category: d.category,
      message: `“${d.label}” is outside ${role.title}'s scope`, reason: 'toy', owner: 'HR', evidence: [], suggestions: [], fingerprint: `${role.id}|${d.id}`
    }]
  })
  const keys = new Set(chart.exceptions.map(exceptionKey))
  const isAccepted = (f: Finding) => keys.has(exceptionKey({ ruleId: f.ruleId, roleId: f.roleId ?? undefined, dutyId: f.dutyId }))
  return {
    findings: all.filter((f) => !isAccepted(f)),
    accepted: all.filter(isAccepted).map((f) => ({ finding: f, exception: chart.exceptions.find((e) => exceptionKey(e) === exceptionKey({ ruleId: f.ruleId, roleId: f.roleId ?? undefined, dutyId: f.dutyId })) as Chart['exceptions'][number] })),
    stale: []
  } satisfies LintResult
}

const base: Chart = {
  id: 'current', title: 'Current', exceptions: [],
  roles: [
    { id: 'ceo', title: 'CEO' },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo' },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' },
    { id: 'it', title: 'IT Lead', reportsTo: 'ceo' }
  ],
  duties: [
    { id: 'd1', label: 'Plan delivery routes', roleId: 'ops', category: 'operations' },
    { id: 'd2', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations', cardId: 'card-negotiate-salaries' },
    { id: 'd3', label: 'Write press releases', roleId: 'ops', category: 'public-relations' },
    { id: 'd4', label: 'Recruit new hires', roleId: 'hr', category: 'hr-beyond-operations' }
  ]
}

/** The scenario: a duplicate (same ids) edited with ordinary edit operations. */
function scenario(...ops: Parameters<typeof applyOps>[1]): Chart {
  return { ...applyOps(base, ops).chart, id: 'proposed', title: 'Proposed' }
}

describe('compareCharts', () => {
  it('reports nothing changed between a chart and its untouched duplicate', () => {
    const cmp = compareCharts(base, scenario(), toyLint)
    expect(changeCount(cmp)).toBe(0)
    expect(cmp.a).toEqual(cmp.b)
  })

  it('reports a duty moved from one role to another, the finding it fixes and the better compliance', () => {
    const cmp = compareCharts(base, scenario({ type: 'assignDuty', dutyId: 'd2', roleId: 'hr' }), toyLint)
    expect(cmp.dutiesMoved).toEqual([{ id: 'd2', label: 'Negotiate salaries', from: 'Operations Manager', to: 'HR Manager' }])
    expect(cmp.findingsFixed.map((f) => [f.label, f.role, f.accepted])).toEqual([['Negotiate salaries', 'Operations Manager', false]])
    expect(cmp.findingsIntroduced).toEqual([])
    expect(cmp.a.compliance).toBe(50)
    expect(cmp.b.compliance).toBe(75)
    expect(cmp.b.openWarnings).toBe(cmp.a.openWarnings - 1)
  })

  it('reports work taken off every role as moved to nobody', () => {
    const cmp = compareCharts(base, scenario({ type: 'assignDuty', dutyId: 'd3', roleId: null }), toyLint)
    expect(cmp.dutiesMoved).toEqual([{ id: 'd3', label: 'Write press releases', from: 'Operations Manager', to: null }])
    expect(cmp.b.assignments).toBe(3)
  })

  it('tells roles added, removed and retitled apart', () => {
    const cmp = compareCharts(
      base,
      scenario(
        { type: 'addRole', role: { id: 'pr', title: 'Communications Manager', reportsTo: 'ceo' } },
        { type: 'removeRole', roleId: 'it' },
        { type: 'updateRole', roleId: 'hr', patch: { title: 'People Lead' } }
      ),
      toyLint
    )
    expect(cmp.rolesAdded).toEqual([{ id: 'pr', title: 'Communications Manager' }])
    expect(cmp.rolesRemoved).toEqual([{ id: 'it', title: 'IT Lead' }])
    expect(cmp.rolesRetitled).toEqual([{ id: 'hr', from: 'HR Manager', to: 'People Lead' }])
  })

  it('pairs roles and duties by title and label when a chart was rebuilt with new ids', () => {
    const rebuilt: Chart = {
      ...base,
      id: 'rebuilt',
      roles: base.roles.map((r) => ({ ...r, id: `n-${r.id}`, reportsTo: r.reportsTo ? `n-${r.reportsTo}` : r.reportsTo })),
      duties: base.duties.map((d) => ({ ...d, id: `n-${d.id}`, roleId: d.id === 'd3' ? 'n-hr' : `n-${d.roleId}` }))
    }
    const cmp = compareCharts(base, rebuilt, toyLint)
    expect(cmp.rolesAdded).toEqual([])
    expect(cmp.rolesRemoved).toEqual([])
    expect(cmp.dutiesAdded).toEqual([])
    expect(cmp.dutiesMoved.map((m) => [m.label, m.from, m.to])).toEqual([['Write press releases', 'Operations Manager', 'HR Manager']])
    expect(cmp.findingsFixed.map((f) => f.label)).toEqual(['Write press releases'])
    expect(cmp.findingsIntroduced).toEqual([])
  })

  it('does not pair duties that share a label but come from different catalogue cards', () => {
    const other: Chart = { ...base, duties: [...base.duties.filter((d) => d.id !== 'd2'), { id: 'x2', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations', cardId: 'card-other' }] }
    const cmp = compareCharts(base, other, toyLint)
    expect(cmp.dutiesAdded.map((d) => d.id)).toEqual(['x2'])
    expect(cmp.dutiesRemoved.map((d) => d.id)).toEqual(['d2'])
  })

  it('reports findings introduced by new out-of-scope work and marks findings accepted as exceptions', () => {
    const cmp = compareCharts(
      base,
      scenario(
        { type: 'addDuty', duty: { id: 'd9', label: 'Manage servers', roleId: 'ops', category: 'software-it' } },
        { type: 'acceptException', exception: { ruleId: 'toy-scope', roleId: 'ops', dutyId: 'd3', note: 'Small company, for now' } }
      ),
      toyLint
    )
    expect(cmp.dutiesAdded).toEqual([{ id: 'd9', label: 'Manage servers', role: 'Operations Manager' }])
    expect(cmp.findingsIntroduced.map((f) => f.label)).toEqual(['Manage servers'])
    expect(cmp.findingsFixed.map((f) => [f.label, f.accepted])).toEqual([['Write press releases', true]])
  })

  it('counts a chart without assigned work as fully compliant and never rounds an open warning up to 100%', () => {
    const empty: Chart = { ...base, duties: [] }
    expect(compareCharts(empty, empty, toyLint).a.compliance).toBe(100)
    const many: Chart = {
      ...base,
      duties: [...Array.from({ length: 1999 }, (_, i) => ({ id: `ok${i}`, label: `Task ${i}`, roleId: 'ops', category: 'operations' })), base.duties[1]]
    }
    expect(compareCharts(many, many, toyLint).a.compliance).toBe(99.9)
  })

  it('with the real rule pack, moving a flagged duty from the default chart\'s Operations Manager to HR fixes its finding', () => {
    const current = defaultChart()
    const [flagged] = DEFAULT_OUT_OF_SCOPE_DUTY_IDS
    const proposed = applyOps(current, [{ type: 'assignDuty', dutyId: flagged, roleId: 'role-hr' }]).chart
    const cmp = compareCharts(current, proposed)
    expect(lintChart(current).findings.some((f) => f.dutyId === flagged && f.roleId === DEFAULT_OPS_MANAGER_ID)).toBe(true)
    expect(cmp.dutiesMoved.map((m) => [m.from, m.to])).toEqual([['Operations Manager', 'HR Manager']])
    expect(cmp.findingsFixed.map((f) => f.role)).toEqual(['Operations Manager'])
    expect(cmp.b.compliance).toBeGreaterThan(cmp.a.compliance)
  })
})

describe('comparison exports', () => {
  const cmp = compareCharts(base, scenario({ type: 'assignDuty', dutyId: 'd2', roleId: 'hr' }, { type: 'updateRole', roleId: 'it', patch: { title: '=HYPERLINK("x")' } }), toyLint)

  it('writes Markdown with the compliance figures, the move and the fixed finding', () => {
    const md = comparisonMarkdown(cmp, 'Current', 'Proposed')
    expect(md).toMatch(/^# Comparison: Current and Proposed/)
    expect(md).toContain('| Compliance (cards held without a scope warning) | 50.0% | 75.0% |')
    expect(md).toContain('## Duties moved (1)\n\n- **Negotiate salaries**: Operations Manager → HR Manager')
    expect(md).toMatch(/## Findings fixed \(1\)\n\n- \*\*Negotiate salaries\*\* on Operations Manager: /)
    expect(md).toContain('## Findings introduced (0)\n\n_None._')
  })

  it('escapes Markdown in user text', () => {
    const md = comparisonMarkdown(cmp, 'Current *draft*', 'A | B')
    expect(md).toContain('# Comparison: Current \\*draft\\* and A \\| B')
  })

  it('writes one CSV row per change under the header kind,item,from,to,detail', () => {
    const rows = Papa.parse<string[]>(comparisonCsv(cmp).trim()).data
    expect(rows[0]).toEqual(['kind', 'item', 'from', 'to', 'detail'])
    expect(rows.map((r) => r[0])).toEqual(['kind', 'Compliance', 'Role retitled', 'Duty moved', 'Finding fixed'])
    expect(rows.find((r) => r[0] === 'Duty moved')).toEqual(['Duty moved', 'Negotiate salaries', 'Operations Manager', 'HR Manager', ''])
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<string[]>(comparisonCsv(cmp).trim()).data
    const retitle = rows.find((r) => r[0] === 'Role retitled') as string[]
    expect(retitle[1]).toBe('\'=HYPERLINK("x")')
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1']) expect(csvSafe(cell).startsWith('\'')).toBe(true)
    expect(csvSafe('Plan routes')).toBe('Plan routes')
  })
})
