// Short, non-blocking notices at the bottom of the window, read out by screen readers.

import { useEffect } from 'react'
import { dismissNotice, useWorkbench, type Notice } from '../state/store'

const LIFETIME = { info: 4000, success: 3500, warning: 8000, error: 12000 } as const

function NoticeView({ notice }: { notice: Notice }) {
  useEffect(() => {
    const t = setTimeout(() => dismissNotice(notice.id), LIFETIME[notice.kind])
    return () => clearTimeout(t)
  }, [notice])
  return (
    <div className={`notice notice-${notice.kind}`} data-testid="notice">
      <span>{notice.text}</span>
      {notice.action && (
        <button
          className="btn btn-small"
          onClick={() => {
            notice.action?.run()
            dismissNotice(notice.id)
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button className="notice-close" aria-label="Dismiss" onClick={() => dismissNotice(notice.id)}>
        ×
      </button>
    </div>
  )
}

export function Notices() {
  const notices = useWorkbench((s) => s.notices)
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  )
}
