// Roles without a stored position (hand-written files, CSV imports, files from other
// tools) get one from the chart layout. Roles already placed never move: the unplaced
// ones are laid out as a chart of their own below everything else.

import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { layoutChart, type LayoutOptions, type Size } from './layout-chart'
import { compactCards, roleNodeSize } from './node-size'

/** Room between what was placed before and the roles placed now. */
export const UNPLACED_GAP = 160

const isPlaced = (r: { x?: number; y?: number }): boolean => Number.isFinite(r.x) && Number.isFinite(r.y)

export function hasUnplacedRoles(chart: Chart): boolean {
  return chart.roles.some((r) => !isPlaced(r))
}

/** The chart with every role placed; the same object when nothing was missing. */
export function placeUnplacedRoles(chart: Chart, options: Partial<LayoutOptions> = {}): Chart {
  if (!hasUnplacedRoles(chart)) return chart
  const { dutiesByRole, roleById } = indexChart(chart)
  const compact = compactCards(chart.roles.length)
  const nodeSize = options.nodeSize ?? ((id: string): Size => roleNodeSize(roleById.get(id)!, dutiesByRole.get(id) ?? [], compact))
  const loose = chart.roles.filter((r) => !isPlaced(r))
  const looseIds = new Set(loose.map((r) => r.id))
  // A loose role under a placed manager starts a tree of its own here; its reporting line stays.
  const sub: Chart = { ...chart, roles: loose.map((r) => ({ ...r, reportsTo: r.reportsTo && looseIds.has(r.reportsTo) ? r.reportsTo : null })) }
  const laid = layoutChart(sub, { direction: options.direction ?? 'down', aspect: options.aspect, nodeSize })
  let left = 0
  let top = 0
  const placed = chart.roles.filter(isPlaced)
  if (placed.length > 0) {
    left = Math.min(...placed.map((r) => r.x!))
    top = Math.max(...placed.map((r) => r.y! + nodeSize(r.id).height)) + UNPLACED_GAP
  }
  const at = new Map(laid.positions.map((p) => [p.id, p]))
  return {
    ...chart,
    roles: chart.roles.map((r) => {
      if (isPlaced(r)) return r
      const p = at.get(r.id)!
      return { ...r, x: left + p.x, y: top + p.y }
    })
  }
}
