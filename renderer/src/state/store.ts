// The renderer's single store. Components read narrow slices of it and change the
// chart only through `dispatch` (edit operations). The chart itself lives in a Yjs
// document (chart-doc.ts): dispatch writes one transaction to it, and every change to the
// document — an edit, undo, another tab, a live participant — is materialised and linted here.

import { create } from 'zustand'
import type * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { type Op, OpError } from '@shared/ops/operations'
import { applyOpsToDoc, readChart } from '@shared/doc'
import type { LintResult } from '@shared/rules/types'
import { createLinter, lintChart as lintOnce } from '@shared/rules/lint'
import { hasExplicitCategory } from '@shared/rules/effective-category'
import { loadEnglishModel, needsEnglishModel } from '../rules/english-model'
import type { ChartSummary } from '../storage/chart-repo'
import { LOCAL_ORIGIN, onShowDoc, type ShownDoc, shownDoc, stackLabels, withUndoLabel } from './chart-doc'

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

/** Names of the undo and redo steps of a chart, most recent last. */
export interface UndoSteps {
  readonly undo: readonly { readonly label: string }[]
  readonly redo: readonly { readonly label: string }[]
}

export interface WorkbenchState {
  readonly status: 'loading' | 'ready' | 'failed'
  readonly loadError: string | null
  readonly chart: Chart
  readonly lint: LintResult
  readonly histories: Readonly<Record<string, UndoSteps>>
  readonly selection: Selection
  readonly notices: readonly Notice[]
  readonly charts: readonly ChartSummary[]
  /** Bumped to ask the canvas to centre a role. */
  readonly focus: { readonly roleId: string; readonly nonce: number } | null
  readonly storageError: string | null
  /** 'memory' when this browser gives no local storage: charts live only in this window. */
  readonly storageMode: 'local' | 'memory'
  /** Why local storage is unavailable (memory-only mode), in words for the banner. */
  readonly memoryReason: string | null
  /** Handle of the file the chart was opened from or saved to (desktop), by chart id. */
  readonly fileHandles: Readonly<Record<string, { handle: string | null; name: string }>>
}

// One incremental linter for the session: after an edit only what changed is checked again.
const linter = createLinter()

/**
 * The chart's findings, or null while its free-text cards wait for the English model
 * (loading on demand): they are linted as soon as it is here.
 */
let lintWhenModelArrives = false

function lintChart(chart: Chart): LintResult | null {
  if (!needsEnglishModel(chart)) return linter.lint(chart)
  if (!lintWhenModelArrives) {
    // Once, however many edits arrive meanwhile: the chart linted then is the latest one.
    lintWhenModelArrives = true
    void loadEnglishModel().then(() => {
      const s = useWorkbench.getState()
      useWorkbench.setState({ lint: linter.lint(s.chart), status: s.status === 'failed' ? 'failed' : 'ready' })
    })
  }
  return null
}

/** Meanwhile, the findings of the cards the catalogue categorised: the free-text ones follow in a moment. */
function lintCatalogued(chart: Chart): LintResult {
  const duties = chart.duties.filter(hasExplicitCategory)
  const kept = new Set(duties.map((d) => d.id))
  return lintOnce({ ...chart, duties, exceptions: chart.exceptions.filter((e) => !e.dutyId || kept.has(e.dutyId)) })
}

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
  storageMode: 'local',
  memoryReason: null,
  fileHandles: {}
}))

let noticeSeq = 0

/**
 * Shows a notice. A plain one (no button) takes the place of the earlier plain notice of
 * its kind, so a run of quick edits leaves one line over the canvas, not a stack; at most
 * three are shown.
 */
export function notify(kind: NoticeKind, text: string, action?: Notice['action']): number {
  const id = ++noticeSeq
  const replaced = (n: Notice) => !action && !n.action && n.kind === kind
  useWorkbench.setState((s) => ({ notices: [...s.notices.filter((n) => !replaced(n)).slice(-2), { id, kind, text, action }] }))
  return id
}

export function dismissNotice(id: number): void {
  useWorkbench.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
}

/** Materialises the shown document into the store (cheap when little changed). */
function refresh(shown: ShownDoc): void {
  const chart = readChart(shown.doc)
  const s = useWorkbench.getState()
  if (chart === s.chart && s.status === 'ready') return
  const lint = lintChart(chart)
  useWorkbench.setState((s) => ({ chart, lint: lint ?? lintCatalogued(chart), ...(lint ? { status: 'ready' as const } : {}), ...dueSteps(s) }))
}

/**
 * Undo steps that changed and are not in the store yet. An edit adds its step just before
 * the chart is read again, so both go into one store update (every subscriber runs once);
 * steps changed on their own (undo, a cleared stack) follow in a microtask.
 */
let stepsDue: ShownDoc | null = null

function stepsChanged(shown: ShownDoc): void {
  if (stepsDue) return
  stepsDue = shown
  queueMicrotask(() => {
    if (stepsDue) useWorkbench.setState(dueSteps)
  })
}

function dueSteps(s: WorkbenchState): Partial<WorkbenchState> {
  const shown = stepsDue
  stepsDue = null
  return shown ? { histories: { ...s.histories, [readChart(shown.doc).id]: stackLabels(shown.undo) } } : {}
}

let detach: () => void = () => undefined

onShowDoc((shown) => {
  detach()
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) refresh(shown)
  }
  const onSteps = () => stepsChanged(shown)
  shown.doc.on('afterTransaction', onTransaction)
  shown.undo.on('stack-item-added', onSteps)
  shown.undo.on('stack-item-popped', onSteps)
  shown.undo.on('stack-cleared', onSteps)
  detach = () => {
    shown.doc.off('afterTransaction', onTransaction)
    shown.undo.off('stack-item-added', onSteps)
    shown.undo.off('stack-item-popped', onSteps)
    shown.undo.off('stack-cleared', onSteps)
  }
  const chart = readChart(shown.doc)
  // A chart is shown with its findings: one whose cards need the model waits for it ("Opening your charts…").
  const lint = lintChart(chart)
  stepsDue = shown
  useWorkbench.setState((s) => ({ chart, lint: lint ?? EMPTY_LINT, selection: NO_SELECTION, status: lint ? 'ready' : s.status, focus: null, ...dueSteps(s) }))
})

/** Applies operations as one undoable edit. Returns the new chart, or null when refused. */
/** Says why an edit may not be made right now (a live session's locked structure), or null. */
let editRefusal: (ops: readonly Op[]) => string | null = () => null
export function setEditRefusal(check: (ops: readonly Op[]) => string | null): void {
  editRefusal = check
}

/** Whether `dispatch` would refuse these ops (e.g. a locked live session). */
export function editRefused(ops: readonly Op[]): boolean {
  return editRefusal(ops) !== null
}

export function dispatch(ops: readonly Op[], label: string): Chart | null {
  const refused = editRefusal(ops)
  if (refused) {
    notify('info', refused)
    return null
  }
  try {
    const chart = withUndoLabel(label, () => applyOpsToDoc(shownDoc().doc, ops, LOCAL_ORIGIN))
    // Taking something off the chart is the edit people regret: offer the way back at once.
    if (ops.some((op) => op.type === 'removeRole' || op.type === 'removeDuty' || op.type === 'removeCard')) notify('info', `${label}.`, { label: 'Undo', run: undo })
    return chart
  } catch (e) {
    if (e instanceof OpError) {
      notify('error', e.message)
      return null
    }
    throw e
  }
}

export function undo(): void {
  const step = shownDoc().undo.undo()
  if (step) notify('info', `Undid: ${String(step.meta.get('label') ?? 'Edit')}`)
}

export function redo(): void {
  const step = shownDoc().undo.redo()
  if (step) notify('info', `Redid: ${String(step.meta.get('label') ?? 'Edit')}`)
}
