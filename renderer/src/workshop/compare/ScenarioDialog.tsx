// "Duplicate as scenario": copies the open chart under a scenario name and opens the
// copy, so a proposal can be worked out while the current organisation stays intact.
// The copy keeps every id, which lets Compare pair roles and duties exactly.

import { useState } from 'react'
import { scenarioTitle } from '@shared/compare/scenario'
import { notify, useWorkbench } from '../../state/store'
import { duplicateStoredChart } from '../../state/session'
import { WorkshopDialog } from './WorkshopDialog'

export function ScenarioDialog({ onClose }: { onClose: () => void }) {
  const chart = useWorkbench((s) => s.chart)
  const [name, setName] = useState(() => scenarioTitle(chart.title))
  const [busy, setBusy] = useState(false)

  const create = async () => {
    const title = name.trim()
    if (!title || busy) return
    setBusy(true)
    try {
      const copy = await duplicateStoredChart(chart.id, title)
      if (!copy) {
        notify('error', `“${chart.title}” could not be copied because it is not in local storage yet. Wait a moment and try again, or use Save As to keep a file copy.`)
        return
      }
      notify('success', `Now working on “${copy.title}”. “${chart.title}” is unchanged; use Compare to see the difference.`)
      onClose()
    } finally {
      setBusy(false)
    }
  }

  return (
    <WorkshopDialog
      title="Duplicate as scenario"
      onClose={onClose}
      className="scenario-dialog"
      actions={
        <button className="btn btn-primary" onClick={() => void create()} disabled={!name.trim() || busy}>
          Create scenario
        </button>
      }
    >
      <p className="muted">A copy of “{chart.title}” opens for the proposal; the original stays as it is.</p>
      <label className="field">
        <span>Scenario name</span>
        <input
          value={name}
          maxLength={160}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void create()}
        />
      </label>
    </WorkshopDialog>
  )
}
