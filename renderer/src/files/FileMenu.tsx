// The File menu: open, save, recent files, CSV in and out, and export.

import { useEffect, useRef, useState } from 'react'
import { platform, type RecentFile } from '../platform/bridge'
import { notify, useWorkbench } from '../state/store'
import { openChartFile, openRecentFile, saveChart } from './file-actions'
import { useFileUi } from './file-state'
import { exportResponsibilityMatrix, pickCsvFile } from './csv-actions'

export function FileMenu() {
  const [open, setOpen] = useState(false)
  const [recent, setRecent] = useState<readonly RecentFile[]>([])
  const box = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    platform.listRecent().then(setRecent, () => setRecent([]))
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', onDown)
    return () => window.removeEventListener('mousedown', onDown)
  }, [open])

  const item = (label: string, run: () => unknown) => (
    <button
      role="menuitem"
      onClick={() => {
        setOpen(false)
        void Promise.resolve(run()).catch((e: unknown) => notify('error', e instanceof Error ? e.message : String(e)))
      }}
    >
      {label}
    </button>
  )

  return (
    <div className="menu" ref={box}>
      <button className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        File ▾
      </button>
      {open && (
        <div className="menu-list" role="menu" aria-label="File">
          {item('Open…', openChartFile)}
          {item('Save', () => saveChart(false))}
          {item('Save As…', () => saveChart(true))}
          {recent.length > 0 && <hr />}
          {recent.length > 0 && <span className="menu-label">Recent files</span>}
          {recent.slice(0, 6).map((r) => (
            <span key={r.handle}>{item(r.name, () => openRecentFile(r.handle))}</span>
          ))}
          <hr />
          {item('Import roles from CSV…', pickCsvFile)}
          {item('Export responsibility matrix (CSV)', () => exportResponsibilityMatrix(useWorkbench.getState()))}
          {item('Export image…', () => useFileUi.setState({ exportOpen: true }))}
        </div>
      )}
    </div>
  )
}
