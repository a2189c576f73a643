// CSV in and out: pick a CSV of roles for the import dialog; save the responsibility matrix.

import { responsibilityMatrixCsv } from '@shared/csv/responsibility-matrix'
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

export async function exportResponsibilityMatrix({ chart, lint }: { chart: Chart; lint: LintResult }): Promise<void> {
  const text = responsibilityMatrixCsv(chart, lint, { bom: true })
  const name = `${(chart.title || 'Org chart').replace(/[\\/:*?"<>|]+/g, ' ').trim()} – responsibilities.csv`
  const saved = await platform.saveExport({ text, suggestedName: name, mime: 'text/csv' })
  if (saved) notify('success', `Exported “${saved}”.`)
}
