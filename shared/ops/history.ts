// Undo/redo as a pair of stacks of named diffs. Pure: the store owns one per chart.

import type { Chart } from '../model/chart'
import { applyDiff, type Diff, invertDiff, isEmptyDiff } from './diff'

export interface HistoryEntry {
  readonly label: string
  readonly diff: Diff
}

export interface History {
  readonly undo: readonly HistoryEntry[]
  readonly redo: readonly HistoryEntry[]
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] }
const LIMIT = 500

export function record(h: History, entry: HistoryEntry): History {
  if (isEmptyDiff(entry.diff)) return h
  const undo = [...h.undo, entry]
  return { undo: undo.length > LIMIT ? undo.slice(undo.length - LIMIT) : undo, redo: [] }
}

export interface Step {
  readonly chart: Chart
  readonly history: History
  /** The diff that was applied to the chart (for autosave). */
  readonly applied: Diff
  readonly label: string
}

export function undo(chart: Chart, h: History): Step | null {
  const entry = h.undo[h.undo.length - 1]
  if (!entry) return null
  const applied = invertDiff(entry.diff)
  return { chart: applyDiff(chart, applied), applied, label: entry.label, history: { undo: h.undo.slice(0, -1), redo: [...h.redo, entry] } }
}

export function redo(chart: Chart, h: History): Step | null {
  const entry = h.redo[h.redo.length - 1]
  if (!entry) return null
  return { chart: applyDiff(chart, entry.diff), applied: entry.diff, label: entry.label, history: { undo: [...h.undo, entry], redo: h.redo.slice(0, -1) } }
}
