// Folds a side panel into a narrow strip (PanelRail), giving its width to the canvas.

import { useView } from '../ui/view-state'

export function FoldButton({ panel }: { panel: 'library' | 'side' }) {
  const label = panel === 'library' ? 'Fold the Library' : 'Fold the Inspector and Findings'
  return (
    <button className="btn btn-small fold-button" aria-label={label} title={label} onClick={() => useView.setState(panel === 'library' ? { libraryOpen: false } : { sideOpen: false })}>
      <span aria-hidden="true">{panel === 'library' ? '«' : '»'}</span>
    </button>
  )
}
