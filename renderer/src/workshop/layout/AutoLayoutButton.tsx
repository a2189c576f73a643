// "Auto layout" with its direction: tidies the whole chart into a hierarchy as one
// undoable edit, then fits it to the screen.

import { useState } from 'react'
import type { LayoutDirection } from '@shared/layout/layout-chart'
import { arrangeChart } from '../../actions/view'
import { run } from '../../actions/define'
import { useWorkbench } from '../../state/store'
import { chartDirection } from '../../canvas/branch-layout'
import './auto-layout.css'

const DIRECTION_LABELS: Record<LayoutDirection, string> = { down: 'Top-down', right: 'Left-right' }

export function AutoLayoutButton({ className = 'btn' }: { className?: string }) {
  const enabled = useWorkbench((s) => arrangeChart.enabled(s, 'down'))
  // Starts as the chart is drawn now, so Auto layout keeps a left-right chart left-right.
  const [direction, setDirection] = useState<LayoutDirection>(() => chartDirection(useWorkbench.getState().chart))

  return (
    <span className="auto-layout" role="group" aria-label="Auto layout">
      <button className={className} onClick={() => run(arrangeChart, direction)} disabled={!enabled} title={`Arrange all roles ${DIRECTION_LABELS[direction].toLowerCase()} by reporting line (undo restores the old places)`}>
        Auto layout
      </button>
      <select className="auto-layout-direction" aria-label="Layout direction" value={direction} onChange={(e) => setDirection(e.target.value as LayoutDirection)}>
        {(Object.keys(DIRECTION_LABELS) as LayoutDirection[]).map((d) => (
          <option key={d} value={d}>
            {DIRECTION_LABELS[d]}
          </option>
        ))}
      </select>
    </span>
  )
}
