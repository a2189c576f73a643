// The overview layer's picture of the chart, in chart units: one box per drawn role,
// the reporting lines between them, and each branch's extent so big enough branches can
// be labelled. Pure data, built once per chart and view; drawing and hit-testing read it.

import type { Role } from '@shared/model/chart'
import { connectorLines, type LineBox, type Polyline } from '@shared/layout/reporting-lines'
import type { Direction } from '../branch-layout'

export interface SceneBox {
  readonly id: string
  readonly title: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly warn: boolean
}

export interface SceneBranch {
  readonly id: string
  readonly title: string
  /** Roles below the branch's head, all levels. */
  readonly size: number
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  /** The head role's own box (its label sits above it). */
  readonly head: SceneBox
}

export interface Rect {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface Scene {
  readonly boxes: readonly SceneBox[]
  /** Reporting lines, shaped as on the canvas and in the exports (shared/layout/reporting-lines). */
  readonly lines: readonly Polyline[]
  /** Branches with at least two roles below their head, largest first. */
  readonly branches: readonly SceneBranch[]
  readonly bounds: Rect
  readonly byId: ReadonlyMap<string, SceneBox>
}

export interface SceneInput {
  readonly roles: readonly Role[]
  readonly size: (role: Role) => { width: number; height: number }
  readonly warned: ReadonlySet<string>
  readonly direction: Direction
}

/**
 * `prev`, the scene built before: when no box moved, was resized or renamed (a card dropped,
 * a warning that came or went), its lines, branches and bounds are kept, and so is the scene
 * itself when nothing changed at all.
 */
export function buildScene({ roles, size, warned, direction }: SceneInput, prev?: Scene): Scene {
  const byId = new Map<string, SceneBox>()
  const boxes: SceneBox[] = []
  let sameShape = prev !== undefined && prev.boxes.length === roles.length
  let sameWarnings = sameShape
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!
    const s = size(r)
    const title = r.title || 'Untitled role'
    const x = r.x ?? 0
    const y = r.y ?? 0
    const warn = warned.has(r.id)
    const old = sameShape ? prev!.boxes[i]! : undefined
    const shaped = old !== undefined && old.id === r.id && old.title === title && old.x === x && old.y === y && old.w === s.width && old.h === s.height
    if (!shaped) sameShape = sameWarnings = false
    else if (old.warn !== warn) sameWarnings = false
    const box = shaped && old.warn === warn ? old : { id: r.id, title, x, y, w: s.width, h: s.height, warn }
    byId.set(r.id, box)
    boxes.push(box)
  }
  if (prev && sameShape) {
    if (sameWarnings) return prev
    return { boxes, lines: prev.lines, branches: prev.branches.map((b) => ({ ...b, head: byId.get(b.id)! })), bounds: prev.bounds, byId }
  }
  const lines = linesOf(roles, byId, direction)
  return { boxes, lines, branches: branchesOf(roles, byId), bounds: union(boxes), byId }
}

function linesOf(roles: readonly Role[], byId: ReadonlyMap<string, SceneBox>, direction: Direction): Polyline[] {
  // Left-right charts: the shapes are decided in the top-down frame and turned back.
  const turned = direction === 'right'
  const frame = (b: SceneBox): LineBox => (turned ? { x: b.y, y: b.x, width: b.h, height: b.w } : { x: b.x, y: b.y, width: b.w, height: b.h })
  const teams = new Map<string, SceneBox[]>()
  for (const r of roles) {
    if (!r.reportsTo || !byId.has(r.reportsTo)) continue
    const team = teams.get(r.reportsTo)
    if (team) team.push(byId.get(r.id)!)
    else teams.set(r.reportsTo, [byId.get(r.id)!])
  }
  const out: Polyline[] = []
  for (const [managerId, team] of teams) {
    for (const line of connectorLines(frame(byId.get(managerId)!), team.map(frame))) out.push(turned ? line.map(([x, y]) => [y, x] as const) : line)
  }
  return out
}

function branchesOf(roles: readonly Role[], byId: ReadonlyMap<string, SceneBox>): SceneBranch[] {
  // Extents grow from each role up its reporting line (a role's box counts in every branch above it).
  const ext = new Map<string, { x0: number; y0: number; x1: number; y1: number; n: number }>()
  const parent = new Map<string, string>()
  for (const r of roles) if (r.reportsTo && byId.has(r.reportsTo)) parent.set(r.id, r.reportsTo)
  for (const r of roles) {
    const b = byId.get(r.id)!
    const seen = new Set<string>()
    for (let p = parent.get(r.id); p !== undefined && !seen.has(p); p = parent.get(p)) {
      seen.add(p)
      const e = ext.get(p)
      if (e) {
        e.x0 = Math.min(e.x0, b.x)
        e.y0 = Math.min(e.y0, b.y)
        e.x1 = Math.max(e.x1, b.x + b.w)
        e.y1 = Math.max(e.y1, b.y + b.h)
        e.n++
      } else {
        const h = byId.get(p)!
        ext.set(p, { x0: Math.min(h.x, b.x), y0: Math.min(h.y, b.y), x1: Math.max(h.x + h.w, b.x + b.w), y1: Math.max(h.y + h.h, b.y + b.h), n: 1 })
      }
    }
  }
  const out: SceneBranch[] = []
  for (const [id, e] of ext) {
    if (e.n < 2) continue
    const head = byId.get(id)!
    out.push({ id, title: head.title, size: e.n, x: e.x0, y: e.y0, w: e.x1 - e.x0, h: e.y1 - e.y0, head })
  }
  return out.sort((a, b) => b.size - a.size)
}

function union(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, w: 0, h: 0 }
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity
  for (const b of boxes) {
    x0 = Math.min(x0, b.x)
    y0 = Math.min(y0, b.y)
    x1 = Math.max(x1, b.x + b.w)
    y1 = Math.max(y1, b.y + b.h)
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
}

/**
 * The role under a point of the chart, if any. `slop` (chart units) widens each box so a
 * click near a box a few pixels wide still lands on it; the nearest box wins.
 */
export function roleAt(scene: Scene, p: { x: number; y: number }, slop = 0): SceneBox | null {
  let best: SceneBox | null = null
  let bestDist = Infinity
  for (const b of scene.boxes) {
    const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.w))
    const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.h))
    if (dx > slop || dy > slop) continue
    const d = Math.hypot(dx, dy)
    if (d < bestDist) {
      best = b
      bestDist = d
    }
  }
  return best
}

/** The part of the chart a screen rectangle shows, for a viewport `[tx, ty, zoom]`. */
export function visibleRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, z] = transform
  return { x: -tx / z, y: -ty / z, w: width / z, h: height / z }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}
