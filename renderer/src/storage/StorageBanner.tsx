// Says plainly when charts are not being kept on this computer (no usable IndexedDB):
// the workbench still works, and Save As is the way to keep the work.

import { useWorkbench } from '../state/store'
import { saveChart } from '../files/file-actions'

export function StorageBanner() {
  const mode = useWorkbench((s) => s.storageMode)
  const why = useWorkbench((s) => s.memoryReason)
  if (mode !== 'memory') return null
  return (
    <div className="storage-banner" role="alert" data-testid="memory-only-banner">
      <strong>Charts are not being saved on this computer.</strong> This browser does not let Org Workbench use its local storage
      {why ? ` (${why})` : ''}, so your charts live only in this window. Use Save As to keep a copy in a file before you close it.
      <button className="btn btn-small" onClick={() => void saveChart(true)}>
        Save As…
      </button>
    </div>
  )
}
