// Arranges the whole chart as a reporting hierarchy in one go, for the moment a
// workshop's canvas has become a tangle. ELK's tree layout (mrtree) spreads each level;
// the bundled build runs it in-process, so the same code serves the renderer (no worker
// file to ship under a strict CSP) and Node (tests, the CLI).

import type { ELK, ElkNode } from 'elkjs/lib/elk-api'
import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { roleNodeSize } from './node-size'

export const LAYOUT_DIRECTIONS = ['down', 'right'] as const
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number]

export interface AutoLayoutOptions {
  readonly direction: LayoutDirection
}

export interface RolePosition {
  readonly id: string
  readonly x: number
  readonly y: number
}

/**
 * Gaps sized for a projector: reporting lines stay readable and a node can grow by a
 * couple of chip rows (or be estimated a little short) without touching its neighbour.
 */
export const LAYOUT_SPACING = {
  down: { betweenLevels: 110, withinLevel: 60 },
  right: { betweenLevels: 140, withinLevel: 50 }
} as const

/** Id of an invisible node every top-level role hangs from, so several hierarchies and unattached roles form one tree. */
const TOP = '\u0000top'

let engine: Promise<ELK> | null = null

/** ELK is large (about 1.4 MB), so it is loaded the first time someone asks for a layout, not at start-up. */
function elk(): Promise<ELK> {
  engine ??= import('elkjs/lib/elk.bundled.js').then(
    ({ default: Elk }) => new Elk(),
    (e: unknown) => {
      engine = null // let the next attempt load it again
      throw e
    }
  )
  return engine
}

/**
 * Each role's manager for layout purposes. A reporting loop (possible in a hand-edited
 * file) is cut at the role where it is found, which then counts as top-level.
 */
function managers(chart: Chart): Map<string, string | null> {
  const { roleById } = indexChart(chart)
  const parent = new Map<string, string | null>()
  for (const r of chart.roles) parent.set(r.id, r.reportsTo && r.reportsTo !== r.id && roleById.has(r.reportsTo) ? r.reportsTo : null)
  for (const r of chart.roles) {
    const seen = new Set<string>([r.id])
    for (let cur = parent.get(r.id); cur; cur = parent.get(cur)) {
      if (seen.has(cur)) {
        parent.set(r.id, null)
        break
      }
      seen.add(cur)
    }
  }
  return parent
}

function depths(chart: Chart, parent: ReadonlyMap<string, string | null>): Map<string, number> {
  const depth = new Map<string, number>()
  const of = (id: string): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    const p = parent.get(id)
    const d = p ? of(p) + 1 : 0
    depth.set(id, d)
    return d
  }
  for (const r of chart.roles) of(r.id)
  return depth
}

/** The top-left corner of the roles as they are now, so a layout does not jump across the canvas. */
function currentOrigin(chart: Chart): { x: number; y: number } {
  const placed = chart.roles.filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
  if (placed.length === 0) return { x: 0, y: 0 }
  return { x: Math.min(...placed.map((r) => r.x as number)), y: Math.min(...placed.map((r) => r.y as number)) }
}

/**
 * New positions (top-left corners, canvas units) for every role: managers above their
 * reports (or to their left), separate hierarchies and unattached roles side by side.
 *
 * ELK's tree layout decides the order and spread across each level; the distance
 * between levels is set here, so every level starts on one line whatever the node
 * heights and the gap between levels can differ from the gap between neighbours.
 */
export async function autoLayout(chart: Chart, options: AutoLayoutOptions): Promise<RolePosition[]> {
  if (chart.roles.length === 0) return []
  const down = options.direction === 'down'
  const spacing = LAYOUT_SPACING[options.direction]
  const { dutiesByRole } = indexChart(chart)
  const parent = managers(chart)
  const depth = depths(chart, parent)
  const size = new Map(chart.roles.map((role) => [role.id, roleNodeSize(role, dutiesByRole.get(role.id) ?? [])] as const))
  const graph: ElkNode = {
    id: 'chart',
    layoutOptions: {
      'elk.algorithm': 'mrtree',
      'elk.direction': down ? 'DOWN' : 'RIGHT',
      'elk.spacing.nodeNode': String(spacing.withinLevel)
    },
    children: [{ id: TOP, width: 1, height: 1 }, ...chart.roles.map((r) => ({ id: r.id, ...size.get(r.id) }))],
    edges: chart.roles.map((r) => ({ id: `line-${r.id}`, sources: [parent.get(r.id) ?? TOP], targets: [r.id] }))
  }
  const laid = new Map((await (await elk()).layout(graph)).children?.map((n) => [n.id, n]) ?? [])

  // Main axis: level by level, each level as deep as its largest node.
  const levelExtent: number[] = []
  for (const r of chart.roles) {
    const d = depth.get(r.id) ?? 0
    const s = size.get(r.id) as { width: number; height: number }
    levelExtent[d] = Math.max(levelExtent[d] ?? 0, down ? s.height : s.width)
  }
  const levelStart: number[] = []
  for (let d = 0, at = 0; d < levelExtent.length; d++) {
    levelStart[d] = at
    at += (levelExtent[d] ?? 0) + spacing.betweenLevels
  }
  const cross = (id: string): number => (down ? laid.get(id)?.x : laid.get(id)?.y) ?? 0
  const crossMin = Math.min(...chart.roles.map((r) => cross(r.id)))
  const origin = currentOrigin(chart)
  return chart.roles.map((role) => {
    const main = levelStart[depth.get(role.id) ?? 0]
    const across = cross(role.id) - crossMin
    return {
      id: role.id,
      x: Math.round(origin.x + (down ? across : main)),
      y: Math.round(origin.y + (down ? main : across))
    }
  })
}
