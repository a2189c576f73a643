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
