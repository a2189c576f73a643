// Timers exist in every runtime this code runs in, but shared/ is compiled without DOM or
// Node types; this names the four functions it uses.

export type TimerId = unknown

interface Timers {
  setTimeout(fn: () => void, ms: number): TimerId
  clearTimeout(id: TimerId): void
  setInterval(fn: () => void, ms: number): TimerId
  clearInterval(id: TimerId): void
}

const g = globalThis as unknown as Timers
export const timers: Timers = {
  setTimeout: (fn, ms) => g.setTimeout(fn, ms),
  clearTimeout: (id) => g.clearTimeout(id),
  setInterval: (fn, ms) => g.setInterval(fn, ms),
  clearInterval: (id) => g.clearInterval(id)
}
