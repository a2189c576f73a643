// A visually hidden live region that tells screen-reader users what an edit did: work
// given to a role and warnings that were not there before. Edits within a short
// moment (a bulk change, several quick drops) are read as one summary line.

import { useEffect } from 'react'
import { useWorkbench } from '../../state/store'
import { announcementText, describeChange, mergeChanges, NO_CHANGES, type ChangeEvents } from '@shared/workshop/announcements'
import { announce, useAnnouncement } from './announce'
import './a11y.css'

const BATCH_MS = 400

export function Announcer() {
  const text = useAnnouncement((s) => s.text)
  useEffect(() => {
    let batch: ChangeEvents = NO_CHANGES
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      const line = announcementText(batch)
      batch = NO_CHANGES
      announce(line)
    }
    const unsubscribe = useWorkbench.subscribe((next, prev) => {
      if (next.chart === prev.chart && next.lint === prev.lint) return
      const events = describeChange(prev.chart, next.chart, prev.lint, next.lint)
      if (events.assignments.length === 0 && events.newWarnings.length === 0) return
      batch = mergeChanges(batch, events)
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
