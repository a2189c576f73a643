// Starts the workbench from local storage and keeps storage in step with the open chart.
// Each chart opened in this session keeps its document (and so its undo history) while
// the session lasts; each is written by its own DocPersistence and linked to other tabs.
// Without usable IndexedDB the session runs in memory only and says so.

import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { newId } from '@shared/model/ids'
import { defaultChart } from '@shared/fixtures/default-chart'
import { applyOpsToDoc, createChartDoc, readChart } from '@shared/doc'
import { type WorkbenchDb } from '../storage/db'
import * as repo from '../storage/chart-repo'
import { DocPersistence } from '../storage/doc-persistence'
import { V1_CARDS_KEY } from '../storage/upgrade-v1'
import { onShowDoc, showDoc, shownDoc } from './chart-doc'
import { chartListChannel, linkTabs, TAB_ORIGIN } from './tab-sync'
import { dispatch, notify, useWorkbench } from './store'
import { installPageHooks } from './page-hooks'

interface OpenChart {
  readonly doc: Y.Doc
  readonly persistence: DocPersistence | null
  readonly unlink: () => void
  error: string | null
}

let db: WorkbenchDb | null = null
/** Charts opened in this session, by id. In memory-only mode this is all there is. */
const open = new Map<string, OpenChart>()
const KEEP_OPEN = 8
const list = chartListChannel(() => void refreshList())
/** In memory-only mode: edits made that only a file can keep. */
let memoryEdits = false

function showStorageError(): void {
  const error = [...open.values()].find((c) => c.error)?.error ?? null
  if (error !== useWorkbench.getState().storageError) useWorkbench.setState({ storageError: error })
}

function adopt(doc: Y.Doc): OpenChart {
  const id = readChart(doc).id
  const hit = open.get(id)
  if (hit) return hit
  const entry: OpenChart = {
    doc,
    error: null,
    unlink: db ? linkTabs(id, doc) : () => undefined,
    persistence: db
      ? new DocPersistence(db, doc, [TAB_ORIGIN], {
          onStatus: (error) => {
            entry.error = error
            if (error) notify('error', error)
            showStorageError()
          },
          onWritten: () => {
            refreshListSoon()
            list.announce()
          },
          onKeptAfterDelete: () => notify('warning', `“${readChart(doc).title}” was deleted in another window while it was still being edited here, so it was kept. Delete it here if it should go.`)
        })
      : null
  }
  if (!db) doc.on('update', () => (memoryEdits = true))
  open.set(id, entry)
  evict()
  return entry
}

// A stored chart shown from elsewhere (e.g. a live session's host) is kept like any other.
onShowDoc((shown) => {
  if (shown.persist && !open.has(readChart(shown.doc).id)) adopt(shown.doc)
})

/** Forgets the oldest charts of the session (never the shown one, nor one not yet saved). */
function evict(): void {
  for (const [id, c] of open) {
    if (open.size <= KEEP_OPEN || !db) return
    if (c.doc === shownDoc().doc || c.error || c.persistence?.busy) continue
    c.persistence?.destroy()
    c.unlink()
    c.doc.destroy()
    open.delete(id)
  }
}

/** True while something the user did is not (yet) in local storage: the page asks before closing. */
export function hasUnsavedWork(): boolean {
  const s = useWorkbench.getState()
  if (s.storageMode === 'memory') return memoryEdits
  return s.storageError !== null || [...open.values()].some((c) => c.persistence?.unsaved || c.persistence?.rewritePending)
}

/** Retries failed writes at once (page hidden or closing). */
export function flushNow(): void {
  for (const c of open.values()) c.persistence?.flush()
}

/** Resolves when every write this window started has reached storage (tests, comparisons). */
export async function flushStorage(): Promise<void> {
  for (let i = 0; i < 200 && [...open.values()].some((c) => c.persistence?.busy); i++) await new Promise((r) => setTimeout(r, 5))
}

async function refreshList(): Promise<void> {
  if (db) {
    try {
      useWorkbench.setState({ charts: await repo.listCharts(db) })
    } catch {
      // The list is a convenience; the open chart is unaffected.
    }
    return
  }
  const charts = [...open.values()].map(({ doc }) => {
    const c = readChart(doc)
    return { id: c.id, title: c.title, updatedAt: 0, roleCount: c.roles.length }
  })
  useWorkbench.setState({ charts })
}

let listTimer: ReturnType<typeof setTimeout> | undefined
function refreshListSoon(): void {
  clearTimeout(listTimer)
  listTimer = setTimeout(() => void refreshList(), 400)
}

function memoryOnly(why: string): void {
  db = null
  useWorkbench.setState({
    storageMode: 'memory',
    storageError: null,
    memoryReason: why
  })
}

async function firstChart(database: WorkbenchDb): Promise<Y.Doc> {
  const lastId = await repo.getLastChartId(database)
  let doc = lastId ? await repo.loadChartDoc(database, lastId) : null
  if (!doc) {
    const first = (await database.charts.orderBy('updatedAt').last())?.id
    doc = first ? await repo.loadChartDoc(database, first) : null
  }
  if (doc) return doc
  const cards = (await database.settings.get(V1_CARDS_KEY))?.value as Chart['cards'] | undefined
  const seeded = createChartDoc({ ...defaultChart(), id: newId('c'), ...(cards?.length ? { cards } : {}) })
  await repo.putChartDoc(database, seeded)
  return seeded
}

export async function startSession(database: WorkbenchDb | null): Promise<void> {
  installPageHooks({ flush: flushNow, unsaved: hasUnsavedWork })
  let doc: Y.Doc | null = null
  if (!database) memoryOnly('IndexedDB is not available')
  else {
    try {
      await database.open()
      db = database
      doc = await firstChart(database)
    } catch (e) {
      memoryOnly(e instanceof Error ? e.message : String(e))
    }
  }
  doc ??= createChartDoc({ ...defaultChart(), id: newId('c') })
  adopt(doc)
  showDoc(doc, { persist: true })
  // Remembered after the chart is on screen: the chart does not wait for this write.
  if (db) await repo.setLastChartId(db, readChart(doc).id).catch(() => undefined)
  await refreshList()
}

async function switchTo(doc: Y.Doc): Promise<void> {
  const entry = adopt(doc)
  showDoc(entry.doc, { persist: true })
  if (db) await repo.setLastChartId(db, readChart(entry.doc).id).catch(() => undefined)
  await refreshList()
}

async function docOf(id: string): Promise<Y.Doc | null> {
  const hit = open.get(id)
  if (hit || !db) return hit?.doc ?? null
  return repo.loadChartDoc(db, id)
}

export async function openStoredChart(id: string): Promise<void> {
  const doc = await docOf(id)
  if (!doc) return void notify('error', 'That chart is no longer in local storage.')
  await switchTo(doc)
}

/** Stores a chart under a fresh id (new, duplicate, opened file, scenario) and opens it. */
export async function addChart(chart: Omit<Chart, 'id'>, title: string = chart.title): Promise<Chart> {
  return addChartDoc(createChartDoc({ ...chart, id: newId('c'), title }))
}

/**
 * Stores a new chart's document and opens it (`beforeShow` runs between the two: a big
 * file's progress says it is drawing).
 */
export async function addChartDoc(doc: Y.Doc, beforeShow?: () => Promise<void>): Promise<Chart> {
  if (db) {
    try {
      // One row in one transaction for the whole chart, however big.
      await repo.putChartDoc(db, doc)
    } catch (e) {
      notify('error', `Could not save the new chart to this computer's storage: ${e instanceof Error ? e.message : String(e)}. It is open here; use Save As to keep a copy in a file.`)
      adopt(doc).error = 'The new chart is not in local storage yet.'
      showStorageError()
      void open.get(readChart(doc).id)?.persistence?.rewrite()
    }
  }
  await beforeShow?.()
  await switchTo(doc)
  return readChart(doc)
}

export function createBlankChart(): Promise<Chart> {
  return addChart({ title: 'Untitled chart', roles: [], duties: [], exceptions: [] })
}

export async function duplicateStoredChart(id: string, title?: string): Promise<Chart | null> {
  const source = await loadStoredChart(id)
  if (!source) return null
  return addChart(source, title ?? `${source.title} (copy)`)
}

export async function renameStoredChart(id: string, title: string): Promise<void> {
  const clean = title.trim()
  if (!clean) return
  if (useWorkbench.getState().chart.id === id) {
    dispatch([{ type: 'renameChart', title: clean }], 'Rename chart')
    return
  }
  const doc = await docOf(id)
  if (!doc) return
  adopt(doc)
  applyOpsToDoc(doc, [{ type: 'renameChart', title: clean }], 'org-workbench/chart-list')
  await flushStorage()
  await refreshList()
}

export async function deleteStoredChart(id: string): Promise<void> {
  const entry = open.get(id)
  if (db) {
    try {
      await repo.deleteChart(db, id)
    } catch (e) {
      return void notify('error', `Could not delete the chart from this computer's storage: ${e instanceof Error ? e.message : String(e)}.`)
    }
  }
  if (entry) {
    entry.persistence?.destroy()
    entry.unlink()
    open.delete(id)
  }
  list.announce()
  await refreshList()
  if (useWorkbench.getState().chart.id !== id) return
  const next = useWorkbench.getState().charts[0]
  if (next) await openStoredChart(next.id)
  else await createBlankChart()
}

export async function loadStoredChart(id: string): Promise<Chart | null> {
  const hit = open.get(id)
  if (hit) return readChart(hit.doc)
  return db ? repo.loadChart(db, id) : null
}

/** What local storage holds for a chart, read from the database itself (tests, checks). */
export async function readStoredChart(id: string): Promise<Chart | null> {
  return db ? repo.loadChart(db, id) : null
}
