// Opening and saving chart files. A file is validated completely before anything
// happens: a bad file is refused with its problems listed and the open chart untouched.

import { parseChartFile, serializeChart, suggestedFileName } from '@shared/format/chart-file'
import { placeUnplacedRoles } from '@shared/layout/place-unplaced'
import { platform, PlatformError } from '../platform/bridge'
import { addChart } from '../state/session'
import { notify, useWorkbench } from '../state/store'
import { useFileUi } from './file-state'

function explain(e: unknown): string {
  if (e instanceof PlatformError) return e.message
  return `Something went wrong: ${e instanceof Error ? e.message : String(e)}. Your chart is unchanged.`
}

/** Opens chart text as a new chart on this computer; returns false when the file was refused. */
export async function openChartText(text: string, name: string, handle: string | null): Promise<boolean> {
  const parsed = parseChartFile(text)
  if (!parsed.ok) {
    useFileUi.setState({ refused: { name, problems: parsed.problems } })
    notify('error', `“${name}” could not be opened; your open chart was not changed.`)
    return false
  }
  // A file without positions (hand-written, from another tool) opens laid out.
  const { id: _ignored, ...content } = placeUnplacedRoles(parsed.chart)
  const chart = await addChart(content)
  useWorkbench.setState((s) => ({ fileHandles: { ...s.fileHandles, [chart.id]: { handle, name } } }))
  notify('success', `Opened “${name}”: ${chart.roles.length} roles, ${chart.duties.length} cards.`)
  for (const w of parsed.warnings) notify('info', w)
  return true
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
  const text = await file.text()
  if (lower.endsWith('.csv')) useFileUi.setState({ csv: { name: file.name, text } })
  else await openChartText(text, file.name, null)
}
