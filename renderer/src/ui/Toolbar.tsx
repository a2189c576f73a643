// The toolbar: chart name, chart list, editing commands and the file/export menu.

import { useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { dispatch, redo, select, undo, useWorkbench } from '../state/store'
import { selectWarningCount } from '../state/selectors'
import { placeNewRole } from '../canvas/place-role'
import { ChartList } from '../panels/ChartList'
import { EMPTY_HISTORY } from '@shared/ops/history'
import { AutoLayoutButton } from '../workshop/layout/AutoLayoutButton'
import { ScenarioButton } from '../workshop/compare/ScenarioButton'
import { CompareButton } from '../workshop/compare/CompareView'
import { PresentButton } from '../workshop/present/PresentButton'
import { DecisionLogButton } from '../workshop/present/DecisionLogButton'

export function Toolbar({ selectedEdge, onDeleteEdge, extra }: { selectedEdge: string | null; onDeleteEdge: () => void; extra?: React.ReactNode }) {
  const title = useWorkbench((s) => s.chart.title)
  const history = useWorkbench((s) => s.histories[s.chart.id] ?? EMPTY_HISTORY)
  const selectedRole = useWorkbench((s) => s.selection.roleId)
  const warnings = useWorkbench(selectWarningCount)
  const storageError = useWorkbench((s) => s.storageError)
  const [listOpen, setListOpen] = useState(false)
  const flow = useReactFlow()

  const addRole = () => {
    const { chart, selection } = useWorkbench.getState()
    const box = document.querySelector('.canvas')?.getBoundingClientRect()
    const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 }
    const role = placeNewRole(chart, selection.roleId, centre)
    if (dispatch([{ type: 'addRole', role }], 'Add role')) select(role.id)
  }
  const deleteSelected = () => {
    if (selectedRole) dispatch([{ type: 'removeRole', roleId: selectedRole }], 'Delete role')
    else if (selectedEdge) onDeleteEdge()
  }

  return (
    <header className="toolbar">
      <button className="chart-title" onClick={() => setListOpen((o) => !o)} aria-expanded={listOpen} title="Charts on this computer">
        {title || 'Untitled chart'} <span aria-hidden="true">▾</span>
      </button>
      {listOpen && <ChartList onClose={() => setListOpen(false)} />}
      <div className="toolbar-group">
        <button className="btn" onClick={addRole}>Add role</button>
        <button className="btn" onClick={deleteSelected} disabled={!selectedRole && !selectedEdge}>Delete</button>
      </div>
      <div className="toolbar-group">
        <button className="btn" onClick={undo} disabled={history.undo.length === 0} title={history.undo.at(-1) ? `Undo: ${history.undo.at(-1)?.label}` : 'Nothing to undo'}>
          Undo
        </button>
        <button className="btn" onClick={redo} disabled={history.redo.length === 0} title={history.redo.at(-1) ? `Redo: ${history.redo.at(-1)?.label}` : 'Nothing to redo'}>
          Redo
        </button>
      </div>
      <div className="toolbar-group">
        <AutoLayoutButton />
        <ScenarioButton />
        <CompareButton />
      </div>
      <div className="toolbar-group">
        <PresentButton className="btn btn-primary" />
        <DecisionLogButton />
      </div>
      {extra}
      <div className="toolbar-spacer" />
      {storageError && <span className="storage-error" title={storageError}>Not saved locally</span>}
      <span className={`status-pill${warnings ? ' has-warnings' : ''}`} data-testid="status-warnings" title="Open scope warnings in this chart">
        {warnings ? `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}` : '✓ No warnings'}
      </span>
    </header>
  )
}
