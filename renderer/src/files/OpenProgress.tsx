// While a big chart file opens: which step it is on, a bar of how far it has got, and the
// steps still to come, so a wait of a few seconds reads as work under way.

import { OPEN_STEPS } from './open-progress'
import { useOpenProgress } from './open-progress'

export function OpenProgress() {
  const progress = useOpenProgress((s) => s.progress)
  if (!progress) return null
  const index = OPEN_STEPS.indexOf(progress.step)
  // The bar covers the steps as a whole; within a step it moves when the step can tell how far it is.
  const overall = (index + (progress.fraction ?? 0)) / OPEN_STEPS.length
  const percent = progress.fraction === null ? '' : ` ${Math.round(progress.fraction * 100)}%`
  return (
    <div className="open-progress" role="status" aria-live="polite" data-testid="file-progress">
      <div className="open-progress-title">Opening “{progress.name}”</div>
      <progress max={1} value={overall} aria-label={`Opening ${progress.name}`} />
      <div className="open-progress-step" data-testid="file-progress-step">
        {progress.step}
        {percent}… (step {index + 1} of {OPEN_STEPS.length})
      </div>
    </div>
  )
}
