// Undo, redo and letting go of the selection.

import { EMPTY_HISTORY } from '@shared/ops/history'
import { redo as redoEdit, undo as undoEdit, type WorkbenchState } from '../state/store'
import { clearSelection } from '../state/selection'
import { focusCanvas } from '../canvas/viewport'
import { defineAction } from './define'

const history = (s: WorkbenchState) => s.histories[s.chart.id] ?? EMPTY_HISTORY

export const undo = defineAction({
  id: 'undo',
  label: 'Undo',
  keys: ['Mod+Z'],
  keyScope: 'page',
  enabled: (s) => history(s).undo.length > 0,
  perform: () => undoEdit()
})

export const redo = defineAction({
  id: 'redo',
  label: 'Redo',
  keys: ['Mod+Shift+Z', 'Mod+Y'],
  keyScope: 'page',
  enabled: (s) => history(s).redo.length > 0,
  perform: () => redoEdit()
})

export function undoTitle(s: WorkbenchState): string {
  const last = history(s).undo.at(-1)
  return last ? `Undo: ${last.label}` : 'Nothing to undo'
}

export function redoTitle(s: WorkbenchState): string {
  const next = history(s).redo.at(-1)
  return next ? `Redo: ${next.label}` : 'Nothing to redo'
}

export const deselect = defineAction({
  id: 'deselect',
  label: 'Deselect',
  keys: ['Escape'],
  keyScope: 'chart',
  enabled: (s) => !!(s.selection.roleId || s.selection.lineOf || s.selection.dutyId),
  perform: () => {
    const onCanvas = !!document.activeElement?.closest('.canvas')
    clearSelection()
    if (onCanvas) focusCanvas()
  }
})
