// Present mode: a full-screen, high-contrast walk through the open findings for a
// room watching a projector. One finding at a time, warnings first, with the chart
// beside it and the finding's role highlighted; the group applies a suggestion,
// accepts an exception with a note, or parks it, and the view moves on.
// Undo (Ctrl/Cmd+Z) keeps working: the key handler lets modified keys through.

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Finding } from '@shared/rules/types'
import { makeDecision, type Decision, type DecisionKind } from '@shared/workshop/decision-log'
import { afterDecision, presentOrder, resolveCursor, type Cursor } from '@shared/workshop/present-queue'
import { useWorkbench } from '../../state/store'
import { acceptFinding, applySuggestion, run as runAction } from '../../actions'
import { isTextField, trapTab } from '../a11y/focus'
import { useInertOutside } from '../a11y/use-modal'
import { exportDecisionLog, parkedOpen } from './export-log'
import { PresentFinding } from './PresentFinding'
import { PresentSummary } from './PresentSummary'
import { PresentStage } from './PresentStage'
import { recordDecision, selectDecisions, stopPresenting, usePresent } from './present-store'
import './present.css'

const fingerprints = (decisions: readonly Decision[]): ReadonlySet<string> => new Set(decisions.map((d) => d.findingFingerprint))

export function PresentMode() {
  const presenting = usePresent((s) => s.presenting)
  const chartId = useWorkbench((s) => s.chart.id)
  return presenting ? <PresentOverlay key={chartId} /> : null
}

function PresentOverlay() {
  const chart = useWorkbench((s) => s.chart)
  const lint = useWorkbench((s) => s.lint)
  const decisions = usePresent(selectDecisions(chart.id))
  const [startedAt] = useState(() => new Date().toISOString())
  const [firstNotice] = useState(() => useWorkbench.getState().notices.at(-1)?.id ?? 0)
  const notice = useWorkbench((s) => s.notices.at(-1))
  const [cursor, setCursor] = useState<Cursor | null>(null)
  /** Parked findings are skipped when parked after this time ("Review parked" moves it on). */
  const [reviewFrom, setReviewFrom] = useState(startedAt)
  const [summaryAsked, setSummaryAsked] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const headingId = useId()
  useInertOutside(rootRef)

  const list = useMemo(() => presentOrder(lint.findings), [lint])
  const run = decisions.filter((d) => d.at >= startedAt)
  const parkedNow = fingerprints(parkedOpen(run, lint))
  // A fix that is undone brings its finding back into the round; a parked one stays out.
  const skip = fingerprints(parkedOpen(run.filter((d) => d.at >= reviewFrom), lint))
  const index = resolveCursor(list, cursor, skip)
  const current: Finding | null = summaryAsked || index < 0 ? null : list[index]
  const undecided = list.filter((f) => !skip.has(f.fingerprint)).length

  const go = (i: number) => {
    if (i >= list.length) return setSummaryAsked(true)
    if (i < 0) return
    setSummaryAsked(false)
    setCursor({ fingerprint: list[i].fingerprint, index: i })
  }
  const next = () => (current ? go(index + 1) : undefined)
  const previous = () => go(current ? index - 1 : list.length - 1)

  /** `change` makes the edit through the actions layer and says whether it was made. */
  const decide = (finding: Finding, kind: DecisionKind, extra: { suggestionTitle?: string; note?: string }, change?: (done: (ok: boolean) => void) => void): boolean => {
    const before = useWorkbench.getState().chart
    let ok = true
    change?.((made) => (ok = made))
    if (!ok) return false
    recordDecision(before.id, makeDecision(finding, before, kind, new Date().toISOString(), extra))
    const nowSkipped = new Set(skip)
    if (kind === 'parked') nowSkipped.add(finding.fingerprint)
    else nowSkipped.delete(finding.fingerprint)
    const after = presentOrder(useWorkbench.getState().lint.findings)
    // A fix that left its finding open would otherwise keep the room on the same screen.
    const from = after[index]?.fingerprint === finding.fingerprint && kind !== 'parked' ? index + 1 : index
    setCursor(afterDecision(after, from, nowSkipped))
    return true
  }

  // Keys are caught before the canvas sees them (Delete there would remove a hidden role).
  const keys = useRef({ next, previous })
  keys.current = { next, previous }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const root = rootRef.current
      if (!root || e.ctrlKey || e.metaKey || e.altKey) return
      const inside = e.target instanceof Node && root.contains(e.target)
      if (inside && isTextField(e.target)) return
      if (e.key === 'Tab') return void (e.stopPropagation(), trapTab(e, root))
      e.stopPropagation()
      const actions: Record<string, (() => void) | undefined> = { ArrowRight: keys.current.next, ArrowLeft: keys.current.previous, Escape: stopPresenting }
      const action = actions[e.key]
      if (action || !inside) e.preventDefault()
      action?.()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

  // Leaving full screen (the browser's own Escape) leaves present mode too.
  useEffect(() => {
    let full = !!document.fullscreenElement
    const onChange = () => {
      const now = !!document.fullscreenElement
      if (full && !now) stopPresenting()
      full = now
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  // A decision removes the button that had focus: bring focus back to the heading.
  useEffect(() => {
    const root = rootRef.current
    if (root && !root.contains(document.activeElement)) document.getElementById(headingId)?.focus({ preventScroll: true })
  })

  const position = current ? `Finding ${index + 1} of ${list.length}` : list.length ? `${list.length} open finding${list.length === 1 ? '' : 's'}` : 'No open findings'

  return (
    <div ref={rootRef} className="present" tabIndex={-1} role="dialog" aria-modal="true" aria-label="Present findings" data-testid="present-mode">
      <header className="present-bar">
        <span className="present-chart">{chart.title || 'Untitled chart'}</span>
        <span className="present-position" role="status" data-testid="present-position">
          {position}
        </span>
        <button className="present-btn present-exit" onClick={stopPresenting}>
          Exit
        </button>
      </header>

      <div className="present-main">
      <div className="present-body">
        {current ? (
          <PresentFinding
            key={current.fingerprint}
            finding={current}
            headingId={headingId}
            parked={parkedNow.has(current.fingerprint)}
            onApply={(s) => void decide(current, 'applied', { suggestionTitle: s.title }, (done) => runAction(applySuggestion, { suggestion: s, done }))}
            onAccept={(note) => decide(current, 'accepted', { note }, (done) => runAction(acceptFinding, { finding: current, note, accepted: done }))}
            onPark={() => void decide(current, 'parked', {})}
          />
        ) : (
          <PresentSummary
            headingId={headingId}
            run={run}
            parkedCount={parkedNow.size}
            undecided={undecided}
            onExport={() => void exportDecisionLog(chart, lint, decisions)}
            onReviewParked={() => {
              setReviewFrom(new Date().toISOString())
              setSummaryAsked(false)
              setCursor(null)
            }}
            onBack={() => {
              setSummaryAsked(false)
              setCursor(null)
            }}
            onExit={stopPresenting}
          />
        )}
      </div>
      <PresentStage roleId={current?.roleId ?? null} />
      </div>

      <footer className="present-nav">
        <button className="present-btn" onClick={previous} disabled={list.length === 0 || (!!current && index === 0)}>
          ← Previous
        </button>
        <span className="present-hint">← → move · Esc leaves · Ctrl+Z undoes</span>
        <button className="present-btn" onClick={next} disabled={!current}>
          Next →
        </button>
      </footer>
      {notice && notice.id > firstNotice && (
        <p className={`present-notice present-notice-${notice.kind}`} role="status">
          {notice.text}
        </p>
      )}
    </div>
  )
}
