// Edit operations: each changes exactly what it says, refuses what would break the
// chart, and undoes back to the very same chart.

import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import { applyOp, applyOps, OpError, type Op } from '@shared/ops/operations'
import { applyDiff, invertDiff } from '@shared/ops/diff'
import { EMPTY_HISTORY, record, redo, undo } from '@shared/ops/history'

const chart: Chart = {
  id: 'c1',
  title: 'Test',
  roles: [
    { id: 'ceo', title: 'CEO', x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200 },
    { id: 'lead', title: 'Warehouse Lead', reportsTo: 'ops', x: 0, y: 400 },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo', x: 300, y: 200 }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Schedule warehouse shifts', roleId: 'ops' }
  ],
  exceptions: [{ ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'small company' }]
}

const everyKind: [string, Op][] = [
  ['renameChart', { type: 'renameChart', title: 'Renamed' }],
  ['addRole', { type: 'addRole', role: { id: 'new', title: 'IT Lead', reportsTo: 'ceo' } }],
  ['updateRole', { type: 'updateRole', roleId: 'ops', patch: { person: 'Sam', roleType: 'operations-manager' } }],
  ['moveRoles', { type: 'moveRoles', positions: [{ id: 'hr', x: 10, y: 20 }] }],
  ['setReportsTo', { type: 'setReportsTo', roleId: 'hr', reportsTo: 'ops' }],
  ['removeRole', { type: 'removeRole', roleId: 'ops' }],
  ['addDuty', { type: 'addDuty', duty: { id: 'd3', label: 'Write press releases', roleId: 'hr' } }],
  ['updateDuty', { type: 'updateDuty', dutyId: 'd2', patch: { category: 'operations' } }],
  ['assignDuty', { type: 'assignDuty', dutyId: 'd1', roleId: 'hr' }],
  ['removeDuty', { type: 'removeDuty', dutyId: 'd1' }],
  ['acceptException', { type: 'acceptException', exception: { ruleId: 'x', roleId: 'hr', note: 'why not' } }],
  ['removeException', { type: 'removeException', key: 'ops-manager/hr-beyond-operations|ops|d1' }],
  ['addCard', { type: 'addCard', card: { id: 'k1', label: 'Run the tombola', kind: 'duty', group: 'Custom cards', category: '' } }]
]

describe('edit operations', () => {
  it.each(everyKind)('%s undoes to the identical chart', (_name, op) => {
    const { chart: after, diff } = applyOp(chart, op)
    expect(after).not.toEqual(chart)
    expect(applyDiff(after, invertDiff(diff))).toEqual(chart)
  })

  it('removing a role keeps its work (unassigned) and hands its reports to its manager', () => {
    const { chart: after } = applyOp(chart, { type: 'removeRole', roleId: 'ops' })
    expect(after.roles.map((r) => r.id)).toEqual(['ceo', 'lead', 'hr'])
    expect(after.roles.find((r) => r.id === 'lead')?.reportsTo).toBe('ceo')
    expect(after.duties.map((d) => d.roleId)).toEqual([null, null])
    expect(after.exceptions).toEqual([])
  })

  it('refuses a reporting line that would make a loop, naming the role', () => {
    expect(() => applyOp(chart, { type: 'setReportsTo', roleId: 'ops', reportsTo: 'lead' })).toThrow(OpError)
    expect(() => applyOp(chart, { type: 'setReportsTo', roleId: 'ops', reportsTo: 'lead' })).toThrow(/Operations Manager/)
  })

  it('refuses unknown ids and duplicate ids', () => {
    expect(() => applyOp(chart, { type: 'assignDuty', dutyId: 'd1', roleId: 'nobody' })).toThrow(/No role/)
    expect(() => applyOp(chart, { type: 'addRole', role: { id: 'ops', title: 'Again' } })).toThrow(/already exists/)
    expect(() => applyOp(chart, { type: 'removeDuty', dutyId: 'nope' })).toThrow(/No duty/)
  })

  it('refuses an accepted exception without a note', () => {
    expect(() => applyOp(chart, { type: 'acceptException', exception: { ruleId: 'x', note: '  ' } })).toThrow(/note/)
  })

  it('refuses text longer than a chart file allows, saying the limit', () => {
    expect(() => applyOp(chart, { type: 'updateRole', roleId: 'ops', patch: { title: 'x'.repeat(201) } })).toThrow(/at most 200 characters/)
    expect(() => applyOp(chart, { type: 'addDuty', duty: { id: 'long', label: 'y'.repeat(201) } })).toThrow(/at most 200 characters/)
    expect(applyOp(chart, { type: 'updateRole', roleId: 'ops', patch: { title: 'x'.repeat(200) } }).chart.roles[1]?.title).toHaveLength(200)
  })

  it('custom Library cards are part of the chart: removed and restored in place by undo', () => {
    const card = (id: string) => ({ id, label: `Card ${id}`, kind: 'duty' as const, group: 'Custom cards', category: '' })
    const withCards: Chart = { ...chart, cards: [card('k1'), card('k2'), card('k3')] }
    const { chart: after, diff } = applyOp(withCards, { type: 'removeCard', cardId: 'k2' })
    expect(after.cards?.map((c) => c.id)).toEqual(['k1', 'k3'])
    expect(applyDiff(after, invertDiff(diff))).toEqual(withCards)
    expect(() => applyOp(withCards, { type: 'addCard', card: card('k1') })).toThrow(/already exists/)
    expect(() => applyOp(withCards, { type: 'removeCard', cardId: 'nope' })).toThrow(/No Library card/)
    expect(() => applyOp(chart, { type: 'addCard', card: { ...card('k9'), label: 'z'.repeat(201) } })).toThrow(/at most 200/)
  })

  it('a patch with undefined clears the field', () => {
    const { chart: after } = applyOp(chart, { type: 'updateDuty', dutyId: 'd1', patch: { category: undefined } })
    expect('category' in after.duties[0]!).toBe(false)
  })

  it('applyOps is all or nothing and one diff', () => {
    const ops: Op[] = [
      { type: 'addRole', role: { id: 'hr2', title: 'HR Partner', reportsTo: 'hr' } },
      { type: 'assignDuty', dutyId: 'd1', roleId: 'hr2' }
    ]
    const { chart: after, diff } = applyOps(chart, ops)
    expect(after.duties[0]?.roleId).toBe('hr2')
    expect(applyDiff(after, invertDiff(diff))).toEqual(chart)
    expect(() => applyOps(chart, [...ops, { type: 'removeDuty', dutyId: 'missing' }])).toThrow(OpError)
  })

  it('keeps the order of untouched entities and appends new ones', () => {
    const { chart: after } = applyOps(chart, [
      { type: 'updateRole', roleId: 'ceo', patch: { title: 'Chief Executive' } },
      { type: 'addRole', role: { id: 'z', title: 'Z' } }
    ])
    expect(after.roles.map((r) => r.id)).toEqual(['ceo', 'ops', 'lead', 'hr', 'z'])
  })
})

describe('history', () => {
  it('undo and redo walk the named steps back and forth', () => {
    let h = EMPTY_HISTORY
    let cur = chart
    for (const [label, op] of everyKind.slice(0, 4)) {
      const r = applyOp(cur, op)
      h = record(h, { label, diff: r.diff })
      cur = r.chart
    }
    const states = [cur]
    for (let i = 0; i < 4; i++) {
      const step = undo(cur, h)!
      cur = step.chart
      h = step.history
      states.push(cur)
    }
    expect(cur).toEqual(chart)
    expect(undo(cur, h)).toBeNull()
    for (let i = 0; i < 4; i++) {
      const step = redo(cur, h)!
      cur = step.chart
      h = step.history
    }
    expect(cur).toEqual(states[0])
    expect(redo(cur, h)).toBeNull()
  })

  it('a new edit clears the redo stack', () => {
    const a = applyOp(chart, everyKind[0]![1])
    let h = record(EMPTY_HISTORY, { label: 'a', diff: a.diff })
    const u = undo(a.chart, h)!
    h = u.history
    expect(h.redo).toHaveLength(1)
    const b = applyOp(u.chart, everyKind[3]![1])
    h = record(h, { label: 'b', diff: b.diff })
    expect(h.redo).toHaveLength(0)
  })
})
