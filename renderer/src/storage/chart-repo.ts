// Reads and writes charts in the local database. A chart is stored as its Yjs document:
// an append-only log of updates (each edit appends one, in one small transaction), merged
// into one row on load and every so often. Updates merge in any order, so two tabs can
// append to the same chart's log without ever overwriting each other.

import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { createChartDoc, readChart } from '@shared/doc'
import type { ChartRow, UpdateRow, WorkbenchDb } from './db'
import { checkInjectedFault } from './faults'

/** Origin of changes read from storage: they are not written back. */
export const STORAGE_ORIGIN = 'org-workbench/storage'

export interface ChartSummary {
  readonly id: string
  readonly title: string
  readonly updatedAt: number
  readonly roleCount: number
}

const LAST_CHART = 'lastChartId'

export async function listCharts(db: WorkbenchDb): Promise<ChartSummary[]> {
  const rows = await db.charts.orderBy('updatedAt').reverse().toArray()
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt, roleCount: r.roleCount }))
}

/** The stored document of a chart, or null when the chart is not stored. */
export async function loadChartDoc(db: WorkbenchDb, id: string): Promise<Y.Doc | null> {
  const rows = await db.transaction('r', db.charts, db.updates, async () => {
    if (!(await db.charts.get(id))) return null
    return db.updates.where('chartId').equals(id).toArray()
  })
  if (!rows) return null
  const doc = new Y.Doc()
  if (rows.length) Y.applyUpdate(doc, rows.length === 1 ? rows[0]!.update : Y.mergeUpdates(rows.map((r) => r.update)), STORAGE_ORIGIN)
  return doc
}

export async function loadChart(db: WorkbenchDb, id: string): Promise<Chart | null> {
  const doc = await loadChartDoc(db, id)
  if (!doc) return null
  const chart = readChart(doc)
  doc.destroy()
  return chart
}

function summaryOf(doc: Y.Doc, createdAt: number, now: number): ChartRow {
  const chart = readChart(doc)
  return { id: chart.id, title: chart.title, roleCount: chart.roles.length, createdAt, updatedAt: now }
}

/** Stores a document as a new chart (or replaces a stored one) in one transaction. */
export async function putChartDoc(db: WorkbenchDb, doc: Y.Doc, now = Date.now()): Promise<void> {
  const id = readChart(doc).id
  const update = Y.encodeStateAsUpdate(doc)
  await db.transaction('rw', db.charts, db.updates, async () => {
    checkInjectedFault()
    const existing = await db.charts.get(id)
    await db.updates.where('chartId').equals(id).delete()
    await db.charts.put(summaryOf(doc, existing?.createdAt ?? now, now))
    await db.updates.add({ chartId: id, update })
  })
}

/** Writes a whole chart (new chart, duplicate, opened file), replacing what was stored under its id. */
export async function putChart(db: WorkbenchDb, chart: Chart, now = Date.now()): Promise<void> {
  const doc = createChartDoc(chart)
  await putChartDoc(db, doc, now)
  doc.destroy()
}

/**
 * Appends one edit in a transaction of a single request, issued and committed at once
 * (IDBTransaction.commit), so it completes in the database even if the page is reloaded
 * or closed a moment later. The chart list's summary row is refreshed separately.
 */
export function appendUpdate(db: WorkbenchDb, chartId: string, update: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    checkInjectedFault()
    const tx = db.backendDB().transaction('updates', 'readwrite')
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('the write was cancelled'))
    tx.objectStore('updates').add({ chartId, update } satisfies UpdateRow)
    tx.commit?.()
  })
}

/** Refreshes a chart's row in the chart list; false when the chart is no longer stored. */
export async function updateSummary(db: WorkbenchDb, doc: Y.Doc, now = Date.now()): Promise<boolean> {
  const chart = readChart(doc)
  checkInjectedFault()
  return (await db.charts.update(chart.id, { title: chart.title, roleCount: chart.roles.length, updatedAt: now })) > 0
}

/**
 * Makes storage hold everything `doc` holds, merged into one row with whatever other tabs
 * appended meanwhile (read and replaced in the same transaction, so nothing in between is
 * lost). Returns the merged state, which may hold other tabs' edits the doc has not seen.
 */
export async function rewriteChartDoc(db: WorkbenchDb, doc: Y.Doc, now = Date.now()): Promise<Uint8Array> {
  const state = Y.encodeStateAsUpdate(doc)
  const id = readChart(doc).id
  return db.transaction('rw', db.charts, db.updates, async () => {
    checkInjectedFault()
    const merged = await replaceRows(db, id, state)
    const existing = await db.charts.get(id)
    await db.charts.put(summaryOf(doc, existing?.createdAt ?? now, now))
    return merged
  })
}

/** Merges a chart's update log into one row (the document it describes is unchanged). */
export async function compactChart(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', db.updates, async () => {
    checkInjectedFault()
    await replaceRows(db, id, null)
  })
}

async function replaceRows(db: WorkbenchDb, id: string, state: Uint8Array | null): Promise<Uint8Array> {
  const rows = await db.updates.where('chartId').equals(id).toArray()
  const parts = rows.map((r) => r.update)
  if (state) parts.push(state)
  const merged = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts)
  if (rows.length === 1 && !state) return merged
  await db.updates.bulkDelete(rows.map((r) => r.seq!))
  await db.updates.add({ chartId: id, update: merged })
  return merged
}

export async function deleteChart(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', db.charts, db.updates, async () => {
    checkInjectedFault()
    await db.charts.delete(id)
    await db.updates.where('chartId').equals(id).delete()
  })
}

export async function getLastChartId(db: WorkbenchDb): Promise<string | null> {
  const row = await db.settings.get(LAST_CHART)
  return typeof row?.value === 'string' ? row.value : null
}

export async function setLastChartId(db: WorkbenchDb, id: string): Promise<void> {
  await db.settings.put({ key: LAST_CHART, value: id })
}
