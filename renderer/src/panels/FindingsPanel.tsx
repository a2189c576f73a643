// The Findings panel: open findings (warnings first), accepted exceptions with their
// notes, and exceptions that no longer match anything. Long lists render a page at a
// time and closed sections render nothing, so a big chart's panel stays cheap.

import { useState, type ReactNode } from 'react'
import { exceptionKey, type AcceptedException } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import type { Finding } from '@shared/rules/types'
import { useWorkbench } from '../state/store'
import { reopenException, run } from '../actions'
import { FindingItem } from './FindingItem'

const PAGE = 40

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const [limit, setLimit] = useState(PAGE)
  return (
    <>
      <ul className="finding-list">
        {findings.slice(0, limit).map((f) => (
          <FindingItem key={f.fingerprint} finding={f} />
        ))}
      </ul>
      {findings.length > limit && (
        <button className="btn btn-small show-more" onClick={() => setLimit((l) => l + PAGE * 5)}>
          Show more ({findings.length - limit} not shown)
        </button>
      )}
    </>
  )
}

/** A collapsible section whose content is only built while it is open. */
function Section({ title, initiallyOpen, children }: { title: string; initiallyOpen: boolean; children: () => ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen)
  return (
    <details className="findings-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children()}
    </details>
  )
}

function ExceptionTarget({ exception }: { exception: AcceptedException }) {
  const label = useWorkbench((s) => {
    const index = indexChart(s.chart)
    const duty = exception.dutyId ? index.dutyById.get(exception.dutyId)?.label : undefined
    const role = exception.roleId ? index.roleById.get(exception.roleId)?.title : undefined
    return [duty, role].filter(Boolean).join(' · ')
  })
  return <strong>{label || exception.ruleId}</strong>
}

export function FindingsPanel() {
  const lint = useWorkbench((s) => s.lint)
  const warnings = lint.findings.filter((f) => f.severity !== 'info')
  const notes = lint.findings.filter((f) => f.severity === 'info')

  return (
    <section className="panel findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Findings <span className={`count${warnings.length ? ' count-warning' : ''}`} data-testid="findings-count">{warnings.length}</span>
      </h2>
      {lint.findings.length === 0 && <p className="muted findings-empty">No findings: every role holds work that fits it.</p>}
      <FindingList findings={warnings} />
      {notes.length > 0 && (
        <Section title={`Structure notes (${notes.length})`} initiallyOpen={warnings.length === 0 && notes.length <= PAGE}>
          {() => <FindingList findings={notes} />}
        </Section>
      )}
      {lint.accepted.length > 0 && (
        <Section title={`Accepted exceptions (${lint.accepted.length})`} initiallyOpen={false}>
          {() => (
            <ul className="exception-list">
              {lint.accepted.map(({ finding, exception }) => (
                <li key={finding.fingerprint} data-testid="accepted-exception">
                  <ExceptionTarget exception={exception} />
                  <p>{finding.message}</p>
                  <p className="exception-note">Accepted: {exception.note}</p>
                  <button className="btn btn-small" onClick={() => run(reopenException, { key: exceptionKey(exception), label: 'Reopen finding' })}>
                    Reopen
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {lint.stale.length > 0 && (
        <Section title={`Stale exceptions (${lint.stale.length})`} initiallyOpen>
          {() => (
            <>
              <p className="muted">These were accepted, but the finding no longer occurs.</p>
              <ul className="exception-list">
                {lint.stale.map((e) => (
                  <li key={exceptionKey(e)} data-testid="stale-exception">
                    <ExceptionTarget exception={e} />
                    <p className="exception-note">Note: {e.note}</p>
                    <button className="btn btn-small" onClick={() => run(reopenException, { key: exceptionKey(e), label: 'Remove stale exception' })}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
    </section>
  )
}
