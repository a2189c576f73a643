// Local storage: a chart written edit by edit reads back exactly as it is in memory.

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import { applyOp, type Op } from '@shared/ops/operations'
import { invertDiff } from '@shared/ops/diff'
import { openDb, type WorkbenchDb } from '../../../renderer/src/storage/db'
import { deleteChart, getLastChartId, listCharts, loadChart, putChart, saveDiff, setLastChartId } from '../../../renderer/src/storage/chart-repo'

const base: Chart = {
  id: 'c1',
  title: 'Plan',
  roles: [
    { id: 'ceo', title: 'CEO', x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 10, y: 200 }
  ],
  duties: [{ id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' }],
  exceptions: []
}

let db: WorkbenchDb
let n = 0
afterEach(async () => {
  db?.close()
})

async function fresh(): Promise<WorkbenchDb> {
  db = openDb(`test-${++n}`)
  await db.open()
  return db
}

describe('chart storage', () => {
  it('stores a whole chart and reads it back unchanged', async () => {
    await fresh()
    await putChart(db, base)
    expect(await loadChart(db, 'c1')).toEqual(base)
    expect((await listCharts(db)).map((c) => [c.title, c.roleCount])).toEqual([['Plan', 2]])
  })

  it('saves each edit as a diff, including undo, and reloads the same chart', async () => {
    await fresh()
    await putChart(db, base)
    const ops: Op[] = [
      { type: 'addRole', role: { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' } },
      { type: 'assignDuty', dutyId: 'd1', roleId: 'hr' },
      { type: 'renameChart', title: 'Plan B' },
      { type: 'acceptException', exception: { ruleId: 'r', roleId: 'hr', note: 'fine' } },
      { type: 'removeRole', roleId: 'ops' }
    ]
    let chart = base
    for (const op of ops) {
      const r = applyOp(chart, op)
      chart = r.chart
      await saveDiff(db, chart, r.diff)
    }
    expect(await loadChart(db, 'c1')).toEqual(chart)

    const last = applyOp(chart, { type: 'removeDuty', dutyId: 'd1' })
    await saveDiff(db, last.chart, last.diff)
    const undone = applyOp(last.chart, { type: 'addDuty', duty: chart.duties[0]! })
    await saveDiff(db, undone.chart, invertDiff(last.diff))
    expect((await loadChart(db, 'c1'))?.duties).toEqual(chart.duties)
  })

  it('deletes a chart with all its rows and remembers the last opened chart', async () => {
    await fresh()
    await putChart(db, base)
    await putChart(db, { ...base, id: 'c2', title: 'Other' })
    await setLastChartId(db, 'c2')
    expect(await getLastChartId(db)).toBe('c2')
    await deleteChart(db, 'c1')
    expect(await loadChart(db, 'c1')).toBeNull()
    expect(await db.roles.where('chartId').equals('c1').count()).toBe(0)
    expect((await loadChart(db, 'c2'))?.roles).toHaveLength(2)
  })

  it('refuses to save an edit to a chart that is not stored', async () => {
    await fresh()
    const r = applyOp(base, { type: 'renameChart', title: 'x' })
    await expect(saveDiff(db, r.chart, r.diff)).rejects.toThrow(/missing from local storage/)
  })
})
