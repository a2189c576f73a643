// The File menu: open, save, recent files, CSV in and out, and export.

import { useEffect, useRef, useState } from 'react'
import { platform, type RecentFile } from '../platform/bridge'
import { notify } from '../state/store'
import { openRecentFile } from './file-actions'
import { run } from '../actions/define'
import type { AnyAction } from '../actions/types'
import { exportImage, exportMatrix, importCsv, openFile, save, saveAs } from '../actions/file'

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

  const item = (label: string, act: () => unknown) => (
    <button
      role="menuitem"
      onClick={() => {
        setOpen(false)
        void Promise.resolve(act()).catch((e: unknown) => notify('error', e instanceof Error ? e.message : String(e)))
      }}
    >
      {label}
    </button>
  )

  const action = (a: AnyAction, label = a.label) => item(label, () => run(a))

  return (
    <div className="menu" ref={box}>
      <button className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        File ▾
      </button>
      {open && (
        <div className="menu-list" role="menu" aria-label="File">
          {action(openFile)}
          {action(save)}
          {action(saveAs)}
          {recent.length > 0 && <hr />}
          {recent.length > 0 && <span className="menu-label">Recent files</span>}
          {recent.slice(0, 6).map((r) => (
            <span key={r.handle}>{item(r.name, () => openRecentFile(r.handle))}</span>
          ))}
          <hr />
          {action(importCsv)}
          {action(exportMatrix)}
          {action(exportImage, 'Export image…')}
        </div>
      )}
    </div>
  )
}
