// The session's decisions outside present mode: a dialog listing what was applied,
// accepted and parked, with Export.

import { useEffect, useId, useRef, useState } from 'react'
import type { Decision } from '@shared/workshop/decision-log'
import { useWorkbench } from '../../state/store'
import { trapTab, rememberFocus } from '../a11y/focus'
import { useInertOutside } from '../a11y/use-modal'
import { exportDecisionLog, parkedOpen } from './export-log'
import { selectDecisions, usePresent } from './present-store'
import './decision-log.css'

const when = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
const what = (d: Decision) => `${d.dutyLabel || d.message}${d.roleTitle ? ` — ${d.roleTitle}` : ''}`

export function DecisionLogDialog({ onClose }: { onClose: () => void }) {
  const chart = useWorkbench((s) => s.chart)
  const lint = useWorkbench((s) => s.lint)
  const decisions = usePresent(selectDecisions(chart.id))
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const backdrop = useRef<HTMLDivElement>(null)
  useInertOutside(backdrop)
  const applied = decisions.filter((d) => d.kind === 'applied')
  const accepted = decisions.filter((d) => d.kind === 'accepted')
  const parked = parkedOpen(decisions, lint)

  // Taken while rendering, before anything in the dialog has focus.
  const [restoreFocus] = useState(rememberFocus)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus()
    return restoreFocus
  }, [restoreFocus])

  return (
    <div ref={backdrop} className="decision-log-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="decision-log popover"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="decision-log"
        onKeyDown={(e) => {
          // The canvas listens for Delete and Backspace on the whole page.
          if (!e.ctrlKey && !e.metaKey) e.stopPropagation()
          if (e.key === 'Escape') onClose()
          else if (ref.current) trapTab(e, ref.current)
        }}
      >
        <div className="popover-head">
          <h2 id={titleId}>Decision log</h2>
          <span className="toolbar-spacer" />
          <button className="btn btn-primary" onClick={() => void exportDecisionLog(chart, lint, decisions)} disabled={decisions.length === 0}>
            Export decision log
          </button>
          <button className="btn" onClick={onClose}>
            Close
          </button>
        </div>
        {decisions.length === 0 && <p className="muted">No decisions yet. Use Present to go through the findings with the group.</p>}
        <LogSection title="Suggestions applied" items={applied} detail={(d) => d.suggestionTitle} />
        <LogSection title="Accepted as exceptions" items={accepted} detail={(d) => (d.note ? `Note: ${d.note}` : undefined)} />
        <LogSection title="Parked for later" items={parked} detail={() => undefined} />
      </div>
    </div>
  )
}

function LogSection({ title, items, detail }: { title: string; items: readonly Decision[]; detail: (d: Decision) => string | undefined }) {
  if (items.length === 0) return null
  return (
    <section className="decision-log-section">
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul>
        {items.map((d) => (
          <li key={`${d.at}|${d.findingFingerprint}`} data-testid="decision">
            <span className="decision-time">{when(d.at)}</span> <strong>{what(d)}</strong>
            {detail(d) && <div className="muted">{detail(d)}</div>}
          </li>
        ))}
      </ul>
    </section>
  )
}
