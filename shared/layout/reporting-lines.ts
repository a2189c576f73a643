// Reporting lines drawn from boxes alone (no routing data), the same on the canvas and in
// every export. A report indented just right of its manager and below it is a stacked
// team member: its line runs down the stack's side and comes in beside the title. A report
// under another report of the same manager (a column of reports) takes its line down the
// column's side too, so it cannot be read as reporting to the role above it. Any other
// report hangs from a bus halfway between the manager and its highest report.

import { LAYOUT_SPACING } from './layout-chart'

export interface LineBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export type Polyline = readonly (readonly [number, number])[]

export const LINE_SHAPES = ['stacked', 'column', 'hanging', 'free'] as const
export type LineShape = (typeof LINE_SHAPES)[number]

/** How far down a box a line coming in from the side meets it: beside the title. */
export const SIDE_ENTRY = 22
/** The side rail runs this far before a box's edge: midway between side-by-side teams, and
 *  far enough out that the short last stretch into the box stays easy to click. */
export const RAIL_GAP = LAYOUT_SPACING.betweenTeams / 2

export function isStacked(manager: LineBox, report: LineBox): boolean {
  return report.y > manager.y + manager.height && report.x > manager.x + 4 && report.x < manager.x + manager.width / 2
}

/** How each report's line is drawn, in the order given. */
export function lineShapes(manager: LineBox, reports: readonly LineBox[]): LineShape[] {
  const mb = manager.y + manager.height
  return reports.map((r) => {
    if (isStacked(manager, r)) return 'stacked'
    if (r.y <= mb) return 'free'
    const underSibling = reports.some((o) => o !== r && Math.abs(o.x - r.x) < r.width / 2 && o.y < r.y && !isStacked(manager, o))
    return underSibling ? 'column' : 'hanging'
  })
}

/** Where the bus under a manager runs: halfway down to its highest hanging report. */
export function busLevel(manager: LineBox, reports: readonly LineBox[]): number {
  const mb = manager.y + manager.height
  const hanging = reports.filter((r) => !isStacked(manager, r) && r.y > mb)
  return hanging.length > 0 ? mb + (Math.min(...hanging.map((r) => r.y)) - mb) / 2 : mb + LAYOUT_SPACING.inStack / 2
}

/**
 * The path of one line from its two ends: the manager's bottom centre, and where the
 * report takes it in (top centre, or beside the title for lines from the side).
 */
export function linePath(shape: LineShape, from: readonly [number, number], to: readonly [number, number], bus: number): Polyline {
  const [mx, mb] = from
  const [tx, ty] = to
  const rail = tx - RAIL_GAP
  switch (shape) {
    case 'stacked':
      return [[rail, mb], [rail, ty], [tx, ty]]
    case 'column':
      return [[mx, mb], [mx, bus], [rail, bus], [rail, ty], [tx, ty]]
    case 'hanging':
      return [[mx, mb], [mx, bus], [tx, bus], [tx, ty]]
    case 'free':
      return [[mx, mb], [tx, ty]]
  }
}

/** Where a report takes its line in, for the given shape. */
export function lineEnd(shape: LineShape, report: LineBox): [number, number] {
  if (shape === 'stacked' || shape === 'column') return [report.x, report.y + Math.min(report.height / 2, SIDE_ENTRY)]
  if (shape === 'free') return [report.x + report.width / 2, report.y + report.height / 2]
  return [report.x + report.width / 2, report.y]
}

/** Lines from one manager to each of its reports, in the order given. */
export function connectorLines(manager: LineBox, reports: readonly LineBox[]): Polyline[] {
  const shapes = lineShapes(manager, reports)
  const bus = busLevel(manager, reports)
  const mx = manager.x + manager.width / 2
  return reports.map((r, i) => {
    const from: [number, number] = shapes[i] === 'free' ? [mx, manager.y + manager.height / 2] : [mx, manager.y + manager.height]
    return linePath(shapes[i], from, lineEnd(shapes[i], r), bus)
  })
}
