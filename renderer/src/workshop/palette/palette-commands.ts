// Commands the palette offers besides roles and cards: the actions layer's own entries,
// including the two that go on to ask for a role ("Add role under…", "Set manager…").

import { indexChart } from '@shared/model/index-chart'
import {
  addPeer,
  addReport,
  addRole,
  addRoleUnder,
  arrangeChartNow,
  collapseBranch,
  deleteSelection,
  expandAllBranches,
  expandBranch,
  focusOnBranch,
  fitView,
  newChart,
  present,
  redo,
  roomView,
  run,
  setManager,
  showWholeChart,
  togglePanels,
  undo,
  type AnyAction
} from '../../actions'
import type { WorkbenchState } from '../../state/store'
import type { PaletteItem } from './palette-items'
import { openRoleChooser } from './palette-store'

const DIRECT: readonly AnyAction[] = [addRole, addReport, addPeer, deleteSelection, roomView, present, togglePanels, fitView, collapseBranch, expandBranch, expandAllBranches, focusOnBranch, showWholeChart, arrangeChartNow, undo, redo, newChart]

export function commandItems(s: WorkbenchState): PaletteItem[] {
  const selected = s.selection.roleId ? indexChart(s.chart).roleById.get(s.selection.roleId) : undefined
  const items: PaletteItem[] = []
  if (s.chart.roles.length > 0) {
    items.push({ id: `cmd-${addRoleUnder.id}`, kind: 'command', label: addRoleUnder.label, context: 'Command · choose the manager', then: 'stay', run: () => openRoleChooser('add-under', null, 'Add role under…') })
  }
  if (selected) {
    items.push({
      id: `cmd-${setManager.id}`,
      kind: 'command',
      label: setManager.label,
      extra: selected.title,
      context: `Command · for ${selected.title}`,
      then: 'stay',
      run: () => openRoleChooser('set-manager', selected.id, `Set manager of “${selected.title}”…`)
    })
  }
  for (const a of DIRECT) {
    if (a.enabled(s, undefined)) items.push({ id: `cmd-${a.id}`, kind: 'command', label: a.label, context: 'Command', then: 'close', run: () => run(a) })
  }
  return items
}
