// A visually hidden live region that tells screen-reader users what an edit did: work
// given to a role and warnings that were not there before. Edits within a short
// moment (a bulk change, several quick drops) are read as one summary line, worked out
// once at the end of that moment (comparing 20,000 cards on every drop would slow it).

import { useEffect } from 'react'
import { useWorkbench, type WorkbenchState } from '../../state/store'
import { announcementText, describeChange } from '@shared/workshop/announcements'
import { announce, useAnnouncement } from './announce'
import './a11y.css'

const BATCH_MS = 400

export function Announcer() {
  const text = useAnnouncement((s) => s.text)
  useEffect(() => {
    /** The chart and findings before the first edit of the moment being collected. */
    let before: WorkbenchState | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const say = (from: WorkbenchState, to: WorkbenchState) => {
      const line = announcementText(describeChange(from.chart, to.chart, from.lint, to.lint))
      if (line) announce(line)
    }
    const flush = () => {
      timer = undefined
      if (before) say(before, useWorkbench.getState())
      before = null
    }
    const unsubscribe = useWorkbench.subscribe((next, prev) => {
      if (next.chart === prev.chart && next.lint === prev.lint) return
      if (before && before.chart.id !== next.chart.id) {
        // Another chart is shown: what was done on the last one is read out now.
        clearTimeout(timer)
        timer = undefined
        say(before, prev)
        before = null
      }
      before ??= prev
      // Not restarted by later edits: a steady stream of edits is still read out in time.
      if (!timer) timer = setTimeout(flush, BATCH_MS)
    })
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [])

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {text}
    </div>
  )
}
