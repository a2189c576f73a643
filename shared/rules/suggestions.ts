// Safe fixes for a scope finding. Moving the duty to the role that usually owns the
// work is preferred; when the chart has no such role, adding one next to the
// Operations Manager and moving the duty there. Each fix is one list of operations,
// applied together as one undoable edit. No fix is offered when none is sensible
// (micromanagement, or an executive decision with no executive in the chart).

import type { Duty, Role } from '../model/chart'
import type { Op } from '../ops/operations'
import { type CategoryId, categoryOf, isCategoryId } from './categories'
import type { RoleView } from './role-view'
import type { Suggestion } from './types'

/** How many team members to offer when the work belongs to "the team". */
const MAX_TEAM_CHOICES = 3
const GAP_X = 260
const GAP_Y = 160

/** Id of the role a suggestion adds: derived from the duty, so the same fix always builds the same chart. */
export function suggestedRoleId(dutyId: string): string {
  return `role-for-${dutyId}`
}

function withArticle(title: string): string {
  return /^(?:[aeiou]|hr\b|r&d\b|it\b|fd\b)/i.test(title) ? `an ${title}` : `a ${title}`
}

const move = (ruleId: string, duty: Duty, to: Role): Suggestion => ({
  id: `${ruleId}:move:${to.id}`,
  title: `Move to ${to.title}`,
  ops: [{ type: 'assignDuty', dutyId: duty.id, roleId: to.id }]
})

/**
 * Roles by cells of half a gap each way: a role closer than half a gap to a spot lies in
 * the spot's cell or a neighbouring one, so a spot is checked against a few roles, not all.
 */
type Grid = Map<string, Role[]>
const CELL_X = GAP_X / 2
const CELL_Y = GAP_Y / 2
const cellKey = (cx: number, cy: number): string => `${cx},${cy}`
const grids = new WeakMap<RoleView, Grid>()

function gridOf(view: RoleView): Grid {
  let grid = grids.get(view)
  if (grid) return grid
  grid = new Map()
  for (const r of view.roles) {
    const key = cellKey(Math.floor((r.x ?? 0) / CELL_X), Math.floor((r.y ?? 0) / CELL_Y))
    const list = grid.get(key)
    if (list) list.push(r)
    else grid.set(key, [r])
  }
  grids.set(view, grid)
  return grid
}

/** A free spot beside (peer) or below (report) the role, so the new card does not cover another. */
function freeSpot(view: RoleView, near: Role, placement: 'peer' | 'report'): { x: number; y: number } {
  const x0 = (near.x ?? 0) + (placement === 'peer' ? GAP_X : 0)
  let y = (near.y ?? 0) + (placement === 'report' ? GAP_Y : 0)
  const grid = gridOf(view)
  const taken = (x: number, yy: number): boolean => {
    const cx = Math.floor(x / CELL_X)
    const cy = Math.floor(yy / CELL_Y)
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const r of grid.get(cellKey(i, j)) ?? []) if (Math.abs((r.x ?? 0) - x) < CELL_X && Math.abs((r.y ?? 0) - yy) < CELL_Y) return true
      }
    }
    return false
  }
  for (let i = 0; i < 50 && taken(x0, y); i++) y += GAP_Y
  return { x: x0, y }
}

const spots = new WeakMap<RoleView, Map<string, { x: number; y: number }>>()
function cachedSpot(view: RoleView, near: Role, placement: 'peer' | 'report'): { x: number; y: number } {
  let m = spots.get(view)
  if (!m) spots.set(view, (m = new Map()))
  const key = `${near.id}|${placement}`
  let s = m.get(key)
  if (!s) m.set(key, (s = freeSpot(view, near, placement)))
  return s
}

function addRole(view: RoleView, ruleId: string, category: CategoryId, holder: Role, duty: Duty): Suggestion | null {
  const spec = categoryOf(category).newRole
  if (!spec) return null
  const id = suggestedRoleId(duty.id)
  if (view.byId.has(id)) return null
  const reportsTo = spec.placement === 'report' ? holder.id : holder.reportsTo && view.byId.has(holder.reportsTo) ? holder.reportsTo : null
  const role: Role = { id, title: spec.title, roleType: 'other', reportsTo, ...cachedSpot(view, holder, spec.placement) }
  const ops: Op[] = [{ type: 'addRole', role }, { type: 'assignDuty', dutyId: duty.id, roleId: id }]
  return { id: `${ruleId}:add-role`, title: `Add ${withArticle(spec.title)} role and move it there`, ops }
}

export function scopeSuggestions(view: RoleView, ruleId: string, category: string, holder: Role, duty: Duty): Suggestion[] {
  if (!isCategoryId(category) || category === 'operations' || category === 'micromanagement') return []
  if (category === 'individual-tasks') {
    const team = view.reportsOf(holder.id).filter((r) => !view.isOps(r)).slice(0, MAX_TEAM_CHOICES)
    if (team.length > 0) return team.map((r) => move(ruleId, duty, r))
  } else {
    const owner = view.ownerFor(category, holder)
    if (owner) return [move(ruleId, duty, owner)]
  }
  const add = addRole(view, ruleId, category, holder, duty)
  return add ? [add] : []
}
