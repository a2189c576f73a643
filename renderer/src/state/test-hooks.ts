// Hooks for the end-to-end fault soak, installed only when the page is opened with
// `?test-hooks`: edit through the same dispatch as the UI, read what the user sees and
// what storage holds, and switch write failures on and off for this window.

import { faults } from '../storage/faults'
import { dispatch, redo, undo, useWorkbench } from './store'
import { flushStorage, readStoredChart } from './session'

export function installTestHooks(): void {
  Object.assign(window, {
    __orgWorkbenchTest: {
      dispatch,
      undo,
      redo,
      ready: () => useWorkbench.getState().status === 'ready',
      chart: () => useWorkbench.getState().chart,
      storageError: () => useWorkbench.getState().storageError,
      storedChart: async (id: string) => {
        await flushStorage()
        return readStoredChart(id)
      },
      flush: flushStorage,
      setWriteFailures: (on: boolean) => {
        faults.failWrites = on
      }
    }
  })
}
