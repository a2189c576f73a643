// Lookup tables over a chart, built once per chart version and cached by identity.

import type { Chart, Duty, Role } from './chart'

export interface ChartIndex {
  readonly roleById: ReadonlyMap<string, Role>
  readonly dutyById: ReadonlyMap<string, Duty>
  readonly dutiesByRole: ReadonlyMap<string, readonly Duty[]>
  readonly reportsOf: ReadonlyMap<string, readonly Role[]>
  readonly unassigned: readonly Duty[]
}

const cache = new WeakMap<Chart, ChartIndex>()

export function indexChart(chart: Chart): ChartIndex {
  const hit = cache.get(chart)
  if (hit) return hit
  const roleById = new Map<string, Role>()
  const reportsOf = new Map<string, Role[]>()
  for (const r of chart.roles) roleById.set(r.id, r)
  for (const r of chart.roles) {
    if (r.reportsTo && roleById.has(r.reportsTo)) {
      const list = reportsOf.get(r.reportsTo)
      if (list) list.push(r)
      else reportsOf.set(r.reportsTo, [r])
    }
  }
  const dutyById = new Map<string, Duty>()
  const dutiesByRole = new Map<string, Duty[]>()
  const unassigned: Duty[] = []
  for (const d of chart.duties) {
    dutyById.set(d.id, d)
    if (d.roleId && roleById.has(d.roleId)) {
      const list = dutiesByRole.get(d.roleId)
      if (list) list.push(d)
      else dutiesByRole.set(d.roleId, [d])
    } else unassigned.push(d)
  }
  const index = { roleById, dutyById, dutiesByRole, reportsOf, unassigned }
  cache.set(chart, index)
  return index
}
