import { describe, expect, it } from 'vitest'
import type { Duty } from '@shared/model/chart'
import duplicateDuty from '@shared/rules/duplicate-duty'
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

describe('duplicate-duty (one finding per holder)', () => {
  it('flags every holder of a duty held by unrelated roles', () => {
    const findings = duplicateDuty.check(chartOf([{ id: 'a', label: 'Plan routes', roleId: 'ops' }, { id: 'b', label: 'plan routes', roleId: 'pl' }]))
    expect(findings.map((f) => [f.roleId, f.dutyId])).toEqual([['ops', 'a'], ['pl', 'b']])
    expect(findings[0].message).toBe('"Plan routes" is also held by Planner')
  })

  it.each([
    ['a manager and direct report (left to manager-holds-report-duty)', [{ id: 'a', label: 'Plan routes', roleId: 'ops' }, { id: 'b', label: 'Plan routes', roleId: 'sup' }]],
    ['one role holding two copies', [{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'Plan routes', roleId: 'pl' }]],
    ['one held copy and one unassigned', [{ id: 'a', label: 'Plan routes', roleId: 'pl' }, { id: 'b', label: 'Plan routes' }]]
  ])('does not flag %s', (_, duties) => {
    expect(duplicateDuty.check(chartOf(duties))).toEqual([])
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

  it('duplicate-duty names the first three other holders by title and counts the rest, leaving out the manager and reports', () => {
    const lead = duplicateDuty.check(chart).find((f) => f.roleId === 'lead')
    expect(lead?.message).toBe('"Plan loads" is also held by Cy Analyst, Dee Analyst, Eve Analyst and 2 more')
    const ann = duplicateDuty.check(chart).find((f) => f.roleId === 'ann')
    expect(ann?.message).toBe('"Load planning" is also held by Bo Planner, Cy Analyst, Dee Analyst and 4 more')
  })

  it('manager-holds-report-duty names only the direct reports, sorted by title', () => {
    const findings = managerHoldsReportDuty.check(chart)
    expect(findings.map((f) => [f.roleId, f.message])).toEqual([
      ['head', '"Load planning" is also held by Logistics Lead, who reports to this role'],
      ['lead', '"Plan loads" is also held by Ann Planner, Bo Planner, who reports to this role']
    ])
  })
})
