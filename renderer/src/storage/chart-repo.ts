// Reads and writes charts in the local database. Saving takes the diff of an edit,
// so a change to one role writes one row, in one transaction.

import type { Chart } from '@shared/model/chart'
import type { Diff } from '@shared/ops/diff'
import type { ChartRow, WorkbenchDb } from './db'

export interface ChartSummary {
  readonly id: string
  readonly title: string
  readonly updatedAt: number
  readonly roleCount: number
}

const LAST_CHART = 'lastChartId'

export async function listCharts(db: WorkbenchDb): Promise<ChartSummary[]> {
  const rows = await db.charts.orderBy('updatedAt').reverse().toArray()
  return Promise.all(
    rows.map(async (r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt, roleCount: await db.roles.where('chartId').equals(r.id).count() }))
  )
}

export async function loadChart(db: WorkbenchDb, id: string): Promise<Chart | null> {
  return db.transaction('r', db.charts, db.roles, db.duties, async () => {
    const row = await db.charts.get(id)
    if (!row) return null
    const [roles, duties] = await Promise.all([
      db.roles.where('chartId').equals(id).toArray(),
      db.duties.where('chartId').equals(id).toArray()
    ])
    const strip = <T extends { chartId: string }>({ chartId: _c, ...rest }: T) => rest
    const order = (a: { order?: number }, b: { order?: number }) => (a.order ?? 0) - (b.order ?? 0)
    return {
      id: row.id,
      title: row.title,
      roles: roles.sort(order).map((r) => stripOrder(strip(r))),
      duties: duties.sort(order).map((d) => stripOrder(strip(d))),
      exceptions: row.exceptions
    }
  })
}

function stripOrder<T extends object>(row: T): Omit<T, 'order'> {
  const { order: _o, ...rest } = row as T & { order?: number }
  return rest
}

/** Writes a whole chart (new chart, duplicate, opened file), replacing any rows it had. */
export async function putChart(db: WorkbenchDb, chart: Chart, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.charts, db.roles, db.duties, async () => {
    const existing = await db.charts.get(chart.id)
    await db.roles.where('chartId').equals(chart.id).delete()
    await db.duties.where('chartId').equals(chart.id).delete()
    const row: ChartRow = { id: chart.id, title: chart.title, exceptions: chart.exceptions, createdAt: existing?.createdAt ?? now, updatedAt: now }
    await db.charts.put(row)
    await db.roles.bulkPut(chart.roles.map((r, i) => ({ ...r, chartId: chart.id, order: i })))
    await db.duties.bulkPut(chart.duties.map((d, i) => ({ ...d, chartId: chart.id, order: i })))
  })
}

/** Writes what one edit changed. `chart` is the chart after the edit (for title and exceptions). */
export async function saveDiff(db: WorkbenchDb, chart: Chart, diff: Diff, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.charts, db.roles, db.duties, async () => {
    const row = await db.charts.get(chart.id)
    if (!row) throw new Error(`Chart "${chart.title}" is missing from local storage.`)
    await db.charts.put({ ...row, title: chart.title, exceptions: chart.exceptions, updatedAt: now })
    const base = now * 1000
    const putRoles = diff.roles.filter((c) => c.after).map((c, i) => ({ ...c.after!, chartId: chart.id, order: base + i }))
    const delRoles = diff.roles.filter((c) => !c.after).map((c) => [chart.id, c.id] as [string, string])
    const putDuties = diff.duties.filter((c) => c.after).map((c, i) => ({ ...c.after!, chartId: chart.id, order: base + i }))
    const delDuties = diff.duties.filter((c) => !c.after).map((c) => [chart.id, c.id] as [string, string])
    // Updated rows keep their place: only new rows get a new order number.
    await keepOrder(db.roles, chart.id, putRoles)
    await keepOrder(db.duties, chart.id, putDuties)
    if (delRoles.length) await db.roles.bulkDelete(delRoles)
    if (delDuties.length) await db.duties.bulkDelete(delDuties)
    if (putRoles.length) await db.roles.bulkPut(putRoles)
    if (putDuties.length) await db.duties.bulkPut(putDuties)
  })
}

async function keepOrder(
  table: WorkbenchDb['roles'] | WorkbenchDb['duties'],
  chartId: string,
  rows: { id: string; order: number }[]
): Promise<void> {
  if (rows.length === 0) return
  const old = (await table.bulkGet(rows.map((r) => [chartId, r.id] as [string, string]))) as ({ order?: number } | undefined)[]
  rows.forEach((r, i) => {
    const o = old[i]?.order
    if (o !== undefined) r.order = o
  })
}

export async function deleteChart(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', db.charts, db.roles, db.duties, async () => {
    await db.charts.delete(id)
    await db.roles.where('chartId').equals(id).delete()
    await db.duties.where('chartId').equals(id).delete()
  })
}

export async function getLastChartId(db: WorkbenchDb): Promise<string | null> {
  const row = await db.settings.get(LAST_CHART)
  return typeof row?.value === 'string' ? row.value : null
}

export async function setLastChartId(db: WorkbenchDb, id: string): Promise<void> {
  await db.settings.put({ key: LAST_CHART, value: id })
}
