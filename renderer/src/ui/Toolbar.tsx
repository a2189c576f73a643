// The toolbar: chart name and list, structure editing, undo, workshop tools, views and
// files, on one row at every window size (less used tools fold into More on small screens).

import { useState } from 'react'
import { useWorkbench } from '../state/store'
import { selectWarningCount } from '../state/selectors'
import { ChartList } from '../panels/ChartList'
import { AutoLayoutButton } from '../workshop/layout/AutoLayoutButton'
import { addPeer, addReport, addRole, deleteSelection, present, redo, redoTitle, roomView, togglePanels, undo, undoTitle } from '../actions'
import { FileMenu } from '../files/FileMenu'
import { RulesButton } from '../panels/rules/RulesButton'
import { ActionButton } from './ActionButton'
import { MoreMenu, SecondaryTools } from './MoreMenu'
import { useView } from './view-state'

export function Toolbar() {
  const title = useWorkbench((s) => s.chart.title)
  const warnings = useWorkbench(selectWarningCount)
  const storageError = useWorkbench((s) => s.storageError)
  const undoHint = useWorkbench(undoTitle)
  const redoHint = useWorkbench(redoTitle)
  const panels = useView((s) => s.libraryOpen && s.sideOpen)
  const [listOpen, setListOpen] = useState(false)

  return (
    <header className="toolbar">
      <button className="chart-title" onClick={() => setListOpen((o) => !o)} aria-expanded={listOpen} title="Charts on this computer">
        {title || 'Untitled chart'} <span aria-hidden="true">▾</span>
      </button>
      {listOpen && <ChartList onClose={() => setListOpen(false)} />}
      <div className="toolbar-group" role="group" aria-label="Structure">
        <ActionButton action={addRole} />
        <ActionButton action={addReport} />
        <ActionButton action={addPeer} />
        <ActionButton action={deleteSelection} />
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <ActionButton action={undo} title={undoHint} />
        <ActionButton action={redo} title={redoHint} />
      </div>
      <div className="toolbar-group">
        <AutoLayoutButton />
        <SecondaryTools />
      </div>
      <div className="toolbar-group">
        <ActionButton action={present} className="btn btn-primary" />
        <ActionButton action={roomView} pressed={false} />
        <ActionButton action={togglePanels} pressed={panels} title={panels ? 'Give the canvas the whole window' : 'Show the Library, Inspector and Findings'} />
        <RulesButton />
        <FileMenu />
        <MoreMenu />
      </div>
      <div className="toolbar-spacer" />
      {storageError && <span className="storage-error" title={storageError}>Not saved locally</span>}
      <span className={`status-pill${warnings ? ' has-warnings' : ''}`} data-testid="status-warnings" title="Open scope warnings in this chart">
        {warnings ? `⚠ ${warnings} warning${warnings === 1 ? "" : "s"}` : "✓ No warnings"}
      </span>
    </header>
  )
}
