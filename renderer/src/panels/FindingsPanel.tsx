// The Findings panel: open findings (warnings first), accepted exceptions with their
// notes, and exceptions that no longer match anything.

import { exceptionKey } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { dispatch, useWorkbench } from '../state/store'
import { FindingItem } from './FindingItem'

export function FindingsPanel() {
  const lint = useWorkbench((s) => s.lint)
  const chart = useWorkbench((s) => s.chart)
  const warnings = lint.findings.filter((f) => f.severity === 'warning')
  const notes = lint.findings.filter((f) => f.severity !== 'warning')
  const index = indexChart(chart)
  const labelOf = (roleId?: string, dutyId?: string) =>
    [dutyId && index.dutyById.get(dutyId)?.label, roleId && index.roleById.get(roleId)?.title].filter(Boolean).join(' · ')

  return (
    <section className="panel findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Findings <span className={`count${warnings.length ? ' count-warning' : ''}`} data-testid="findings-count">{warnings.length}</span>
      </h2>
      {lint.findings.length === 0 && <p className="muted findings-empty">No findings: every role holds work that fits it.</p>}
      <ul className="finding-list">
        {warnings.map((f) => (
          <FindingItem key={f.fingerprint} finding={f} />
        ))}
      </ul>
      {notes.length > 0 && (
        <details className="findings-section" open={warnings.length === 0 || undefined}>
          <summary>Structure notes ({notes.length})</summary>
          <ul className="finding-list">
            {notes.map((f) => (
              <FindingItem key={f.fingerprint} finding={f} />
            ))}
          </ul>
        </details>
      )}
      {lint.accepted.length > 0 && (
        <details className="findings-section">
          <summary>Accepted exceptions ({lint.accepted.length})</summary>
          <ul className="exception-list">
            {lint.accepted.map(({ finding, exception }) => (
              <li key={finding.fingerprint} data-testid="accepted-exception">
                <strong>{labelOf(exception.roleId, exception.dutyId)}</strong>
                <p>{finding.message}</p>
                <p className="exception-note">Accepted: {exception.note}</p>
                <button className="btn btn-small" onClick={() => dispatch([{ type: 'removeException', key: exceptionKey(exception) }], 'Reopen finding')}>
                  Reopen
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {lint.stale.length > 0 && (
        <details className="findings-section" open>
          <summary>Stale exceptions ({lint.stale.length})</summary>
          <p className="muted">These were accepted, but the finding no longer occurs.</p>
          <ul className="exception-list">
            {lint.stale.map((e) => (
              <li key={exceptionKey(e)} data-testid="stale-exception">
                <strong>{labelOf(e.roleId, e.dutyId) || e.ruleId}</strong>
                <p className="exception-note">Note: {e.note}</p>
                <button className="btn btn-small" onClick={() => dispatch([{ type: 'removeException', key: exceptionKey(e) }], 'Remove stale exception')}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
