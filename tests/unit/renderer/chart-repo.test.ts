// Local storage: a chart is its Yjs document, written edit by edit as an update log that
// reads back exactly as it is in memory, also when two writers append to one chart.

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { applyOpsToDoc, createChartDoc, readChart } from '@shared/doc'
import { openDb, type WorkbenchDb } from '../../../renderer/src/storage/db'
import {
  appendUpdate,
  compactChart,
  deleteChart,
  getLastChartId,
  listCharts,
  loadChart,
  loadChartDoc,
  putChart,
  rewriteChartDoc,
  setLastChartId,
  updateSummary
} from '../../../renderer/src/storage/chart-repo'

const base: Chart = {
  id: 'c1',
  title: 'Plan',
  roles: [
    { id: 'ceo', title: 'CEO', x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 10, y: 200 }
  ],
  duties: [{ id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' }],
  exceptions: [],
  rules: { context: 'regulated' }
}

let db: WorkbenchDb
let n = 0
afterEach(() => db?.close())

async function fresh(): Promise<WorkbenchDb> {
  db = openDb(`repo-test-${++n}`)
  await db.open()
  return db
}

/** A doc whose every update is appended to storage, as the app's persistence does. */
function writer(doc: Y.Doc): Promise<void>[] {
  const writes: Promise<void>[] = []
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'storage') writes.push(appendUpdate(db, readChart(doc).id, u))
  })
  return writes
}

describe('chart storage', () => {
  it('stores a whole chart and reads it back unchanged, with orders and rule settings', async () => {
    await fresh()
    await putChart(db, base)
    const stored = await loadChart(db, 'c1')
    expect(stored).toEqual(readChart(createChartDoc(base)))
    expect(stored?.rules).toEqual({ context: 'regulated' })
    expect((await listCharts(db)).map((c) => [c.title, c.roleCount])).toEqual([['Plan', 2]])
  })

  it('appends each edit, including undo of a removal, and reloads the same chart in the same order', async () => {
    await fresh()
    await putChart(db, base)
    const doc = (await loadChartDoc(db, 'c1'))!
    const writes = writer(doc)
    const undo = new Y.UndoManager(doc.getMap('duties'), { trackedOrigins: new Set(['me']), captureTimeout: 0 })
    applyOpsToDoc(doc, [{ type: 'addRole', role: { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' } }], 'me')
    applyOpsToDoc(doc, [{ type: 'addDuty', duty: { id: 'd2', label: 'Plan routes', roleId: 'ops' } }], 'me')
    applyOpsToDoc(doc, [{ type: 'renameChart', title: 'Plan B' }, { type: 'assignDuty', dutyId: 'd1', roleId: 'hr' }], 'me')
    applyOpsToDoc(doc, [{ type: 'removeDuty', dutyId: 'd1' }], 'me')
    undo.undo()
    await Promise.all(writes)
    expect(writes.length).toBe(5)
    const stored = await loadChart(db, 'c1')
    expect(stored).toEqual(readChart(doc))
    expect(stored?.duties.map((d) => d.id)).toEqual(['d1', 'd2'])
    expect(await updateSummary(db, doc)).toBe(true)
    expect((await listCharts(db))[0]).toMatchObject({ title: 'Plan B', roleCount: 3 })
  })

  it('two writers on one chart both keep their edits; a rename does not bring back a removed role', async () => {
    await fresh()
    await putChart(db, base)
    const a = (await loadChartDoc(db, 'c1'))!
    const b = (await loadChartDoc(db, 'c1'))!
    const writes = [...writer(a), ...writer(b)]
    applyOpsToDoc(a, [{ type: 'removeRole', roleId: 'ops' }])
    applyOpsToDoc(b, [{ type: 'updateRole', roleId: 'ops', patch: { title: 'Head of Ops' } }, { type: 'addRole', role: { id: 'it', title: 'IT Lead' } }])
    await Promise.all([...writes, ...writer(a), ...writer(b)])
    const stored = (await loadChart(db, 'c1'))!
    expect(stored.roles.map((r) => r.id)).toEqual(['ceo', 'it'])
  })

  it('rewriting merges what another writer appended meanwhile, and compaction keeps the chart', async () => {
    await fresh()
    await putChart(db, base)
    const a = (await loadChartDoc(db, 'c1'))!
    const b = (await loadChartDoc(db, 'c1'))!
    const writes = writer(b)
    applyOpsToDoc(b, [{ type: 'addRole', role: { id: 'it', title: 'IT Lead' } }])
    await Promise.all(writes)
    applyOpsToDoc(a, [{ type: 'renameChart', title: 'From a' }])
    const merged = await rewriteChartDoc(db, a)
    Y.applyUpdate(a, merged, 'storage')
    expect(readChart(a).roles.map((r) => r.id)).toEqual(['ceo', 'ops', 'it'])
    expect(await db.updates.where('chartId').equals('c1').count()).toBe(1)
    const before = await loadChart(db, 'c1')
    expect(before?.title).toBe('From a')
    const more = writer(a)
    applyOpsToDoc(a, [{ type: 'updateRole', roleId: 'it', patch: { person: 'Kim' } }])
    await Promise.all(more)
    await compactChart(db, 'c1')
    expect(await db.updates.where('chartId').equals('c1').count()).toBe(1)
    expect(await loadChart(db, 'c1')).toEqual(readChart(a))
  })

  it('deletes a chart with its whole log and remembers the last opened chart', async () => {
    await fresh()
    await putChart(db, base)
    await putChart(db, { ...base, id: 'c2', title: 'Other' })
    await setLastChartId(db, 'c2')
    expect(await getLastChartId(db)).toBe('c2')
    await deleteChart(db, 'c1')
    expect(await loadChart(db, 'c1')).toBeNull()
    expect(await db.updates.where('chartId').equals('c1').count()).toBe(0)
    expect((await loadChart(db, 'c2'))?.roles).toHaveLength(2)
  })

  it('notices when a chart being edited is no longer stored (deleted in another window)', async () => {
    await fresh()
    const doc = createChartDoc(base)
    expect(await updateSummary(db, doc)).toBe(false)
  })
})
