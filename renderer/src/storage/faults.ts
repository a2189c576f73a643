// A switch that makes local-storage writes fail, for the fault-soak test. It exists only
// when the page was opened with `?test-hooks`, and all it can do is make this window's
// own writes fail (the app then warns "Not saved locally" and keeps the chart open), so
// a crafted link cannot harm anyone's data.

export const faults = { failWrites: false }

export const testHooksEnabled = typeof location !== 'undefined' && new URLSearchParams(location.search).has('test-hooks')

/** Called at the start of every write transaction. */
export function checkInjectedFault(): void {
  if (faults.failWrites) throw new Error('the test switch made this write fail')
}
