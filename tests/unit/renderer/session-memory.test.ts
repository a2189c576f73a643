// Without usable local storage the workbench still opens, says charts are kept in this
// window only, and every edit and undo works as usual.

import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { startSession, hasUnsavedWork } from '../../../renderer/src/state/session'
import { dispatch, undo, useWorkbench } from '../../../renderer/src/state/store'
import { openDb } from '../../../renderer/src/storage/db'

describe('memory-only session', () => {
  it('opens the default chart in memory when IndexedDB is missing, and asks before closing once edited', async () => {
    // No fake-indexeddb here: like a browser that blocks storage.
    expect(typeof indexedDB).toBe('undefined')
    await startSession(openDb('no-storage'))
    const s = useWorkbench.getState()
    expect(s.status).toBe('ready')
    expect(s.storageMode).toBe('memory')
    expect(s.memoryReason).toBeTruthy()
    expect(s.chart.roles.some((r) => r.title === 'Operations Manager')).toBe(true)
    expect(hasUnsavedWork()).toBe(false)
    dispatch([{ type: 'renameChart', title: 'Only in memory' }], 'Rename chart')
    expect(useWorkbench.getState().chart.title).toBe('Only in memory')
    expect(hasUnsavedWork()).toBe(true)
    undo()
    expect(useWorkbench.getState().chart.title).not.toBe('Only in memory')
    expect(Dexie.dependencies.indexedDB).toBeUndefined()
  })
})
