// Collapsing, expanding and focusing branches: view choices about what the canvas draws
// (state/view.ts), never edits, so they are not undone and do not touch the chart file.

import { indexChart } from '@shared/model/index-chart'
import { collapseCount } from '../canvas/branch-counts'
import { fitChart, keepInPlace } from '../canvas/viewport'
import { select } from '../state/selection'
import type { WorkbenchState } from '../state/store'
import { expandAll, focusBranch, toggleCollapsed, viewOf } from '../state/view'
import { defineAction } from './define'

const hasReports = (s: WorkbenchState, roleId: string | null | undefined): roleId is string =>
  !!roleId && collapseCount(s.chart, roleId) > 0

const isCollapsed = (s: WorkbenchState, roleId: string) => viewOf(s.chart.id).collapsed.has(roleId)

/** Collapses or expands one role's branch, keeping that role where it is on screen. */
export const toggleBranch = defineAction<string>({
  id: 'toggle-branch',
  label: 'Collapse or expand branch',
  enabled: (s, roleId) => hasReports(s, roleId),
  perform: (s, roleId) => {
    const chartId = s.chart.id
    const collapsing = !isCollapsed(s, roleId)
    // A selected role inside the branch would vanish: the selection moves to the branch's head.
    const sel = s.selection.roleId
    if (collapsing && sel && sel !== roleId && isBelow(s, sel, roleId)) select(roleId)
    keepInPlace(roleId, () => toggleCollapsed(chartId, roleId))
  }
})

function isBelow(s: WorkbenchState, roleId: string, headId: string): boolean {
  const { roleById } = indexChart(s.chart)
  const seen = new Set<string>()
  for (let r = roleById.get(roleId)?.reportsTo; r && !seen.has(r); r = roleById.get(r)?.reportsTo) {
    if (r === headId) return true
    seen.add(r)
  }
  return false
}

export const collapseBranch = defineAction({
  id: 'collapse-branch',
  label: 'Collapse branch',
  hint: "Hide the selected role's reports (all levels); a count shows how many",
  keys: ['B'],
  keyScope: 'canvas',
  enabled: (s) => hasReports(s, s.selection.roleId) && !isCollapsed(s, s.selection.roleId!),
  perform: (s) => toggleBranch.perform(s, s.selection.roleId!)
})

export const expandBranch = defineAction({
  id: 'expand-branch',
  label: 'Expand branch',
  hint: "Show the selected role's reports again",
  keys: ['B'],
  keyScope: 'canvas',
  enabled: (s) => hasReports(s, s.selection.roleId) && isCollapsed(s, s.selection.roleId!),
  perform: (s) => toggleBranch.perform(s, s.selection.roleId!)
})

export const expandAllBranches = defineAction({
  id: 'expand-all-branches',
  label: 'Expand all branches',
  enabled: (s) => viewOf(s.chart.id).collapsed.size > 0,
  perform: (s) => {
    expandAll(s.chart.id)
    fitChart()
  }
})

export const focusOnBranch = defineAction({
  id: 'focus-branch',
  label: 'Show this branch alone',
  hint: 'Draw only the selected role and the roles below it; "Show whole chart" brings the rest back',
  enabled: (s) => hasReports(s, s.selection.roleId) && viewOf(s.chart.id).focusBranch !== s.selection.roleId,
  perform: (s) => {
    // The canvas fits the branch once it is drawn.
    focusBranch(s.chart.id, s.selection.roleId)
  }
})

export const showWholeChart = defineAction({
  id: 'show-whole-chart',
  label: 'Show whole chart',
  hint: 'Leave the focused branch and draw every role again',
  enabled: (s) => viewOf(s.chart.id).focusBranch !== null,
  perform: (s) => {
    focusBranch(s.chart.id, null)
  }
})
