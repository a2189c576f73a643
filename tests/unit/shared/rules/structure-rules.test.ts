import { describe, expect, it } from 'vitest'
import type { Duty } from '@shared/model/chart'
import { applyOp, applyOps } from '@shared/ops/operations'
import duplicateDuty from '@shared/rules/duplicate-duty'
import { createLinter, lintChart } from '@shared/rules/lint'
import managerHoldsReportDuty from '@shared/rules/manager-holds-report-duty'
import unassignedDuty from '@shared/rules/unassigned-duty'
import { baseRoles, makeChart } from './fixtures'

const planner = { id: 'pl', title: 'Planner', reportsTo: 'ceo' }
const roles = [...baseRoles, planner]
const chartOf = (duties: readonly Duty[]) => makeChart(roles, duties)

describe('manager-holds-report-duty', () => {
  it.each([
    ['same label', [{ id: 'a', label: 'Count stock', roleId: 'ops' }, { id: 'b', label: 'Count stock', roleId: 'sup' }]],
    ['label differing in case and spaces', [{ id: 'a', label: '  count   STOCK ', roleId: 'ops' }, { id: 'b', label: 'Count stock', roleId: 'sup' }]],
    ['same catalogue card', [{ id: 'a', label: 'Stocktake', cardId: 'c1', roleId: 'ops' }, { id: 'b', label: 'Count stock', cardId: 'c1', roleId: 'sup' }]]
  ])('flags the manager for a %s', (_, duties) => {
    expect(managerHoldsReportDuty.check(chartOf(duties))).toMatchObject([
      { ruleId: 'manager-holds-report-duty', severity: 'info', messageId: 'heldByReport', roleId: 'ops', dutyId: 'a' }
    ])
  })

  it.each([
    ['different duties', [{ id: 'a', label: 'Count stock', roleId: 'ops' }, { id: 'b', label: 'Load vans', roleId: 'sup' }]],
    ['a peer, not a report', [{ id: 'a', label: 'Count stock', roleId: 'ops' }, { id: 'b', label: 'Count stock', roleId: 'pl' }]],
    ['a report of a report', [{ id: 'a', label: 'Count stock', roleId: 'ceo' }, { id: 'b', label: 'Count stock', roleId: 'sup' }]]
  ])('does not flag %s', (_, duties) => {
    expect(managerHoldsReportDuty.check(chartOf(duties))).toEqual([])
  })
})

describe('unassigned-duty', () => {
  it('flags duties held by no role, or by a role that is gone, with roleId null', () => {
    const findings = unassignedDuty.check(chartOf([{ id: 'a', label: 'X' }, { id: 'b', label: 'Y', roleId: null }, { id: 'c', label: 'Z', roleId: 'gone' }, { id: 'd', label: 'W', roleId: 'ops' }]))
    expect(findings.map((f) => [f.dutyId, f.roleId, f.fingerprint])).toEqual([
      ['a', null, 'unassigned-duty||a'],
      ['b', null, 'unassigned-duty||b'],
      ['c', null, 'unassigned-duty||c']
    ])
  })
})

describe('duplicate-duty (one finding per duplicated duty)', () => {
  it('gives one finding, on the first holder in chart order, naming every holder', () => {
    const findings = duplicateDuty.check(chartOf([{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'plan routes', roleId: 'ops' }]))
    expect(findings).toMatchObject([{ ruleId: 'duplicate-duty', severity: 'info', messageId: 'heldByRoles', roleId: 'pl', dutyId: 'a', fingerprint: 'duplicate-duty|pl|a' }])
    expect(findings[0].message).toBe('"Plan routes" is held by 2 roles: Planner, Operations Manager')
  })

  it.each([
    ['an unassigned first copy: the first held copy', [{ id: 'a', label: 'Plan routes' }, { id: 'b', label: 'Plan routes', roleId: 'ops' }, { id: 'c', label: 'Plan routes', roleId: 'pl' }], 'ops', 'b'],
    ['a copy held by a role that is gone: the first copy a role holds', [{ id: 'a', label: 'Plan routes', roleId: 'gone' }, { id: 'b', label: 'Plan routes', roleId: 'pl' }, { id: 'c', label: 'Plan routes', roleId: 'ops' }], 'pl', 'b'],
    ['the same card under two labels', [{ id: 'a', label: 'Stocktake', cardId: 'c1', roleId: 'ops' }, { id: 'b', label: 'Count stock', cardId: 'c1', roleId: 'pl' }], 'ops', 'a'],
    [
      'a card relabelled on one role and a hand-written card with that label',
      [{ id: 'a', label: 'Stocktake', cardId: 'c1', roleId: 'pl' }, { id: 'b', label: 'Count stock', cardId: 'c1' }, { id: 'c', label: 'count stock', roleId: 'ops' }],
      'pl',
      'a'
    ]
  ])('groups %s', (_, duties, roleId, dutyId) => {
    expect(duplicateDuty.check(chartOf(duties)).map((f) => [f.roleId, f.dutyId])).toEqual([[roleId, dutyId]])
  })

  it('counts roles, not copies, and still reports a manager and report when an unrelated role also holds the duty', () => {
    const duties = [
      { id: 'a', label: 'Plan routes', roleId: 'ops' },
      { id: 'b', label: 'Plan routes', roleId: 'sup' },
      { id: 'c', label: 'Plan routes', roleId: 'ops' },
      { id: 'd', label: 'Plan routes', roleId: 'pl' }
    ]
    expect(duplicateDuty.check(chartOf(duties)).map((f) => f.message)).toEqual(['"Plan routes" is held by 3 roles: Operations Manager, Planner, Warehouse Supervisor'])
    expect(managerHoldsReportDuty.check(chartOf(duties)).map((f) => f.dutyId)).toEqual(['a', 'c'])
  })

  it('reports a manager, their report and the report\'s own report: the top and bottom roles are not manager and report', () => {
    const duties = [{ id: 'a', label: 'Plan routes', roleId: 'ceo' }, { id: 'b', label: 'Plan routes', roleId: 'ops' }, { id: 'c', label: 'Plan routes', roleId: 'sup' }]
    expect(duplicateDuty.check(chartOf(duties)).map((f) => f.message)).toEqual(['"Plan routes" is held by 3 roles: CEO, Operations Manager, Warehouse Supervisor'])
  })

  it.each([
    ['a manager and direct report (left to manager-holds-report-duty)', [{ id: 'a', label: 'Plan routes', roleId: 'ops' }, { id: 'b', label: 'Plan routes', roleId: 'sup' }]],
    ['a direct report listed first', [{ id: 'a', label: 'Plan routes', roleId: 'sup' }, { id: 'b', label: 'Plan routes', roleId: 'ops' }]],
    ['one role holding two copies', [{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'Plan routes', roleId: 'pl' }]],
    ['one held copy and one unassigned', [{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'Plan routes' }]],
    ['different duties', [{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'Plan loads', roleId: 'ops' }]]
  ])('does not flag %s', (_, duties) => {
    expect(duplicateDuty.check(chartOf(duties))).toEqual([])
  })
})

describe('duplicate-duty while the chart is edited', () => {
  const start = makeChart(roles, [
    { id: 'a', label: 'Plan routes', roleId: 'pl' },
    { id: 'b', label: 'Plan routes', roleId: 'ops' },
    { id: 'c', label: 'Plan routes' }
  ])
  const exception = { ruleId: 'duplicate-duty', roleId: 'pl', dutyId: 'a', note: 'Shared while the new planner starts' }

  it('keeps its fingerprint, and an accepted exception, while the first holder keeps the duty', () => {
    const linter = createLinter()
    linter.lint({ ...start, exceptions: [exception] })
    const next = applyOp({ ...start, exceptions: [exception] }, { type: 'assignDuty', dutyId: 'c', roleId: 'ceo' }).chart
    const result = linter.lint(next)
    expect(result.findings.filter((f) => f.ruleId === 'duplicate-duty')).toEqual([])
    expect(result.accepted.map((a) => a.finding.message)).toEqual(['"Plan routes" is held by 3 roles: Planner, CEO, Operations Manager'])
    expect(result).toEqual(lintChart(next))
  })

  it('moves to the next holder once the first one gives the duty up', () => {
    const linter = createLinter()
    linter.lint(start)
    const next = applyOps(start, [{ type: 'assignDuty', dutyId: 'a', roleId: null }, { type: 'assignDuty', dutyId: 'c', roleId: 'pl' }]).chart
    const result = linter.lint(next)
    expect(result.findings.filter((f) => f.ruleId === 'duplicate-duty').map((f) => f.fingerprint)).toEqual(['duplicate-duty|ops|b'])
    expect(result).toEqual(lintChart(next))
  })
})

describe('structure rules on a duty many roles hold (one catalogue card across a team)', () => {
  // Lead manages Ann and Bo and reports to Head; five peers elsewhere hold the same card.
  const team = [
    { id: 'head', title: 'Head of Logistics', reportsTo: null },
    { id: 'lead', title: 'Logistics Lead', reportsTo: 'head' },
    { id: 'ann', title: 'Ann Planner', reportsTo: 'lead' },
    { id: 'bo', title: 'Bo Planner', reportsTo: 'lead' },
    ...['Eve', 'Cy', 'Dee', 'Gus', 'Fay'].map((name) => ({ id: name.toLowerCase(), title: `${name} Analyst`, reportsTo: null }))
  ]
  const chart = makeChart(
    team,
    team.map((r, i) => ({ id: `d-${r.id}`, label: i % 2 ? 'Plan loads' : 'Load planning', cardId: 'card-plan-loads', roleId: r.id }))
  )

  it('duplicate-duty gives one finding on the first holder, naming it and then the first others by title, and counting the rest', () => {
    expect(duplicateDuty.check(chart).map((f) => [f.roleId, f.message])).toEqual([
      ['head', '"Load planning" is held by 9 roles: Head of Logistics, Ann Planner, Bo Planner and 6 more']
    ])
  })

  it('manager-holds-report-duty names only the direct reports, sorted by title', () => {
    const findings = managerHoldsReportDuty.check(chart)
    expect(findings.map((f) => [f.roleId, f.message])).toEqual([
      ['head', '"Load planning" is also held by Logistics Lead, who reports to this role'],
      ['lead', '"Plan loads" is also held by Ann Planner, Bo Planner, who reports to this role']
    ])
  })
})
