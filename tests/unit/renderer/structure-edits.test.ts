// Structural edits as the canvas makes them: a new report or peer lands in a free slot
// with its branch re-arranged, moving a role under another manager makes room, deleting
// closes the gap, and each of them is one undo step that restores the chart exactly.

import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import { applyOps } from '@shared/ops/operations'
import { EMPTY_HISTORY, record, undo } from '@shared/ops/history'
import { defaultChart } from '@shared/fixtures/default-chart'
import { boxOf, chartDirection, overlaps } from '../../../renderer/src/canvas/branch-layout'
import { isUnder, planAddPeer, planAddReport, planAddRole, planDeleteRole, planSetManager } from '../../../renderer/src/canvas/structure-edits'

function overlapping(chart: Chart): string[] {
  const boxes = chart.roles.map((r) => ({ title: r.title, ...boxOf(chart, r) }))
  return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.title} / ${b.title}`))
}

function undoesInOneStep(before: Chart, ops: Parameters<typeof applyOps>[1]): Chart {
  const result = applyOps(before, ops)
  const step = undo(result.chart, record(EMPTY_HISTORY, { label: 'edit', diff: result.diff }))
  expect(step?.chart).toEqual(before)
  return result.chart
}

describe('structure edits', () => {
  const chart = defaultChart()

  it('adds reports and peers in free slots, never on top of another role', () => {
    let c = chart
    for (let i = 0; i < 4; i++) c = applyOps(c, planAddReport(c, 'role-ops').ops).chart
    for (let i = 0; i < 3; i++) c = applyOps(c, planAddPeer(c, 'role-hr').ops).chart
    expect(c.roles).toHaveLength(chart.roles.length + 7)
    expect(overlapping(c)).toEqual([])
    expect(c.roles.filter((r) => r.reportsTo === 'role-ops')).toHaveLength(7)
    expect(c.roles.filter((r) => r.reportsTo === 'role-ceo')).toHaveLength(9)
  })

  it('a report sits below its manager in a top-down chart', () => {
    const planned = planAddReport(chart, 'role-hr')
    const after = applyOps(chart, planned.ops).chart
    const hr = after.roles.find((r) => r.id === 'role-hr')!
    const added = after.roles.find((r) => r.id === planned.roleId)!
    expect(chartDirection(after)).toBe('down')
    expect(added.y!).toBeGreaterThan(hr.y! + boxOf(after, hr).height)
  })

  it('a role with no manager lands in the free spot nearest the view centre', () => {
    const ceo = chart.roles.find((r) => r.id === 'role-ceo')!
    const planned = planAddRole(chart, null, 'New role', undefined, { x: ceo.x! + 100, y: ceo.y! + 60 })
    const after = applyOps(chart, planned.ops).chart
    const added = after.roles.find((r) => r.id === planned.roleId)!
    expect(after.roles.filter((r) => r !== added && overlaps(boxOf(after, r), boxOf(after, added)))).toEqual([])
  })

  it('adding, moving under another manager and deleting each undo in one step', () => {
    undoesInOneStep(chart, planAddReport(chart, 'role-ops').ops)
    const moved = undoesInOneStep(chart, planSetManager(chart, 'role-it', 'role-ops'))
    expect(moved.roles.find((r) => r.id === 'role-it')?.reportsTo).toBe('role-ops')
    expect(overlapping(moved)).toEqual([])
    const deleted = undoesInOneStep(chart, planDeleteRole(chart, 'role-ops'))
    expect(deleted.roles.filter((r) => r.reportsTo === 'role-ceo').map((r) => r.id)).toEqual(
      expect.arrayContaining(['role-warehouse', 'role-service', 'role-logistics'])
    )
    expect(overlapping(deleted)).toEqual([])
  })

  it('knows which roles sit under a role (no reporting loops by drag and drop)', () => {
    expect(isUnder(chart, 'role-warehouse', 'role-ops')).toBe(true)
    expect(isUnder(chart, 'role-ops', 'role-warehouse')).toBe(false)
    expect(() => applyOps(chart, planSetManager(chart, 'role-ops', 'role-warehouse'))).toThrow(/loop/)
  })
})
