// The renderer's single store. Components read narrow slices of it and change the
// chart only through `dispatch` (edit operations), which also records undo, lints
// and saves the diff to local storage.

import { create } from 'zustand'
import type { Chart } from '@shared/model/chart'
import { applyOps, type Op, OpError } from '@shared/ops/operations'
import { EMPTY_HISTORY, type History, record, redo as redoStep, undo as undoStep } from '@shared/ops/history'
import type { Diff } from '@shared/ops/diff'
import type { LintResult } from '@shared/rules/types'
import { createLinter } from '@shared/rules/lint'
import type { ChartSummary } from '../storage/chart-repo'

export type NoticeKind = 'warning' | 'info' | 'error' | 'success'

export interface Notice {
  readonly id: number
  readonly kind: NoticeKind
  readonly text: string
  /** Shown as a button next to the text. */
  readonly action?: { readonly label: string; readonly run: () => void }
}

/** What the user has selected; read and changed through ./selection.ts. */
export interface Selection {
  readonly roleId: string | null
  readonly dutyId: string | null
  /** A reporting line, by the id of the role that reports along it. */
  readonly lineOf: string | null
}

export const NO_SELECTION: Selection = { roleId: null, dutyId: null, lineOf: null }

export interface WorkbenchState {
  readonly status: 'loading' | 'ready' | 'failed'
  readonly loadError: string | null
  readonly chart: Chart
  readonly lint: LintResult
  readonly histories: Readonly<Record<string, History>>
  readonly selection: Selection
  readonly notices: readonly Notice[]
  readonly charts: readonly ChartSummary[]
  /** Bumped to ask the canvas to centre a role. */
  readonly focus: { readonly roleId: string; readonly nonce: number } | null
  readonly storageError: string | null
  /** Handle of the file the chart was opened from or saved to (desktop), by chart id. */
  readonly fileHandles: Readonly<Record<string, { handle: string | null; name: string }>>
}

// One incremental linter for the session: after an edit only what changed is checked again.
const linter = createLinter()
const lintChart = (chart: Chart): LintResult => linter.lint(chart)

export const EMPTY_LINT: LintResult = { findings: [], accepted: [], stale: [] }

export const useWorkbench = create<WorkbenchState>()(() => ({
  status: 'loading',
  loadError: null,
  chart: { id: '', title: '', roles: [], duties: [], exceptions: [] },
  lint: EMPTY_LINT,
  histories: {},
  selection: NO_SELECTION,
  notices: [],
  charts: [],
  focus: null,
  storageError: null,
  fileHandles: {}
}))

type DiffListener = (chart: Chart, diff: Diff) => void
const diffListeners = new Set<DiffListener>()

/** Autosave subscribes here: called with every applied diff (edits, undo and redo). */
export function onDiff(listener: DiffListener): () => void {
  diffListeners.add(listener)
  return () => diffListeners.delete(listener)
}

function commit(chart: Chart, diff: Diff, history: History): void {
  useWorkbench.setState((s) => ({ chart, lint: lintChart(chart), histories: { ...s.histories, [chart.id]: history } }))
  for (const l of diffListeners) l(chart, diff)
}

let noticeSeq = 0

export function notify(kind: NoticeKind, text: string, action?: Notice['action']): number {
  const id = ++noticeSeq
  useWorkbench.setState((s) => ({ notices: [...s.notices.slice(-3), { id, kind, text, action }] }))
  return id
}

export function dismissNotice(id: number): void {
  useWorkbench.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
}

/** Applies operations as one undoable edit. Returns the new chart, or null when refused. */
export function dispatch(ops: readonly Op[], label: string): Chart | null {
  const { chart, histories } = useWorkbench.getState()
  try {
    const result = applyOps(chart, ops)
    const history = record(histories[chart.id] ?? EMPTY_HISTORY, { label, diff: result.diff })
    commit(result.chart, result.diff, history)
    // Taking something off the chart is the edit people regret: offer the way back at once.
    if (ops.some((op) => op.type === 'removeRole' || op.type === 'removeDuty')) notify('info', `${label}.`, { label: 'Undo', run: undo })
    return result.chart
  } catch (e) {
    if (e instanceof OpError) {
      notify('error', e.message)
      return null
    }
    throw e
  }
}

export function undo(): void {
  const { chart, histories } = useWorkbench.getState()
  const step = undoStep(chart, histories[chart.id] ?? EMPTY_HISTORY)
  if (!step) return
  commit(step.chart, step.applied, step.history)
  notify('info', `Undid: ${step.label}`)
}

export function redo(): void {
  const { chart, histories } = useWorkbench.getState()
  const step = redoStep(chart, histories[chart.id] ?? EMPTY_HISTORY)
  if (!step) return
  commit(step.chart, step.applied, step.history)
  notify('info', `Redid: ${step.label}`)
}

/** Shows another chart (already stored); its undo history from this session is kept. */
export function showChart(chart: Chart): void {
  useWorkbench.setState({ chart, lint: lintChart(chart), selection: NO_SELECTION, status: 'ready', focus: null })
}
