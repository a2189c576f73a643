// The workbench window: toolbar on top, Library on the left, the canvas in the middle,
// inspector and Findings on the right.

import { useCallback, useState } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { ChartCanvas } from './canvas/ChartCanvas'
import { Library } from './panels/Library'
import { FindingsPanel } from './panels/FindingsPanel'
import { Inspector } from './panels/Inspector'
import { Toolbar } from './ui/Toolbar'
import { Notices } from './ui/Notices'
import { useShortcuts } from './ui/use-shortcuts'
import { dispatch, useWorkbench } from './state/store'
import { FileMenu } from './files/FileMenu'
import { RefusedFileDialog } from './files/RefusedFileDialog'
import { CsvImportDialog } from './files/CsvImportDialog'
import { ExportDialog } from './export/ExportDialog'
import { useFileDrop } from './files/use-file-drop'
import { useMenuCommands } from './files/use-menu-commands'
import { useFileUi } from './files/file-state'
import { PresentMode } from './workshop/present/PresentMode'
import { CommandPalette } from './workshop/palette/CommandPalette'
import { Announcer } from './workshop/a11y/Announcer'
import { StorageBanner } from './storage/StorageBanner'

export function App() {
  const status = useWorkbench((s) => s.status)
  const loadError = useWorkbench((s) => s.loadError)
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null)
  // On a projector the canvas deserves the whole width; the panels come back with one click.
  const [panels, setPanels] = useState(true)
  useShortcuts()
  useFileDrop()
  useMenuCommands()
  const deleteEdge = useCallback(() => {
    if (!selectedEdge) return
    dispatch([{ type: 'setReportsTo', roleId: selectedEdge.replace(/^line-/, ''), reportsTo: null }], 'Delete reporting line')
    setSelectedEdge(null)
  }, [selectedEdge])

  if (status === 'failed') return <div className="fatal" role="alert">{loadError}</div>
  if (status === 'loading') return <div className="loading">Opening your charts…</div>
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar
          selectedEdge={selectedEdge}
          onDeleteEdge={deleteEdge}
          extra={
            <div className="toolbar-group">
              <button className="btn" aria-pressed={panels} title={panels ? 'Give the canvas the whole window' : 'Show the Library, inspector and Findings'} onClick={() => setPanels((p) => !p)}>
                Panels
              </button>
              <FileMenu />
              <button className="btn" onClick={() => useFileUi.setState({ exportOpen: true })}>Export…</button>
            </div>
          }
        />
        <StorageBanner />
        <main className={`workspace${panels ? '' : ' canvas-only'}`}>
          {panels && <Library />}
          <ChartCanvas onEdgeSelect={setSelectedEdge} fitKey={panels} />
          {panels && (
            <div className="side">
              <Inspector />
              <FindingsPanel />
            </div>
          )}
        </main>
        <Notices />
        <PresentMode />
        <CommandPalette />
        <Announcer />
        <ExportDialog />
        <CsvImportDialog />
        <RefusedFileDialog />
      </div>
    </ReactFlowProvider>
  )
}
