// Upgrade of a version 1 database (rows per chart, role, duty and custom card) to
// version 2 (one Yjs document per chart). Nothing is dropped: every field of every row
// goes into the document, row order becomes fractional order, and the custom cards,
// which v1 kept for all charts at once, are added to every chart's own Library.

import type { Transaction } from 'dexie'
import * as Y from 'yjs'
import type { Chart, LibraryCard } from '@shared/model/chart'
import { createChartDoc, readChart } from '@shared/doc'
import type { ChartRow, ChartRowV1, CustomCardRowV1, DutyRowV1, RoleRowV1 } from './db'

/** Settings key holding v1 custom cards when there was no chart to put them in. */
export const V1_CARDS_KEY = 'cardsFromVersion1'

function byOrder<T extends { order?: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
}

function strip<T extends { chartId: string; order?: number }>({ chartId: _c, order: _o, ...rest }: T): Omit<T, 'chartId' | 'order'> {
  return rest
}

function groupByChart<T extends { chartId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.chartId)
    if (list) list.push(r)
    else out.set(r.chartId, [r])
  }
  return out
}

export function v1Cards(rows: readonly CustomCardRowV1[]): LibraryCard[] {
  return [...rows]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(({ createdAt: _t, ...card }) => ({ id: card.id, label: card.label, kind: card.kind, group: card.group, category: card.category ?? '' }))
}

export async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  const charts = (await tx.table('charts').toArray()) as ChartRowV1[]
  const roles = (await tx.table('roles').toArray()) as RoleRowV1[]
  const duties = (await tx.table('duties').toArray()) as DutyRowV1[]
  const cards = v1Cards((await tx.table('cards').toArray()) as CustomCardRowV1[])
  const rolesOf = groupByChart(roles)
  const dutiesOf = groupByChart(duties)
  const summaries: ChartRow[] = []
  const updates: { chartId: string; update: Uint8Array }[] = []
  for (const row of charts) {
    const chart: Chart = {
      id: row.id,
      title: row.title,
      roles: byOrder(rolesOf.get(row.id) ?? []).map(strip),
      duties: byOrder(dutiesOf.get(row.id) ?? []).map(strip),
      exceptions: row.exceptions ?? [],
      ...(cards.length ? { cards } : {})
    }
    const doc = createChartDoc(chart)
    updates.push({ chartId: row.id, update: Y.encodeStateAsUpdate(doc) })
    summaries.push({ id: row.id, title: row.title, createdAt: row.createdAt, updatedAt: row.updatedAt, roleCount: readChart(doc).roles.length })
    doc.destroy()
  }
  // The summary row replaces the v1 chart row under the same id.
  await tx.table('charts').bulkPut(summaries)
  if (updates.length) await tx.table('updates').bulkAdd(updates)
  if (cards.length && charts.length === 0) await tx.table('settings').put({ key: V1_CARDS_KEY, value: cards })
}
