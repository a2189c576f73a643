// Keeps React Flow's node and edge arrays in step with the chart without re-creating
// objects for roles that did not change (React Flow then skips them entirely).

import type { Edge } from '@xyflow/react'
import type { Role } from '@shared/model/chart'
import type { RoleFlowNode } from './RoleNode'

export const NODE_WIDTH = 260

export function syncNodes(prev: readonly RoleFlowNode[], roles: readonly Role[], selectedId: string | null): RoleFlowNode[] {
  const prevById = new Map(prev.map((n) => [n.id, n]))
  return roles.map((role, i) => {
    const old = prevById.get(role.id)
    const x = role.x ?? (i % 6) * (NODE_WIDTH + 40)
    const y = role.y ?? Math.floor(i / 6) * 220
    const selected = role.id === selectedId
    if (old && old.position.x === x && old.position.y === y && !!old.selected === selected && !old.dragging) return old
    if (old) return { ...old, position: { x, y }, selected }
    return { id: role.id, type: 'role', position: { x, y }, data: { roleId: role.id }, selected, width: NODE_WIDTH }
  })
}

export function edgeId(roleId: string): string {
  return `line-${roleId}`
}

export function syncEdges(prev: readonly Edge[], roles: readonly Role[], selectedEdge: string | null): Edge[] {
  const prevById = new Map(prev.map((e) => [e.id, e]))
  const ids = new Set(roles.map((r) => r.id))
  const out: Edge[] = []
  for (const role of roles) {
    if (!role.reportsTo || !ids.has(role.reportsTo)) continue
    const id = edgeId(role.id)
    const old = prevById.get(id)
    const selected = id === selectedEdge
    if (old && old.source === role.reportsTo && !!old.selected === selected) out.push(old)
    else out.push({ id, source: role.reportsTo, target: role.id, type: 'smoothstep', selected, ariaLabel: `Reporting line` })
  }
  return out
}
