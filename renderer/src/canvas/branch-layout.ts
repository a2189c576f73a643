// Structural edits keep the chart tidy: after a role is added, moved under another
// manager or deleted, the branch it belongs to is laid out again, inside the same edit
// (one undo step). The smallest branch whose new arrangement touches nothing outside it
// is used, walking up the reporting line; at the top the whole chart is arranged.

import type { Chart, Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import type { Op } from '@shared/ops/operations'
import { compactCards, roleNodeSize } from '@shared/layout/node-size'
import { layoutChart } from '@shared/layout/layout-chart'
import { measuredSize } from './viewport'

export type Direction = 'down' | 'right'
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}
type Point = { readonly x: number; readonly y: number }

/** Room left beside the chart for a role placed on its own. */
const GAP = { down: { across: 40 }, right: { across: 30 } } as const
/** Clear space kept between a re-arranged branch and its neighbours. */
const MARGIN = 24

/** The direction the chart is drawn in, read from where reports sit relative to their managers. */
export function chartDirection(chart: Chart): Direction {
  const { roleById } = indexChart(chart)
  let right = 0
  let down = 0
  for (const r of chart.roles) {
    const m = r.reportsTo ? roleById.get(r.reportsTo) : undefined
    if (!m || r.x === undefined || r.y === undefined || m.x === undefined || m.y === undefined) continue
    if (r.x - m.x > Math.abs(r.y - m.y) + 1) right++
    else down++
  }
  return right > down ? 'right' : 'down'
}

/** Roles whose cards an edit has just changed: their drawn size is out of date, so it is estimated. */
export type Resized = ReadonlySet<string>
const NONE: Resized = new Set()

export function sizeOf(chart: Chart, role: Role, resized: Resized = NONE): { width: number; height: number } {
  return (resized.has(role.id) ? null : measuredSize(role.id)) ?? roleNodeSize(role, indexChart(chart).dutiesByRole.get(role.id) ?? [], compactCards(chart.roles.length))
}

export function boxOf(chart: Chart, role: Role, resized: Resized = NONE): Box {
  return { x: role.x ?? 0, y: role.y ?? 0, ...sizeOf(chart, role, resized) }
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin
}

function branchOf(chart: Chart, top: string): Role[] {
  const { roleById, reportsOf } = indexChart(chart)
  const out: Role[] = []
  const seen = new Set<string>()
  const walk = (id: string) => {
    const r = roleById.get(id)
    if (!r || seen.has(id)) return
    seen.add(id)
    out.push(r)
    for (const k of reportsOf.get(id) ?? []) walk(k.id)
  }
  walk(top)
  return out
}

/** Positions for `roles` as a tree (or forest) by the chart layout, top-left corner at the origin. */
function arrange(chart: Chart, roles: readonly Role[], direction: Direction, resized: Resized): Map<string, Point> {
  const sizes = new Map(roles.map((r) => [r.id, sizeOf(chart, r, resized)]))
  const ids = new Set(roles.map((r) => r.id))
  const sub: Chart = { ...chart, roles: roles.map((r) => (r.reportsTo && !ids.has(r.reportsTo) ? { ...r, reportsTo: null } : r)) }
  const laid = layoutChart(sub, { direction, nodeSize: (id) => sizes.get(id)! })
  return new Map(laid.positions.map((p) => [p.id, { x: p.x, y: p.y }]))
}

function moved(chart: Chart, next: ReadonlyMap<string, Point>): Op | null {
  const { roleById } = indexChart(chart)
  const positions = [...next]
    .map(([id, p]) => ({ id, x: Math.round(p.x), y: Math.round(p.y) }))
    .filter((p) => roleById.get(p.id)?.x !== p.x || roleById.get(p.id)?.y !== p.y)
  return positions.length ? { type: 'moveRoles', positions } : null
}

/**
 * The move that re-arranges the branch under `managerId` (null: the whole chart) in a
 * chart that already holds the edit, or null when nothing needs to move.
 */
export function relayoutBranch(chart: Chart, managerId: string | null, resized: Resized = NONE): Op | null {
  const { roleById } = indexChart(chart)
  const direction = chartDirection(chart)
  for (let top = managerId ? roleById.get(managerId) : undefined; top; top = top.reportsTo ? roleById.get(top.reportsTo) : undefined) {
    const branch = branchOf(chart, top.id)
    const inBranch = new Set(branch.map((r) => r.id))
    const rel = arrange(chart, branch, direction, resized)
    const anchor = rel.get(top.id)!
    const at = new Map([...rel].map(([id, p]) => [id, { x: p.x - anchor.x + (top!.x ?? 0), y: p.y - anchor.y + (top!.y ?? 0) }]))
    const boxes = branch.map((r) => ({ ...sizeOf(chart, r, resized), ...at.get(r.id)! }))
    const others = chart.roles.filter((r) => !inBranch.has(r.id)).map((r) => boxOf(chart, r, resized))
    if (!boxes.some((b) => others.some((o) => overlaps(b, o, MARGIN)))) return moved(chart, at)
  }
  const placed = chart.roles.filter((r) => r.x !== undefined && r.y !== undefined)
  const origin = placed.length ? { x: Math.min(...placed.map((r) => r.x!)), y: Math.min(...placed.map((r) => r.y!)) } : { x: 0, y: 0 }
  const all = arrange(chart, chart.roles, direction, resized)
  return moved(chart, new Map([...all].map(([id, p]) => [id, { x: p.x + origin.x, y: p.y + origin.y }])))
}

/**
 * A free spot for a new role of `size` as close to `centre` as possible (rings of
 * candidate spots around it), or beside the chart when the view is full.
 */
export function freeSpotNear(chart: Chart, centre: Point, size: { width: number; height: number }): Point {
  const boxes = chart.roles.map((r) => boxOf(chart, r))
  const step = 60
  for (let ring = 0; ring <= 10; ring++) {
    const spots: Point[] = []
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push({ x: i * step, y: j * step })
    }
    spots.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y))
    for (const d of spots) {
      const box = { x: centre.x - size.width / 2 + d.x, y: centre.y - size.height / 2 + d.y, ...size }
      if (!boxes.some((b) => overlaps(box, b, MARGIN))) return { x: box.x, y: box.y }
    }
  }
  return freeSlot(chart)
}

/** A free spot for a role with no manager: beside everything already on the chart. */
export function freeSlot(chart: Chart, near?: Role): Point {
  if (chart.roles.length === 0) return { x: 0, y: 0 }
  const boxes = chart.roles.map((r) => boxOf(chart, r))
  if (chartDirection(chart) === 'right') return { x: near?.x ?? Math.min(...boxes.map((b) => b.x)), y: Math.max(...boxes.map((b) => b.y + b.height)) + GAP.right.across * 2 }
  return { x: Math.max(...boxes.map((b) => b.x + b.width)) + GAP.down.across * 2, y: near?.y ?? Math.min(...boxes.map((b) => b.y)) }
}
