// The chart list: every chart kept on this computer; open, create, rename, duplicate, delete.
// Choosing a chart closes the list at once, so a list opened again while the chart loads stays open.

import { useState } from 'react'
import { useWorkbench } from '../state/store'
import { createBlankChart, deleteStoredChart, duplicateStoredChart, openStoredChart, renameStoredChart } from '../state/session'

export function ChartList({ onClose }: { onClose: () => void }) {
  const charts = useWorkbench((s) => s.charts)
  const currentId = useWorkbench((s) => s.chart.id)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [confirming, setConfirming] = useState<string | null>(null)

  return (
    <div className="popover chart-list" role="dialog" aria-label="Charts">
      <div className="popover-head">
        <h2>Charts on this computer</h2>
        <button className="btn btn-small btn-primary" onClick={() => (onClose(), void createBlankChart())}>
          New chart
        </button>
        <button className="btn btn-small" onClick={onClose} aria-label="Close chart list">
          Close
        </button>
      </div>
      <ul>
        {charts.map((c) => (
          <li key={c.id} className={c.id === currentId ? 'is-current' : ''} data-testid="chart-list-item">
            {renaming === c.id ? (
              <input
                autoFocus
                aria-label="Chart name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void renameStoredChart(c.id, name).then(() => setRenaming(null))
                  if (e.key === 'Escape') setRenaming(null)
                }}
                onBlur={() => setRenaming(null)}
              />
            ) : (
              <button className="chart-open" onClick={() => (onClose(), void openStoredChart(c.id))}>
                <strong>{c.title}</strong>
                <span className="muted">
                  {c.roleCount} roles · edited {new Date(c.updatedAt).toLocaleString()}
                </span>
              </button>
            )}
            <div className="chart-actions">
              <button className="btn btn-small" onClick={() => (setRenaming(c.id), setName(c.title))}>Rename</button>
              <button className="btn btn-small" onClick={() => (onClose(), void duplicateStoredChart(c.id))}>Duplicate</button>
              {confirming === c.id ? (
                <button className="btn btn-small btn-danger" onClick={() => void deleteStoredChart(c.id).then(() => setConfirming(null))}>
                  Really delete
                </button>
              ) : (
                <button className="btn btn-small" onClick={() => setConfirming(c.id)}>Delete</button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
