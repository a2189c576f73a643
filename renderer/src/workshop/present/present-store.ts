// Present mode on/off and the decisions taken this session, per chart. Kept in memory
// only: the decisions that change the chart are in the chart (and its undo history);
// the log is the meeting's record and leaves the app through "Export decision log".

import { create } from 'zustand'
import type { Decision } from '@shared/workshop/decision-log'
import { rememberFocus } from '../a11y/focus'

interface PresentState {
  readonly presenting: boolean
  /** Decisions in the order taken, by chart id. */
  readonly logs: Readonly<Record<string, readonly Decision[]>>
}

export const usePresent = create<PresentState>()(() => ({ presenting: false, logs: {} }))

const NO_DECISIONS: readonly Decision[] = []
export const selectDecisions = (chartId: string) => (s: PresentState) => s.logs[chartId] ?? NO_DECISIONS

let restoreFocus: (() => void) | null = null

/** Enters present mode; full screen when the browser allows it (needs a click or key press). */
export function startPresenting(): void {
  if (usePresent.getState().presenting) return
  restoreFocus = rememberFocus()
  usePresent.setState({ presenting: true })
  const root = document.documentElement
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    // Refused outside a user gesture or by policy: the overlay works without it.
    root.requestFullscreen().catch(() => undefined)
  }
}

export function stopPresenting(): void {
  if (!usePresent.getState().presenting) return
  usePresent.setState({ presenting: false })
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
  restoreFocus?.()
  restoreFocus = null
}

export function recordDecision(chartId: string, decision: Decision): void {
  usePresent.setState((s) => ({ logs: { ...s.logs, [chartId]: [...(s.logs[chartId] ?? NO_DECISIONS), decision] } }))
}
