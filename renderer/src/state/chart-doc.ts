// The open chart's Yjs document: the single source of truth the store materialises,
// local storage persists, other tabs and live sessions sync. Undo/redo is a Y.UndoManager
// that tracks only this window's own edits (LOCAL_ORIGIN), so each person undoes their own.

import * as Y from 'yjs'
import { topMaps } from '@shared/doc/doc-schema'

/** Origin of this window's own edits; the only one undo tracks. */
export const LOCAL_ORIGIN = 'org-workbench/local-edit'

/** Undo keeps this many steps. */
const UNDO_LIMIT = 500

export interface ShownDoc {
  readonly doc: Y.Doc
  readonly undo: Y.UndoManager
  /** Whether this chart lives in local storage (false for a chart from a live session). */
  readonly persist: boolean
}

type Listener = (shown: ShownDoc) => void
const listeners = new Set<Listener>()
const undoManagers = new WeakMap<Y.Doc, Y.UndoManager>()
let pendingLabel: string | null = null

function undoFor(doc: Y.Doc): Y.UndoManager {
  const hit = undoManagers.get(doc)
  if (hit) return hit
  const maps = topMaps(doc)
  // captureTimeout 0: every edit is its own step, however quickly the next one follows.
  const undo = new Y.UndoManager([maps.meta, maps.roles, maps.duties, maps.exceptions, maps.cards], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 })
  undo.on('stack-item-added', ({ stackItem }: { stackItem: { meta: Map<string, unknown> } }) => {
    // Undoing an edit files it on the redo stack (and back): it keeps its name.
    const label = undo.currStackItem?.meta.get('label') ?? pendingLabel ?? 'Edit'
    stackItem.meta.set('label', label)
    if (undo.undoStack.length > UNDO_LIMIT) undo.undoStack.shift()
  })
  undoManagers.set(doc, undo)
  return undo
}

const placeholder = new Y.Doc()
let shown: ShownDoc = { doc: placeholder, undo: undoFor(placeholder), persist: false }

/** The document of the chart the workbench shows. */
export function openDoc(): Y.Doc {
  return shown.doc
}

export function shownDoc(): ShownDoc {
  return shown
}

/** Shows a chart document in the workbench; `persist: false` for one that lives elsewhere (a live session). */
export function showDoc(doc: Y.Doc, { persist }: { persist: boolean }): void {
  shown = { doc, undo: undoFor(doc), persist }
  for (const l of listeners) l(shown)
}

export function onShowDoc(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Runs an edit whose undo step is named `label` ("Undid: …"). */
export function withUndoLabel<T>(label: string, edit: () => T): T {
  pendingLabel = label
  try {
    return edit()
  } finally {
    pendingLabel = null
  }
}

export function stackLabels(undo: Y.UndoManager): { undo: { label: string }[]; redo: { label: string }[] } {
  const labels = (items: typeof undo.undoStack) => items.map((i) => ({ label: String(i.meta.get('label') ?? 'Edit') }))
  return { undo: labels(undo.undoStack), redo: labels(undo.redoStack) }
}
