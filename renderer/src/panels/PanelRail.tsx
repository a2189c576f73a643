// A folded side panel: a narrow strip with one button that opens it again, so small
// screens give the canvas the room and nothing is more than a click away.

import { useView } from '../ui/view-state'

const PANELS = {
  library: { label: 'Library', open: { libraryOpen: true } },
  side: { label: 'Inspector and Findings', open: { sideOpen: true } }
} as const

export function PanelRail({ panel }: { panel: keyof typeof PANELS }) {
  const p = PANELS[panel]
  return (
    <aside className={`panel-rail panel-rail-${panel}`} aria-label={`${p.label} (folded)`}>
      <button className="btn panel-rail-button" onClick={() => useView.setState(p.open)} title={`Show the ${p.label}`}>
        <span className="panel-rail-text">Show {p.label}</span>
      </button>
    </aside>
  )
}
