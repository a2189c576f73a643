// The end of a present run: what the group decided, what waits for later, and the
// decision log to take away.

import type { Decision } from '@shared/workshop/decision-log'

export interface SummaryProps {
  readonly headingId: string
  /** Decisions taken since present mode was entered. */
  readonly run: readonly Decision[]
  /** Open findings parked in this run. */
  readonly parkedCount: number
  /** Open findings not yet discussed (only when the summary was asked for early). */
  readonly undecided: number
  readonly onExport: () => void
  readonly onReviewParked: () => void
  readonly onBack: () => void
  readonly onExit: () => void
}

export function PresentSummary({ headingId, run, parkedCount, undecided, onExport, onReviewParked, onBack, onExit }: SummaryProps) {
  const applied = run.filter((d) => d.kind === 'applied').length
  const accepted = run.filter((d) => d.kind === 'accepted').length
  const title = undecided > 0 ? 'Summary so far' : parkedCount > 0 ? 'Nothing left to decide today' : 'All findings settled'
  return (
    <section className="present-summary" data-testid="present-summary">
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <ul className="present-counts">
        <li>
          <strong>{applied}</strong> suggestion{applied === 1 ? '' : 's'} applied
        </li>
        <li>
          <strong>{accepted}</strong> accepted as exception{accepted === 1 ? '' : 's'}
        </li>
        <li>
          <strong>{parkedCount}</strong> parked for later
        </li>
        {undecided > 0 && (
          <li>
            <strong>{undecided}</strong> not discussed yet
          </li>
        )}
      </ul>
      <div className="present-summary-actions">
        <button className="present-btn present-btn-primary" onClick={onExport}>
          Export decision log
        </button>
        {undecided > 0 && (
          <button className="present-btn" onClick={onBack}>
            Back to findings
          </button>
        )}
        {parkedCount > 0 && (
          <button className="present-btn" onClick={onReviewParked}>
            Review parked ({parkedCount})
          </button>
        )}
        <button className="present-btn" onClick={onExit}>
          Leave present mode
        </button>
      </div>
    </section>
  )
}
