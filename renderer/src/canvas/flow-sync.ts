// Keeps React Flow's node and edge arrays in step with the chart without re-creating
// objects for roles that did not change (React Flow then skips them entirely).

import type { Edge, Node, NodeHandle } from '@xyflow/react'
import type { Chart, Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { compactCards } from '@shared/layout/node-size'
import { nodeSize, type Size } from './node-sizes'
import type { Direction } from './branch-layout'
import { busLevel, lineShapes, type LineBox, type LineShape } from '@shared/layout/reporting-lines'
import { handleSides, SIDE_HANDLE, SIDE_HANDLE_OFFSET } from './direction'

export type RoleNodeData = { roleId: string }
export type RoleFlowNode = Node<RoleNodeData, 'role'>


export type ReportingLineData = {
  shape: LineShape
  /** Where the manager's highest hanging report starts along the reporting direction (flow px), if any. */
  busTop: number | null
  /** A left-right chart: the shapes are drawn turned a quarter. */
  turned: boolean
}
export type ReportingLineEdge = Edge<ReportingLineData, 'reporting'>

export const NODE_WIDTH = 260
/** Height of a zoomed-out role (title and a one-line summary): big charts open zoomed out. */
const SUMMARY_HEIGHT = 100
const HANDLE = 12

/** Size and handles stated up front, as the layout estimates them, so React Flow need not
 *  draw every role of a big chart once just to measure it, and a fit before anything is
 *  measured still counts every role; each role is measured for real when it first comes into view. */
function presized(direction: Direction, { width, height }: Size) {
  const sides = handleSides(direction)
  const handles: NodeHandle[] =
    direction === 'right'
      ? [
          { type: 'target', position: sides.target, x: -HANDLE / 2, y: (height - HANDLE) / 2, width: HANDLE, height: HANDLE },
          { id: SIDE_HANDLE, type: 'target', position: sides.side, x: SIDE_HANDLE_OFFSET - HANDLE / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
          { type: 'source', position: sides.source, x: width - HANDLE / 2, y: (height - HANDLE) / 2, width: HANDLE, height: HANDLE }
        ]
      : [
          { type: 'target', position: sides.target, x: (width - HANDLE) / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
          { id: SIDE_HANDLE, type: 'target', position: sides.side, x: -HANDLE / 2, y: SIDE_HANDLE_OFFSET - HANDLE / 2, width: HANDLE, height: HANDLE },
          { type: 'source', position: sides.source, x: (width - HANDLE) / 2, y: height - HANDLE / 2, width: HANDLE, height: HANDLE }
        ]
  return { initialWidth: width, initialHeight: height, handles }
}

/** Fitting counts roles not drawn yet (big charts draw only what is in view) by their stated size. */
export const FIT_OPTIONS = { padding: 0.03, includeHiddenNodes: true } as const

/** Once measured, a role's own handles are used: stated ones would override them. */
export function dropStatedHandles(nodes: RoleFlowNode[]): RoleFlowNode[] {
  return nodes.map((n) => {
    if (!n.handles || !n.measured) return n
    const { handles: _stated, ...rest } = n
    return rest
  })
}

export function syncNodes(prev: RoleFlowNode[], roles: readonly Role[], selectedId: string | null, sizeOf: ((id: string) => Size) | null, direction: Direction = 'down'): RoleFlowNode[] {
  const prevById = new Map(prev.map((n) => [n.id, n]))
  const next = roles.map((role, i) => {
    const old = prevById.get(role.id)
    const x = role.x ?? (i % 6) * (NODE_WIDTH + 40)
    const y = role.y ?? Math.floor(i / 6) * 220
    const selected = role.id === selectedId
    if (old && old.position.x === x && old.position.y === y && !!old.selected === selected && !old.dragging) return old
    if (old) return { ...old, position: { x, y }, selected }
    const node: RoleFlowNode = { id: role.id, type: 'role', position: { x, y }, data: { roleId: role.id }, selected }
    return sizeOf ? { ...node, ...presized(direction, sizeOf(role.id)) } : node
  })
  // The same list when nothing changed, so React Flow does not look at every node again.
  return next.length === prev.length && next.every((n, i) => n === prev[i]) ? prev : next
}

/** Each role's size as the layout estimates it, for deciding line shapes before anything is measured. */
export function estimatedSizes(chart: Chart): (id: string) => Size {
  const { roleById, dutiesByRole } = indexChart(chart)
  const compact = compactCards(chart.roles.length)
  return (id) => {
    const role = roleById.get(id)
    return role ? nodeSize(role, dutiesByRole.get(id) ?? [], compact) : { width: NODE_WIDTH, height: SUMMARY_HEIGHT }
  }
}

export function edgeId(roleId: string): string {
  return `line-${roleId}`
}

/** Line shapes per report, decided on the roles' boxes in the "down" frame (turned for left-right). */
function shapesOf(roles: readonly Role[], direction: Direction, sizeOf: (id: string) => Size): Map<string, ReportingLineData> {
  const turned = direction === 'right'
  const boxOf = (r: Role): LineBox | null => {
    if (!Number.isFinite(r.x) || !Number.isFinite(r.y)) return null
    const { width, height } = sizeOf(r.id)
    return turned ? { x: r.y!, y: r.x!, width: height, height: width } : { x: r.x!, y: r.y!, width, height }
  }
  const teams = new Map<string, Role[]>()
  for (const r of roles) {
    if (!r.reportsTo) continue
    const team = teams.get(r.reportsTo)
    if (team) team.push(r)
    else teams.set(r.reportsTo, [r])
  }
  const byId = new Map(roles.map((r) => [r.id, r]))
  const out = new Map<string, ReportingLineData>()
  for (const [managerId, team] of teams) {
    const manager = byId.get(managerId)
    const m = manager && boxOf(manager)
    const placed = team.map((r) => ({ r, b: boxOf(r) })).filter((x): x is { r: Role; b: LineBox } => x.b !== null)
    if (!m || placed.length === 0) continue
    const boxes = placed.map((x) => x.b)
    const shapes = lineShapes(m, boxes)
    const bus = busLevel(m, boxes)
    // The bus is drawn from the measured manager: pass on where its highest hanging report starts.
    const busTop = shapes.some((s) => s === 'hanging' || s === 'column') ? 2 * bus - (m.y + m.height) : null
    placed.forEach((x, i) => out.set(x.r.id, { shape: shapes[i], busTop, turned }))
  }
  return out
}

export function syncEdges(prev: readonly Edge[], roles: readonly Role[], selectedEdge: string | null, direction: Direction = 'down', sizeOf: (id: string) => Size = () => ({ width: NODE_WIDTH, height: SUMMARY_HEIGHT })): Edge[] {
  // Lines come in the roles' order, so the previous line for a role is usually the next one in `prev`.
  let prevByTarget: Map<string, Edge> | null = null
  const previous = (k: number, roleId: string): Edge | undefined => {
    const e = prev[k]
    if (e && e.target === roleId) return e
    prevByTarget ??= new Map(prev.map((p) => [p.target, p]))
    return prevByTarget.get(roleId)
  }
  const byId = new Map(roles.map((r) => [r.id, r]))
  const shapes = shapesOf(roles, direction, sizeOf)
  const out: Edge[] = []
  for (const role of roles) {
    const manager = role.reportsTo ? byId.get(role.reportsTo) : undefined
    if (!manager) continue
    const old = previous(out.length, role.id)
    const id = old ? old.id : edgeId(role.id)
    const selected = id === selectedEdge
    const ariaLabel = lineLabel(role, manager)
    const data = shapes.get(role.id) ?? { shape: 'free', busTop: null, turned: direction === 'right' }
    const targetHandle = data.shape === 'stacked' || data.shape === 'column' ? SIDE_HANDLE : null
    const same = old && old.source === manager.id && !!old.selected === selected && old.ariaLabel === ariaLabel && (old.targetHandle ?? null) === targetHandle
    if (same && sameData(old.data as ReportingLineData, data)) out.push(old)
    else out.push({ id, source: manager.id, target: role.id, targetHandle, type: 'reporting', data, selected, ariaLabel })
  }
  // The same list when no line changed: React Flow then keeps its index of every line as it is.
  return out.length === prev.length && out.every((e, i) => e === prev[i]) ? (prev as Edge[]) : out
}

const labels = new WeakMap<Role, { readonly manager: Role; readonly label: string }>()

/** Names a line for screen readers (and tests) by who reports to whom; the same string while both roles are unchanged. */
function lineLabel(role: Role, manager: Role): string {
  const hit = labels.get(role)
  if (hit && hit.manager === manager) return hit.label
  const label = `Reporting line: ${role.title} reports to ${manager.title}`
  labels.set(role, { manager, label })
  return label
}

function sameData(a: ReportingLineData | undefined, b: ReportingLineData): boolean {
  return !!a && a.shape === b.shape && a.busTop === b.busTop && a.turned === b.turned
}
