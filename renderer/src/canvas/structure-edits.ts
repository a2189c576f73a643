// The structural edits of the chart as operation lists: add a role (alone, as a report
// or as a peer), move a role under another manager, delete a role, give a role cards.
// Each one includes the re-arrangement of the branch it changes, so it is a single undo step.

import type { Chart, Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { newId } from '@shared/model/ids'
import { applyOps, type Op } from '@shared/ops/operations'
import { roleNodeSize } from '@shared/layout/node-size'
import { boxOf, freeSlot, freeSpotNear, overlaps, relayoutBranch } from './branch-layout'

export interface Planned {
  readonly ops: readonly Op[]
  readonly roleId: string
}

/** Ops plus the branch re-arrangement they call for, worked out on the edited chart. */
function withRelayout(chart: Chart, ops: readonly Op[], managerId: string | null): Op[] {
  const after = applyOps(chart, ops).chart
  const move = relayoutBranch(after, managerId)
  return move ? [...ops, move] : [...ops]
}

/**
 * A new role reporting to `managerId`; with no manager, in the free spot nearest `centre`
 * (what the user is looking at) or beside `near` (a peer), never on top of another role.
 */
export function planAddRole(chart: Chart, managerId: string | null, title = 'New role', near?: Role, centre?: { x: number; y: number }): Planned {
  const id = newId('r')
  const manager = managerId ? indexChart(chart).roleById.get(managerId) : undefined
  if (!manager) {
    const at = centre ? freeSpotNear(chart, centre, roleNodeSize({ title }, [])) : freeSlot(chart, near)
    return { roleId: id, ops: [{ type: 'addRole', role: { id, title, x: Math.round(at.x), y: Math.round(at.y) } }] }
  }
  // Start just under the manager; the re-arrangement gives it its slot.
  const role: Role = { id, title, reportsTo: manager.id, x: manager.x ?? 0, y: (manager.y ?? 0) + 200 }
  return { roleId: id, ops: withRelayout(chart, [{ type: 'addRole', role }], manager.id) }
}

export function planAddReport(chart: Chart, roleId: string): Planned {
  return planAddRole(chart, roleId)
}

/** A peer shares the role's manager; a peer of a top-level role is another top-level role. */
export function planAddPeer(chart: Chart, roleId: string): Planned {
  const role = indexChart(chart).roleById.get(roleId)
  return planAddRole(chart, role?.reportsTo ?? null, 'New role', role)
}

/** `roleId` reports to `managerId` from now on; the receiving branch makes room. */
export function planSetManager(chart: Chart, roleId: string, managerId: string | null): Op[] {
  return withRelayout(chart, [{ type: 'setReportsTo', roleId, reportsTo: managerId }], managerId)
}

/** Deleting a role hands its reports to its manager; that branch closes the gap. */
export function planDeleteRole(chart: Chart, roleId: string): Op[] {
  const role = indexChart(chart).roleById.get(roleId)
  if (!role) return []
  const ops: Op[] = [{ type: 'removeRole', roleId }]
  return role.reportsTo ? withRelayout(chart, ops, role.reportsTo) : ops
}

/** Whether `managerId` sits under `roleId` (reporting there would make a loop). */
export function isUnder(chart: Chart, managerId: string, roleId: string): boolean {
  const { roleById } = indexChart(chart)
  for (let cur = roleById.get(managerId), steps = 0; cur && steps <= chart.roles.length; cur = cur.reportsTo ? roleById.get(cur.reportsTo) : undefined, steps++) {
    if (cur.id === roleId) return true
  }
  return false
}

/** Roles an edit gives cards to: they grow. */
function rolesGainingCards(ops: readonly Op[]): Set<string> {
  const ids = new Set<string>()
  for (const op of ops) {
    if (op.type === 'addDuty' && op.duty.roleId) ids.add(op.duty.roleId)
    if (op.type === 'assignDuty' && op.roleId) ids.add(op.roleId)
  }
  return ids
}

/**
 * Ops that give roles cards, plus, where a role has grown onto a neighbour, the
 * re-arrangement of its branch: a role is never left drawn over the one below it.
 */
export function withRoomForCards(chart: Chart, ops: readonly Op[]): Op[] {
  const grown = rolesGainingCards(ops)
  if (grown.size === 0) return [...ops]
  let next = applyOps(chart, ops).chart
  const extra: Op[] = []
  for (const id of grown) {
    const role = indexChart(next).roleById.get(id)
    if (!role || role.x === undefined || role.y === undefined) continue
    const box = boxOf(next, role, grown)
    if (!next.roles.some((o) => o.id !== id && o.x !== undefined && overlaps(box, boxOf(next, o, grown)))) continue
    const move = relayoutBranch(next, id, grown)
    if (!move) continue
    extra.push(move)
    next = applyOps(next, [move]).chart
  }
  return [...ops, ...extra]
}
