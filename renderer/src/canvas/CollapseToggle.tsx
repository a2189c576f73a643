// The collapse/expand toggle on a role with reports: "−" hides the branch below it,
// "+12" (the number of roles hidden) brings it back. A real button with a name that says
// what it does and for whom; B does the same on the selected role.

import { memo } from 'react'
import { indexChart } from '@shared/model/index-chart'
import { useWorkbench } from '../state/store'
import { useChartView } from '../state/view'
import { run, toggleBranch } from '../actions'
import { collapseCount } from './branch-counts'

function CollapseToggleView({ roleId }: { roleId: string }) {
  const count = useWorkbench((s) => collapseCount(s.chart, roleId))
  const title = useWorkbench((s) => indexChart(s.chart).roleById.get(roleId)?.title ?? '')
  const chartId = useWorkbench((s) => s.chart.id)
  const collapsed = useChartView(chartId).collapsed.has(roleId)
  if (count === 0) return null
  const roles = `${count.toLocaleString('en')} ${count === 1 ? 'role' : 'roles'}`
  const name = collapsed ? `Expand branch of ${title || 'Untitled role'} (${roles} hidden)` : `Collapse branch of ${title || 'Untitled role'} (${roles} below)`
  return (
    <button
      type="button"
      className={`collapse-toggle nodrag nopan${collapsed ? ' is-collapsed' : ''}`}
      data-testid="collapse-toggle"
      aria-label={name}
      aria-expanded={!collapsed}
      title={`${name} · B`}
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation()
        run(toggleBranch, roleId)
      }}
    >
      {collapsed ? `+${count.toLocaleString('en')}` : '−'}
    </button>
  )
}

export const CollapseToggle = memo(CollapseToggleView)
