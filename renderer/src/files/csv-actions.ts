// CSV in and out: pick a CSV of roles for the import dialog; save the responsibility matrix.

import { matrixTooLarge, responsibilityMatrixCsv } from '@shared/csv/responsibility-matrix'
import { IPC_LIMITS } from '@shared/ipc/schemas'
import type { Chart } from '@shared/model/chart'
import type { LintResult } from '@shared/rules/types'
import { platform } from '../platform/bridge'
import { notify } from '../state/store'
import { useFileUi } from './file-state'
import { readFileText } from './read-file'

/** Opens the import dialog on a CSV file: with its text, or with the decoding problem to choose about. */
export async function showCsv(file: File): Promise<void> {
  const read = await readFileText(file)
  useFileUi.setState({ csv: read.ok ? { name: file.name, text: read.text } : { name: file.name, bytes: read.bytes, notUtf8: read.message } })
}

export function pickCsvFile(): Promise<void> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,text/csv'
    input.setAttribute('data-testid', 'csv-file-input')
    input.style.display = 'none'
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      input.remove()
      if (file) await showCsv(file)
      resolve()
    })
    input.addEventListener('cancel', () => (input.remove(), resolve()))
    document.body.append(input)
    input.click()
  })
}

/** Saves the responsibility matrix: a row per card, a column per role. */
export async function exportResponsibilityMatrix({ chart, lint }: { chart: Chart; lint: LintResult }): Promise<void> {
  const tooLarge = matrixTooLarge(chart)
  if (tooLarge) {
    notify('error', tooLarge)
    return
  }
  const text = responsibilityMatrixCsv(chart, lint, { bom: true })
  const name = `${(chart.title || 'Org chart').replace(/[\\/:*?"<>|]+/g, ' ').trim()} – responsibilities.csv`
  // A matrix of thousands of roles passes the text limit of one save; as bytes it may still fit.
  const bytes = text.length > IPC_LIMITS.chartTextChars ? new TextEncoder().encode(text) : null
  if (bytes && bytes.byteLength > IPC_LIMITS.exportBytes) {
    const mb = Math.round(bytes.byteLength / 1024 / 1024)
    notify('error', `The responsibility matrix of this chart is ${mb} MB, more than the app can save at once. Nothing was saved. The command line writes any size: npm run export -- FILE --format csv.`)
    return
  }
  const saved = await platform.saveExport(bytes ? { bytes, suggestedName: name, mime: 'text/csv' } : { text, suggestedName: name, mime: 'text/csv' })
  if (saved) notify('success', `Exported “${saved}”.`)
}
