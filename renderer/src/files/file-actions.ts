// Opening and saving chart files. A file is validated completely before anything
// happens: a bad file is refused with its problems listed and the open chart untouched.

import { type FileProblem, parseChartFile, serializeChart, suggestedFileName } from '@shared/format/chart-file'
import { hasUnplacedRoles, placeUnplacedRoles } from '@shared/layout/place-unplaced'
import { buildChartDoc } from '@shared/doc'
import { newId } from '@shared/model/ids'
import { platform, PlatformError } from '../platform/bridge'
import { addChartDoc } from '../state/session'
import { notify, useWorkbench } from '../state/store'
import { showCsv } from './csv-actions'
import { useFileUi } from './file-state'
import { readFileText } from './read-file'
import { trackOpening, type Progress } from './open-progress'

function explain(e: unknown): string {
  if (e instanceof PlatformError) return e.message
  return `Something went wrong: ${e instanceof Error ? e.message : String(e)}. Your chart is unchanged.`
}

function refuse(name: string, problems: readonly FileProblem[], count = problems.length): void {
  useFileUi.setState({ refused: { name, problems, count } })
  notify('error', `“${name}” could not be opened; your open chart was not changed.`)
}

/**
 * Opens chart text as a new chart on this computer; returns false when the file was refused.
 * A big file shows each step as it goes (see OpenProgress): the chart document is built in
 * slices with the page painting between them, then stored as one row in one transaction.
 */
export async function openChartText(text: string, name: string, handle: string | null, progress: Progress = trackOpening(name, text.length)): Promise<boolean> {
  try {
    await progress.step('Checking the file')
    const parsed = parseChartFile(text)
    if (!parsed.ok) {
      refuse(name, parsed.problems, parsed.count)
      return false
    }
    // A file without positions (hand-written, from another tool) opens laid out.
    let laidOut = parsed.chart
    if (hasUnplacedRoles(laidOut)) {
      await progress.step('Laying out roles')
      laidOut = placeUnplacedRoles(laidOut)
    }
    await progress.step('Building the chart')
    const doc = await buildChartDoc({ ...laidOut, id: newId('c') }, (done, total) => progress.part(done, total))
    await progress.step('Saving on this computer')
    const chart = await addChartDoc(doc, () => progress.step('Drawing the chart'))
    useWorkbench.setState((s) => ({ fileHandles: { ...s.fileHandles, [chart.id]: { handle, name } } }))
    notify('success', `Opened “${name}”: ${chart.roles.length} roles, ${chart.duties.length} cards.`)
    for (const w of parsed.warnings) notify('info', w)
    await progress.finish()
    return true
  } finally {
    progress.done()
  }
}

export async function openChartFile(): Promise<void> {
  try {
    const file = await platform.openChartFile()
    if (file) await openChartText(file.text, file.name, file.handle)
  } catch (e) {
    notify('error', explain(e))
  }
}

export async function openRecentFile(handle: string): Promise<void> {
  try {
    const file = await platform.openRecent(handle)
    if (file) await openChartText(file.text, file.name, file.handle)
  } catch (e) {
    notify('error', explain(e))
  }
}

export async function saveChart(saveAs: boolean): Promise<void> {
  const { chart, fileHandles } = useWorkbench.getState()
  const known = fileHandles[chart.id]
  try {
    const saved = await platform.saveChart(saveAs ? null : (known?.handle ?? null), serializeChart(chart), known?.name ?? suggestedFileName(chart.title))
    if (!saved) return
    useWorkbench.setState((s) => ({ fileHandles: { ...s.fileHandles, [chart.id]: { handle: saved.handle, name: saved.name } } }))
    notify('success', `Saved “${saved.name}”.`)
  } catch (e) {
    notify('error', explain(e))
  }
}

/** A file dropped on the window: charts open, CSV files go to the import dialog. */
export async function openDroppedFile(file: File): Promise<void> {
  const lower = file.name.toLowerCase()
  if (file.size > 20 * 1024 * 1024) return void notify('error', `“${file.name}” is larger than 20 MB, too large to be a chart file. Nothing was opened.`)
  if (lower.endsWith('.csv')) return showCsv(file)
  const progress = trackOpening(file.name, file.size)
  await progress.step('Reading the file')
  const read = await readFileText(file)
  if (read.ok) await openChartText(read.text, file.name, null, progress)
  else {
    progress.done()
    refuse(file.name, [{ path: '', message: read.message }])
  }
}
