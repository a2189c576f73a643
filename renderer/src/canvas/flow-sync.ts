// Keeps React Flow's node and edge arrays in step with the chart without re-creating
// objects for roles that did not change (React Flow then skips them entirely).

import type { Edge, Node, NodeHandle } from '@xyflow/react'
import type { Role } from '@shared/model/chart'
import type { Direction } from './branch-layout'
import { handleSides } from './direction'

export type RoleNodeData = { roleId: string }
export type RoleFlowNode = Node<RoleNodeData, 'role'>

export const NODE_WIDTH = 260
/** Height of a zoomed-out role (title and a one-line summary): big charts open zoomed out. */
const SUMMARY_HEIGHT = 100
const HANDLE = 12

/** Size and handles stated up front, so React Flow need not draw every role of a big chart
 *  once just to measure it; each role is measured for real when it first comes into view. */
function presized(direction: Direction) {
  const sides = handleSides(direction)
  const handles: NodeHandle[] =
    direction === 'right'
      ? [
          { type: 'target', position: sides.target, x: -HANDLE / 2, y: (SUMMARY_HEIGHT - HANDLE) / 2, width: HANDLE, height: HANDLE },
          { type: 'source', position: sides.source, x: NODE_WIDTH - HANDLE / 2, y: (SUMMARY_HEIGHT - HANDLE) / 2, width: HANDLE, height: HANDLE }
        ]
      : [
          { type: 'target', position: sides.target, x: (NODE_WIDTH - HANDLE) / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
          { type: 'source', position: sides.source, x: (NODE_WIDTH - HANDLE) / 2, y: SUMMARY_HEIGHT - HANDLE / 2, width: HANDLE, height: HANDLE }
        ]
  return { initialWidth: NODE_WIDTH, initialHeight: SUMMARY_HEIGHT, handles }
}

/** Fitting counts roles not drawn yet (big charts draw only what is in view) by their stated size. */
export const FIT_OPTIONS = { padding: 0.04, includeHiddenNodes: true } as const

/** Once measured, a role's own handles are used: stated ones would override them. */
export function dropStatedHandles(nodes: RoleFlowNode[]): RoleFlowNode[] {
  return nodes.map((n) => {
    if (!n.handles || !n.measured) return n
    const { handles: _stated, ...rest } = n
    return rest
  })
}

export function syncNodes(prev: readonly RoleFlowNode[], roles: readonly Role[], selectedId: string | null, presize: boolean, direction: Direction = 'down'): RoleFlowNode[] {
  const prevById = new Map(prev.map((n) => [n.id, n]))
  const stated = presize ? presized(direction) : null
  return roles.map((role, i) => {
    const old = prevById.get(role.id)
    const x = role.x ?? (i % 6) * (NODE_WIDTH + 40)
    const y = role.y ?? Math.floor(i / 6) * 220
    const selected = role.id === selectedId
    if (old && old.position.x === x && old.position.y === y && !!old.selected === selected && !old.dragging) return old
    if (old) return { ...old, position: { x, y }, selected }
    const node: RoleFlowNode = { id: role.id, type: 'role', position: { x, y }, data: { roleId: role.id }, selected }
    return stated ? { ...node, ...stated } : node
  })
}

export function edgeId(roleId: string): string {
  return `line-${roleId}`
}

export function syncEdges(prev: readonly Edge[], roles: readonly Role[], selectedEdge: string | null): Edge[] {
  const prevById = new Map(prev.map((e) => [e.id, e]))
  const byId = new Map(roles.map((r) => [r.id, r]))
  const out: Edge[] = []
  for (const role of roles) {
    const manager = role.reportsTo ? byId.get(role.reportsTo) : undefined
    if (!manager) continue
    const id = edgeId(role.id)
    const old = prevById.get(id)
    const selected = id === selectedEdge
    // Named for screen readers (and tests) by who reports to whom.
    const ariaLabel = `Reporting line: ${role.title} reports to ${manager.title}`
    if (old && old.source === manager.id && !!old.selected === selected && old.ariaLabel === ariaLabel) out.push(old)
    else out.push({ id, source: manager.id, target: role.id, type: 'smoothstep', selected, ariaLabel })
  }
  return out
}
