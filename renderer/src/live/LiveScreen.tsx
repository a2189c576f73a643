// Shown instead of the workbench while a join link is being opened, and when it cannot be:
// a missing or wrong key, a session that ended. Once the chart is on screen, problems go
// to the live bar instead, and the chart stays.

import { useLive } from './live-store'
import './live.css'

export function LiveScreen() {
  const phase = useLive((s) => s.phase)
  const problem = useLive((s) => s.problem)
  const onScreen = useLive((s) => s.chartShown)
  if (phase === 'joining' && !onScreen) {
    return (
      <div className="live-screen" data-testid="live-screen">
        <div className="live-screen-box" role="status">
          <h1>Joining the live session…</h1>
          <p className="muted">The chart opens as soon as it has arrived from the facilitator’s computer.</p>
        </div>
      </div>
    )
  }
  if ((phase === 'refused' || phase === 'ended' || phase === 'diverged') && !onScreen) {
    return (
      <div className="live-screen" data-testid="live-screen">
        <div className="live-screen-box is-problem" role="alert">
          <h1>{phase === 'ended' ? 'This live session has ended' : 'Cannot open this live session'}</h1>
          <p>{problem}</p>
        </div>
      </div>
    )
  }
  return null
}
