// After a failed write the warning stays until storage holds the open chart again, and
// no edit made while storage was failing is lost.

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { applyOpsToDoc, readChart } from '@shared/doc'
import { defaultChart } from '@shared/fixtures/default-chart'
import { openDb } from '../../../renderer/src/storage/db'
import { loadChart, loadChartDoc, putChart } from '../../../renderer/src/storage/chart-repo'
import { DocPersistence } from '../../../renderer/src/storage/doc-persistence'
import { faults } from '../../../renderer/src/storage/faults'

const until = async (ok: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 400 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('writing an open chart', () => {
  it('keeps the warning through a failure and clears it only once the whole chart is stored', async () => {
    const db = openDb('persistence-test')
    await putChart(db, { ...defaultChart(), id: 'c1' })
    const doc = (await loadChartDoc(db, 'c1'))!
    const statuses: (string | null)[] = []
    const p = new DocPersistence(db, doc, [], { onStatus: (e) => statuses.push(e), onWritten: () => undefined })

    applyOpsToDoc(doc, [{ type: 'renameChart', title: 'Before the failure' }])
    await until(() => !p.busy)
    faults.failWrites = true
    applyOpsToDoc(doc, [{ type: 'renameChart', title: 'Lost if nobody retries' }])
    await until(() => statuses.length > 0)
    expect(statuses[0]).toMatch(/Could not save to this computer's storage.*Save As/)
    expect(p.unsaved).toBe(true)
    // More edits while storage is failing; the next write that succeeds must carry them all.
    applyOpsToDoc(doc, [{ type: 'addRole', role: { id: 'new', title: 'Buyer' } }])
    await new Promise((r) => setTimeout(r, 30))
    expect(statuses).toHaveLength(1)
    expect((await loadChart(db, 'c1'))?.title).toBe('Before the failure')

    faults.failWrites = false
    applyOpsToDoc(doc, [{ type: 'updateRole', roleId: 'new', patch: { person: 'Sam' } }])
    await until(() => statuses.length > 1)
    expect(statuses).toEqual([statuses[0], null])
    expect(p.unsaved).toBe(false)
    expect(await loadChart(db, 'c1')).toEqual(readChart(doc))
    p.destroy()
    db.close()
  })
})
