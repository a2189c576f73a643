// Starts the workbench from local storage and keeps storage in step with the open
// chart: every applied diff is written in order; failures are shown, never swallowed.

import type { Chart } from '@shared/model/chart'
import { newId } from '@shared/model/ids'
import { defaultChart } from '@shared/fixtures/default-chart'
import { type WorkbenchDb } from '../storage/db'
import * as repo from '../storage/chart-repo'
import { dispatch, notify, onDiff, showChart, useWorkbench } from './store'

let db: WorkbenchDb | null = null
let queue: Promise<void> = Promise.resolve()

function enqueue(label: string, write: (db: WorkbenchDb) => Promise<void>): Promise<void> {
  queue = queue.then(async () => {
    if (!db) return
    try {
      await write(db)
      if (useWorkbench.getState().storageError) useWorkbench.setState({ storageError: null })
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e)
      const text = `Could not save to this computer's storage (${label}): ${why}. The chart stays open here; use Save As to keep a copy in a file.`
      useWorkbench.setState({ storageError: text })
      notify('error', text)
    }
  })
  return queue
}

/** Resolves when every pending write has reached storage (tests, before closing). */
export function flushStorage(): Promise<void> {
  return queue
}

async function refreshList(): Promise<void> {
  if (!db) return
  useWorkbench.setState({ charts: await repo.listCharts(db) })
}

export async function startSession(database: WorkbenchDb): Promise<void> {
  db = database
  onDiff((chart, diff) => {
    void enqueue('edit', (d) => repo.saveDiff(d, chart, diff)).then(refreshListSoon)
  })
  try {
    const lastId = await repo.getLastChartId(database)
    let chart = lastId ? await repo.loadChart(database, lastId) : null
    if (!chart) {
      const first = (await database.charts.orderBy('updatedAt').last())?.id
      chart = first ? await repo.loadChart(database, first) : null
    }
    if (!chart) {
      chart = { ...defaultChart(), id: newId('c') }
      await repo.putChart(database, chart)
    }
    await repo.setLastChartId(database, chart.id)
    showChart(chart)
    await refreshList()
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    useWorkbench.setState({
      status: 'failed',
      loadError: `Local storage could not be opened: ${why}. Nothing was changed. Close other windows of Org Workbench and reload.`
    })
  }
}

let listTimer: ReturnType<typeof setTimeout> | undefined
function refreshListSoon(): void {
  clearTimeout(listTimer)
  listTimer = setTimeout(() => void refreshList(), 400)
}

async function switchTo(chart: Chart): Promise<void> {
  showChart(chart)
  await enqueue('switch chart', (d) => repo.setLastChartId(d, chart.id))
  await refreshList()
}

export async function openStoredChart(id: string): Promise<void> {
  await queue
  if (!db) return
  const chart = await repo.loadChart(db, id)
  if (!chart) return notify('error', 'That chart is no longer in local storage.') as unknown as void
  await switchTo(chart)
}

/** Stores a chart under a fresh id (new, duplicate, opened file, scenario) and opens it. */
export async function addChart(chart: Omit<Chart, 'id'>, title: string = chart.title): Promise<Chart> {
  const stored: Chart = { ...chart, id: newId('c'), title }
  await enqueue('new chart', (d) => repo.putChart(d, stored))
  await switchTo(stored)
  return stored
}

export function createBlankChart(): Promise<Chart> {
  return addChart({ title: 'Untitled chart', roles: [], duties: [], exceptions: [] })
}

export async function duplicateStoredChart(id: string, title?: string): Promise<Chart | null> {
  await queue
  if (!db) return null
  const source = await repo.loadChart(db, id)
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
  await enqueue('rename chart', async (d) => {
    await d.charts.update(id, { title: clean, updatedAt: Date.now() })
  })
  await refreshList()
}

export async function deleteStoredChart(id: string): Promise<void> {
  await enqueue('delete chart', (d) => repo.deleteChart(d, id))
  await refreshList()
  if (useWorkbench.getState().chart.id !== id) return
  const next = useWorkbench.getState().charts[0]
  if (next) await openStoredChart(next.id)
  else await createBlankChart()
}

export function loadStoredChart(id: string): Promise<Chart | null> {
  return db ? repo.loadChart(db, id) : Promise.resolve(null)
}
