// Which role a dragged role would report to if let go here: the role under the pointer,
// unless that role sits under the dragged one (that would make a loop) or already is
// its manager.

import { useWorkbench } from '../state/store'
import { boxOf } from './branch-layout'
import { isUnder } from './structure-edits'

export function dropTargetAt(point: { x: number; y: number }, draggedId: string): string | null {
  const { chart } = useWorkbench.getState()
  const dragged = chart.roles.find((r) => r.id === draggedId)
  for (const role of chart.roles) {
    if (role.id === draggedId || role.id === dragged?.reportsTo) continue
    const b = boxOf(chart, role)
    if (point.x < b.x || point.x > b.x + b.width || point.y < b.y || point.y > b.y + b.height) continue
    return isUnder(chart, role.id, draggedId) ? null : role.id
  }
  return null
}
