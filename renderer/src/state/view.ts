// How the canvas shows the open chart, apart from the chart itself: which branches are
// collapsed and which one (if any) is focused to be shown alone. View state only: it is
// not an edit, is not undone, and is kept per chart for the session.

import { create } from 'zustand'
import type { Chart } from '@shared/model/chart'
import { managersOf } from '@shared/layout/layout-tree'

export interface ChartView {
  /** Roles whose reports (all levels) are hidden. */
  readonly collapsed: ReadonlySet<string>
  /** When set, only this role and the roles below it are shown. */
  readonly focusBranch: string | null
}

const EMPTY_VIEW: ChartView = { collapsed: new Set(), focusBranch: null }

interface ViewState {
  readonly byChart: Readonly<Record<string, ChartView>>
}

export const useCanvasView = create<ViewState>()(() => ({ byChart: {} }))

export function viewOf(chartId: string): ChartView {
  return useCanvasView.getState().byChart[chartId] ?? EMPTY_VIEW
}

/** Subscribes to one chart's view. */
export function useChartView(chartId: string): ChartView {
  return useCanvasView((s) => s.byChart[chartId] ?? EMPTY_VIEW)
}

function update(chartId: string, change: (v: ChartView) => ChartView): void {
  useCanvasView.setState((s) => ({ byChart: { ...s.byChart, [chartId]: change(s.byChart[chartId] ?? EMPTY_VIEW) } }))
}

export function toggleCollapsed(chartId: string, roleId: string): void {
  update(chartId, (v) => {
    const collapsed = new Set(v.collapsed)
    if (!collapsed.delete(roleId)) collapsed.add(roleId)
    return { ...v, collapsed }
  })
}

export function setCollapsed(chartId: string, roleIds: Iterable<string>): void {
  update(chartId, (v) => ({ ...v, collapsed: new Set(roleIds) }))
}

export function expandAll(chartId: string): void {
  update(chartId, (v) => ({ ...v, collapsed: new Set() }))
}

export function focusBranch(chartId: string, roleId: string | null): void {
  update(chartId, (v) => ({ ...v, focusBranch: roleId }))
}

/**
 * Roles the canvas leaves out: those below a collapsed role and, with a focused branch,
 * those outside it. Null when every role is shown (the common case, kept cheap).
 */
export function hiddenRoles(chart: Chart, view: ChartView): ReadonlySet<string> | null {
  if (view.collapsed.size === 0 && !view.focusBranch) return null
  const parent = managersOf(chart)
  const focus = view.focusBranch && parent.has(view.focusBranch) ? view.focusBranch : null
  const hidden = new Set<string>()
  const verdict = new Map<string, boolean>()
  // A role is hidden when a collapsed role sits above it, or the focused role does not.
  const isHidden = (id: string): boolean => {
    const known = verdict.get(id)
    if (known !== undefined) return known
    let result = false
    let inFocus = focus === null || id === focus
    for (let p = parent.get(id) ?? null; p !== null; p = parent.get(p) ?? null) {
      if (view.collapsed.has(p)) result = true
      if (p === focus) inFocus = true
    }
    result ||= !inFocus
    verdict.set(id, result)
    return result
  }
  for (const r of chart.roles) if (isHidden(r.id)) hidden.add(r.id)
  return hidden
}

/** Makes a role drawn again: its collapsed managers expand, and a focus it lies outside is left. */
export function revealRole(chart: Chart, roleId: string): void {
  const view = viewOf(chart.id)
  if (view.collapsed.size === 0 && !view.focusBranch) return
  const parent = managersOf(chart)
  const above = new Set<string>()
  for (let p = parent.get(roleId) ?? null; p !== null && !above.has(p); p = parent.get(p) ?? null) above.add(p)
  const collapsed = [...view.collapsed].filter((id) => !above.has(id))
  const outside = view.focusBranch !== null && view.focusBranch !== roleId && !above.has(view.focusBranch)
  if (collapsed.length === view.collapsed.size && !outside) return
  update(chart.id, (v) => ({ collapsed: new Set(collapsed), focusBranch: outside ? null : v.focusBranch }))
}
