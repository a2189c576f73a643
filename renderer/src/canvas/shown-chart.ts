// What the canvas draws of the chart once the view's choices are applied: collapsed
// branches and a focused branch leave roles out, and the roles that stay are laid out
// again with the one layout (a view choice, never an edit: stored positions are kept
// for when every role is shown again).

import type { Chart, Role } from '@shared/model/chart'
import { layoutChart } from '@shared/layout/layout-chart'
import { hiddenRoles, type ChartView } from '../state/view'
import type { Direction } from './branch-layout'

export interface ShownChart {
  /** The roles drawn, each at the position it is drawn at. */
  readonly roles: readonly Role[]
  /** Roles left out by the view (null when every role is drawn). */
  readonly hidden: ReadonlySet<string> | null
}

const cache = new WeakMap<Chart, { view: ChartView; direction: Direction; shown: ShownChart }>()

/** The chart as drawn under `view`; the same objects while chart and view are unchanged. */
export function shownChart(chart: Chart, view: ChartView, direction: Direction): ShownChart {
  const hit = cache.get(chart)
  if (hit && hit.view === view && hit.direction === direction) return hit.shown
  const shown = compute(chart, view, direction)
  cache.set(chart, { view, direction, shown })
  return shown
}

function compute(chart: Chart, view: ChartView, direction: Direction): ShownChart {
  const hidden = hiddenRoles(chart, view)
  if (!hidden || hidden.size === 0) return { roles: chart.roles, hidden: null }
  const focus = view.focusBranch
  const kept = chart.roles.filter((r) => !hidden.has(r.id))
  if (kept.length === 0) return { roles: chart.roles, hidden: null }
  // The focused role is the top of what is drawn: its own manager is out of view.
  const top = kept.map((r) => (r.id === focus ? { ...r, reportsTo: undefined } : r))
  const keptIds = new Set(kept.map((r) => r.id))
  const sub: Chart = { ...chart, roles: top, duties: chart.duties.filter((d) => d.roleId != null && keptIds.has(d.roleId)) }
  const collapsed = new Set([...view.collapsed].filter((id) => keptIds.has(id)))
  const { positions } = layoutChart(sub, { direction, collapsed })
  // Laid out from where the drawn roles were, so the view does not jump far.
  const origin = topLeft(kept)
  const at = new Map(positions.map((p) => [p.id, p]))
  const roles = kept.map((r) => {
    const p = at.get(r.id)
    return p ? { ...r, x: p.x + origin.x, y: p.y + origin.y } : r
  })
  return { roles, hidden }
}

function topLeft(roles: readonly Role[]): { x: number; y: number } {
  let x = Infinity
  let y = Infinity
  for (const r of roles) {
    if (Number.isFinite(r.x)) x = Math.min(x, r.x!)
    if (Number.isFinite(r.y)) y = Math.min(y, r.y!)
  }
  return { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 }
}
