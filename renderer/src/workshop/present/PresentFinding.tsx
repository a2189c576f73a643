// One finding in present mode, in large type: who holds what, why it usually sits
// elsewhere, and the three decisions the group can take about it.

import { useId, useState } from 'react'
import { indexChart } from '@shared/model/index-chart'
import type { Finding, Suggestion } from '@shared/rules/types'
import { useWorkbench } from '../../state/store'

export interface FindingDecisions {
  readonly onApply: (suggestion: Suggestion) => void
  /** Returns false when the exception could not be recorded (the form stays open). */
  readonly onAccept: (note: string) => boolean
  readonly onPark: () => void
}

export function PresentFinding({ finding, parked, headingId, ...decide }: { finding: Finding; parked: boolean; headingId: string } & FindingDecisions) {
  const role = useWorkbench((s) => (finding.roleId ? indexChart(s.chart).roleById.get(finding.roleId) : undefined))
  const duty = useWorkbench((s) => (finding.dutyId ? indexChart(s.chart).dutyById.get(finding.dutyId) : undefined))
  const [accepting, setAccepting] = useState(false)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState('')
  const noteId = useId()

  const accept = () => {
    const text = note.trim()
    if (!text) return setProblem('Write a short note saying why the group keeps it, then press Enter.')
    if (decide.onAccept(text)) {
      setAccepting(false)
      setNote('')
      setProblem('')
    }
  }

  return (
    <article className={`present-finding severity-${finding.severity}`} data-testid="present-finding" data-fingerprint={finding.fingerprint}>
      <p className="present-kicker">
        {finding.severity !== 'info' ? <span className="present-warn">⚠ Outside this role’s scope</span> : <span>Structure note</span>}
        {parked && <span className="present-parked-tag">Parked</span>}
      </p>
      <h2 id={headingId} className="present-duty" tabIndex={-1}>
        {duty?.label ?? finding.message}
      </h2>
      <p className="present-role">
        {role ? (
          <>
            held by <strong>{role.title || 'Untitled role'}</strong>
            {role.person && <span className="present-person"> · {role.person}</span>}
          </>
        ) : (
          'held by nobody'
        )}
      </p>
      <dl className="present-facts">
        <dt>Why</dt>
        <dd>{finding.reason || finding.message}</dd>
        {finding.owner && (
          <>
            <dt>Usually owned by</dt>
            <dd className="present-owner">{finding.owner}</dd>
          </>
        )}
        {finding.instead && (
          <>
            <dt>What {role?.title || 'the role'} does instead</dt>
            <dd>{finding.instead}</dd>
          </>
        )}
      </dl>

      <div className="present-decisions">
        <div role="group" aria-label="Suggestions" className="present-suggestions">
          {finding.suggestions.map((s) => (
            <button key={s.id} className="present-btn present-btn-primary" onClick={() => decide.onApply(s)}>
              {s.title}
            </button>
          ))}
          {finding.suggestions.length === 0 && <p className="present-muted">No ready-made fix: move the card by hand later, accept it or park it.</p>}
        </div>
        {!accepting && (
          <div className="present-other-decisions">
            <button className="present-btn" onClick={() => setAccepting(true)}>
              Accept as exception…
            </button>
            <button className="present-btn" onClick={decide.onPark}>
              Park for later
            </button>
          </div>
        )}
        {accepting && (
          <div className="present-accept">
            <label htmlFor={noteId}>Why does the group keep it? (Enter to confirm)</label>
            <input
              id={noteId}
              autoFocus
              value={note}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${noteId}-problem` : undefined}
              placeholder="Small company: the ops manager also recruits"
              onChange={(e) => {
                setNote(e.target.value)
                if (problem) setProblem('')
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  accept()
                } else if (e.key === 'Escape') {
                  e.preventDefault()
                  e.stopPropagation()
                  setAccepting(false)
                  setProblem('')
                }
              }}
            />
            <div className="present-accept-actions">
              <button className="present-btn present-btn-primary" onClick={accept}>
                Accept
              </button>
              <button className="present-btn" onClick={() => (setAccepting(false), setProblem(''))}>
                Cancel
              </button>
            </div>
            {problem && (
              <p id={`${noteId}-problem`} className="present-problem" role="alert">
                {problem}
              </p>
            )}
          </div>
        )}
      </div>
    </article>
  )
}
