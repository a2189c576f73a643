// How many roles sit below each role: the number a collapse toggle shows. Counted once
// per chart (all levels, hidden ones included).

import type { Chart } from '@shared/model/chart'
import { descendantCounts } from '@shared/layout/layout-tree'

const counts = new WeakMap<readonly unknown[], ReadonlyMap<string, number>>()

export function collapseCount(chart: Chart, roleId: string): number {
  let map = counts.get(chart.roles)
  if (!map) {
    map = descendantCounts(chart)
    counts.set(chart.roles, map)
  }
  return map.get(roleId) ?? 0
}
