// How far the opening of a big chart file has got: which step it is on and, for the steps
// that can tell, how much of it is done. OpenProgress shows it; file-actions.ts reports it.

import { create } from 'zustand'

/** Files at least this big show their progress (a small one opens before it could be read). */
export const PROGRESS_FROM_BYTES = 1024 * 1024

export const OPEN_STEPS = ['Reading the file', 'Checking the file', 'Laying out roles', 'Building the chart', 'Saving on this computer', 'Drawing the chart'] as const
export type OpenStep = (typeof OPEN_STEPS)[number]

export interface OpenProgressState {
  readonly name: string
  readonly step: OpenStep
  /** Share of the step done (0–1), when the step can tell. */
  readonly fraction: number | null
}

export const useOpenProgress = create<{ progress: OpenProgressState | null }>()(() => ({ progress: null }))

/** Lets the page paint (the indicator) before the next stretch of work. */
const nextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return void setTimeout(resolve, 0)
    // rAF runs before the paint; the timeout after it lets the paint happen first.
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })

export interface Progress {
  /** Moves on to `step` and lets the page show it. */
  step(step: OpenStep): Promise<void>
  /** How far the current step is; shown at most once a frame. */
  part(done: number, total: number): Promise<void>
  /** The chart has been handed to the canvas: waits until it has painted, then hides. */
  finish(): Promise<void>
  done(): void
}

/** Progress of one file; does nothing for small files. */
export function trackOpening(name: string, bytes: number): Progress {
  if (bytes < PROGRESS_FROM_BYTES) return { step: async () => undefined, part: async () => undefined, finish: async () => undefined, done: () => undefined }
  let last = 0
  return {
    async step(step) {
      useOpenProgress.setState({ progress: { name, step, fraction: null } })
      await nextPaint()
    },
    async part(done, total) {
      const now = performance.now()
      const current = useOpenProgress.getState().progress
      if (!current || now - last < 50) return
      last = now
      useOpenProgress.setState({ progress: { ...current, fraction: total > 0 ? done / total : null } })
      await nextPaint()
    },
    async finish() {
      await nextPaint()
      await nextPaint()
      useOpenProgress.setState({ progress: null })
    },
    done() {
      useOpenProgress.setState({ progress: null })
    }
  }
}
