// While a branch is shown alone: which one, and the way back to the whole chart.

import { Panel } from '@xyflow/react'
import { indexChart } from '@shared/model/index-chart'
import { useWorkbench } from '../state/store'
import { useChartView } from '../state/view'
import { run, showWholeChart } from '../actions'
import { collapseCount } from './branch-counts'

export function FocusBar() {
  const chartId = useWorkbench((s) => s.chart.id)
  const focus = useChartView(chartId).focusBranch
  const head = useWorkbench((s) => (focus ? indexChart(s.chart).roleById.get(focus) : undefined))
  const below = useWorkbench((s) => (focus ? collapseCount(s.chart, focus) : 0))
  const total = useWorkbench((s) => s.chart.roles.length)
  if (!focus || !head) return null
  return (
    <Panel position="top-center" className="focus-bar" data-testid="focus-bar">
      <span role="status">
        Showing the branch of <strong>{head.title || 'Untitled role'}</strong>: {(below + 1).toLocaleString('en')} of {total.toLocaleString('en')} roles
      </span>
      <button type="button" className="primary" onClick={() => run(showWholeChart)}>
        Show whole chart
      </button>
    </Panel>
  )
}
