// The session: first start seeds the default chart, edits reach storage, and a storage
// failure is shown to the user while the chart stays open and usable.

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../renderer/src/storage/db'
import { loadChart } from '../../../renderer/src/storage/chart-repo'
import { flushStorage, startSession } from '../../../renderer/src/state/session'
import { dispatch, useWorkbench } from '../../../renderer/src/state/store'

describe('session', () => {
  it('seeds the default chart, saves edits, and reports a storage failure without losing the chart', async () => {
    const db = openDb('session-test')
    await startSession(db)
    const first = useWorkbench.getState()
    expect(first.status).toBe('ready')
    expect(first.chart.roles.some((r) => r.title === 'Operations Manager')).toBe(true)
    expect(first.lint.findings.filter((f) => f.severity === 'warning')).toHaveLength(2)

    dispatch([{ type: 'renameChart', title: 'Workshop plan' }], 'Rename chart')
    await flushStorage()
    expect((await loadChart(db, first.chart.id))?.title).toBe('Workshop plan')

    db.close()
    dispatch([{ type: 'renameChart', title: 'After the disk failed' }], 'Rename chart')
    await flushStorage()
    const after = useWorkbench.getState()
    expect(after.chart.title).toBe('After the disk failed')
    expect(after.storageError).toMatch(/Could not save to this computer's storage/)
    expect(after.storageError).toMatch(/Save As/)
    expect(after.notices.some((n) => n.kind === 'error' && /Could not save/.test(n.text))).toBe(true)
  })
})
