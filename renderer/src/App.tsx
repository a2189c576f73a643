// The workbench window: toolbar on top, Library on the left, the canvas in the middle,
// Inspector and Findings on the right. Room view hides everything but the chart.

import { ReactFlowProvider } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import { ChartCanvas } from './canvas/ChartCanvas'
import { Library } from './panels/Library'
import { FindingsPanel } from './panels/FindingsPanel'
import { Inspector } from './panels/Inspector'
import { PanelRail } from './panels/PanelRail'
import { Toolbar } from './ui/Toolbar'
import { Notices } from './ui/Notices'
import { RoomViewBar } from './ui/RoomViewBar'
import { useView } from './ui/view-state'
import { useActionKeys } from './actions/use-action-keys'
import { useWorkbench } from './state/store'
import { RefusedFileDialog } from './files/RefusedFileDialog'
import { OpenProgress } from './files/OpenProgress'
import { LiveLayer } from './live/LiveLayer'
import { CsvImportDialog } from './files/CsvImportDialog'
import { ExportDialog } from './export/ExportDialog'
import { useFileDrop } from './files/use-file-drop'
import { useMenuCommands } from './files/use-menu-commands'
import { PresentMode } from './workshop/present/PresentMode'
import { CommandPalette } from './workshop/palette/CommandPalette'
import { Announcer } from './workshop/a11y/Announcer'
import { WorkshopDialogs } from './workshop/WorkshopDialogs'
import { StorageBanner } from './storage/StorageBanner'
import { SkipToChart } from './ui/SkipToChart'

export function App() {
  const status = useWorkbench((s) => s.status)
  const loadError = useWorkbench((s) => s.loadError)
  const title = useWorkbench((s) => s.chart.title)
  const { roomView, libraryOpen, sideOpen } = useView(useShallow((s) => ({ roomView: s.roomView, libraryOpen: s.libraryOpen, sideOpen: s.sideOpen })))
  useActionKeys()
  useFileDrop()
  useMenuCommands()

  if (status === 'failed') return <div className="fatal" role="alert">{loadError}</div>
  if (status === 'loading') return <div className="loading">Opening your charts…</div>
  const layout = roomView ? 'room-view' : `${libraryOpen ? 'with-library' : 'library-folded'} ${sideOpen ? 'with-side' : 'side-folded'}`
  return (
    <ReactFlowProvider>
      <div className={`app ${layout}`}>
        <SkipToChart />
        {!roomView && <Toolbar />}
        {!roomView && <StorageBanner />}
        <main className="workspace">
          <h1 className="visually-hidden">Org Workbench: {title || 'Untitled chart'}</h1>
          {!roomView && (libraryOpen ? <Library /> : <PanelRail panel="library" />)}
          <ChartCanvas fitKey={layout} />
          {!roomView &&
            (sideOpen ? (
              <div className="side">
                <Inspector />
                <FindingsPanel />
              </div>
            ) : (
              <PanelRail panel="side" />
            ))}
        </main>
        {roomView && <RoomViewBar />}
        <Notices />
        <PresentMode />
        <CommandPalette />
        <Announcer />
        <WorkshopDialogs />
        <ExportDialog />
        <CsvImportDialog />
        <RefusedFileDialog />
        <OpenProgress />
        <LiveLayer />
      </div>
    </ReactFlowProvider>
  )
}
