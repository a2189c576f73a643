// Where a new role lands: under the selected role (as its report, beside its other
// reports), or in the middle of what the user is looking at.

import type { Chart, Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { newId } from '@shared/model/ids'
import { NODE_WIDTH } from './flow-sync'

const GAP_X = 60
const GAP_Y = 240

export function placeNewRole(chart: Chart, managerId: string | null, viewCentre: { x: number; y: number }): Role {
  const id = newId('r')
  const manager = managerId ? indexChart(chart).roleById.get(managerId) : undefined
  if (!manager) return { id, title: 'New role', x: Math.round(viewCentre.x - NODE_WIDTH / 2), y: Math.round(viewCentre.y - 60) }
  const siblings = indexChart(chart).reportsOf.get(manager.id) ?? []
  const y = (manager.y ?? 0) + GAP_Y
  const rightmost = siblings.reduce((max, r) => Math.max(max, r.x ?? 0), -Infinity)
  const x = siblings.length ? rightmost + NODE_WIDTH + GAP_X : (manager.x ?? 0)
  return { id, title: 'New role', reportsTo: manager.id, x: Math.round(x), y: Math.round(y) }
}
