// The session: first start seeds the default chart, edits reach storage, undo names its
// steps and restores order also in storage, and a storage failure is shown to the user
// while the chart stays open and usable.

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../../renderer/src/storage/db'
import { loadChart } from '../../../renderer/src/storage/chart-repo'
import { flushStorage, startSession } from '../../../renderer/src/state/session'
import { dispatch, redo, undo, useWorkbench } from '../../../renderer/src/state/store'
import { openDoc } from '../../../renderer/src/state/chart-doc'

const steps = () => {
  const s = useWorkbench.getState()
  return s.histories[s.chart.id]!
}

describe('session', () => {
  it('seeds the default chart, saves edits, names undo steps, and reports a storage failure without losing the chart', async () => {
    const db = openDb('session-test')
    await startSession(db)
    const first = useWorkbench.getState()
    expect(first.status).toBe('ready')
    expect(first.chart.roles.some((r) => r.title === 'Operations Manager')).toBe(true)
    expect(first.lint.findings.filter((f) => f.severity === 'warning')).toHaveLength(2)

    dispatch([{ type: 'renameChart', title: 'Workshop plan' }], 'Rename chart')
    await flushStorage()
    expect((await loadChart(db, first.chart.id))?.title).toBe('Workshop plan')

    // Removing a duty and undoing it puts it back in its place, in memory and in storage.
    const duties = useWorkbench.getState().chart.duties
    const victim = duties[1]!
    dispatch([{ type: 'removeDuty', dutyId: victim.id }], `Remove “${victim.label}”`)
    expect(steps().undo.map((s) => s.label)).toEqual(['Rename chart', `Remove “${victim.label}”`])
    undo()
    expect(useWorkbench.getState().chart.duties).toEqual(duties)
    expect(useWorkbench.getState().notices.at(-1)?.text).toBe(`Undid: Remove “${victim.label}”`)
    expect(steps().redo.map((s) => s.label)).toEqual([`Remove “${victim.label}”`])
    await flushStorage()
    expect((await loadChart(db, first.chart.id))?.duties).toEqual(duties)
    redo()
    expect(useWorkbench.getState().notices.at(-1)?.text).toBe(`Redid: Remove “${victim.label}”`)
    undo()

    // Custom Library cards are part of the chart, with undo.
    dispatch([{ type: 'addCard', card: { id: 'k1', label: 'Run the tombola', kind: 'duty', group: 'Custom cards', category: '' } }], 'Add card')
    await flushStorage()
    expect((await loadChart(db, first.chart.id))?.cards?.map((c) => c.label)).toEqual(['Run the tombola'])
    undo()
    expect(useWorkbench.getState().chart.cards).toBeUndefined()

    // Only this window's edits are undone: a change from elsewhere stays.
    const other = openDoc()
    other.transact(() => other.getMap('meta').set('title', 'Renamed in another tab'), 'org-workbench/other-tab')
    expect(useWorkbench.getState().chart.title).toBe('Renamed in another tab')
    expect(steps().undo.map((s) => s.label)).toEqual(['Rename chart'])

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
