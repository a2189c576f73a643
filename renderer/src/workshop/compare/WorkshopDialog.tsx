// The modal frame the compare, scenario and role-profile dialogs share: labelled by its
// heading, Escape and a click outside close it, Tab stays inside, focus goes back on close.

import { type ReactNode, useEffect, useId, useRef } from 'react'
import { rememberFocus, trapTab } from '../a11y/focus'
import './workshop-dialogs.css'

export function WorkshopDialog({ title, onClose, className = '', testId, children, actions }: {
  title: string
  onClose: () => void
  className?: string
  testId?: string
  children: ReactNode
  /** Buttons in the footer; a Close button is always added last. */
  actions?: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()

  useEffect(() => {
    const restore = rememberFocus()
    ref.current?.querySelector<HTMLElement>('select:not(:disabled), input:not(:disabled), button:not(:disabled)')?.focus()
    return restore
  }, [])

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`modal workshop-dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(e) => {
          // The canvas listens for Delete, Backspace and undo keys on the whole page.
          if (!e.ctrlKey && !e.metaKey) e.stopPropagation()
          if (e.key === 'Escape') onClose()
          else if (ref.current) trapTab(e, ref.current)
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="modal-actions">
          {actions}
          <button className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
