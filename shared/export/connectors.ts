// Reporting lines drawn from boxes alone (no routing data), the same in every export and
// in the canvas overview. A report indented just right of its manager and below it is a
// stacked team member: its line runs down the stack's left side and in from the left.
// Any other report hangs from a bus halfway between the manager and its highest report.

import { LAYOUT_SPACING } from '../layout/layout-chart'

export interface LineBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export type Polyline = readonly (readonly [number, number])[]

/** How far down a stacked box its line comes in: near the title. */
const STACK_ENTRY = 22

export function isStacked(manager: LineBox, report: LineBox): boolean {
  return report.y > manager.y + manager.height && report.x > manager.x + 4 && report.x < manager.x + manager.width / 2
}

/** Lines from one manager to each of its reports, in the order given. */
export function connectorLines(manager: LineBox, reports: readonly LineBox[]): Polyline[] {
  const mx = manager.x + manager.width / 2
  const mb = manager.y + manager.height
  const hanging = reports.filter((r) => !isStacked(manager, r) && r.y > mb)
  const busY = hanging.length > 0 ? mb + (Math.min(...hanging.map((r) => r.y)) - mb) / 2 : mb + LAYOUT_SPACING.inStack / 2
  return reports.map((r): Polyline => {
    if (isStacked(manager, r)) {
      const sx = r.x - LAYOUT_SPACING.stackIndent / 2
      const ey = r.y + Math.min(r.height / 2, STACK_ENTRY)
      return [[sx, mb], [sx, ey], [r.x, ey]]
    }
    const rx = r.x + r.width / 2
    if (r.y > mb) {
      // Under another report of the same manager (a column of reports): the line runs down
      // the column's left side, so it cannot be mistaken for a line from the report above.
      const underSibling = reports.some((o) => o !== r && Math.abs(o.x - r.x) < 1 && o.y < r.y)
      if (underSibling) {
        const sx = r.x - LAYOUT_SPACING.stackIndent / 2
        const ey = r.y + Math.min(r.height / 2, STACK_ENTRY)
        return [[mx, mb], [mx, busY], [sx, busY], [sx, ey], [r.x, ey]]
      }
      return [[mx, mb], [mx, busY], [rx, busY], [rx, r.y]]
    }
    // A report placed beside or above its manager (hand-arranged): a straight line between centres.
    return [[mx, manager.y + manager.height / 2], [rx, r.y + r.height / 2]]
  })
}
