// The one place shared/ touches papaparse (typed locally, see papaparse.d.ts).

import Papa, { type PapaError } from 'papaparse/papaparse.js'

export type { PapaError }

export interface RawCsv {
  readonly records: string[][]
  readonly errors: readonly PapaError[]
}

const DELIMITERS = [',', ';', '\t', '|'] as const

/**
 * The delimiter used most in the header row (outside quotes); comma when there is none.
 * Spreadsheets in many locales save ";"-separated files, and pasted tables use tabs.
 * Decided from the header alone so blank or ragged rows further down cannot mislead it.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>()
  let quoted = false
  let lineHasText = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    if (quoted) continue
    if (ch === '\n' || ch === '\r') {
      if (lineHasText) break
    } else if ((DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    else if (ch.trim()) lineHasText = true
  }
  let best = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

/** Parses text into records of cells. */
export function parseRecords(text: string): RawCsv {
  const result = Papa.parse(text, { skipEmptyLines: false, delimiter: detectDelimiter(text) })
  return { records: result.data, errors: result.errors }
}

/** CSV text with every cell quoted, CRLF line ends and spreadsheet formulas neutralised. */
export function unparseRecords(fields: string[], rows: string[][]): string {
  return Papa.unparse({ fields, data: rows }, { quotes: true, newline: '\r\n', escapeFormulae: true })
}

/** Empty cells stay bare (",,"): a matrix is mostly empty and quoting them would triple its size. */
const quoteNonEmpty = (value: unknown): boolean => value !== ''

/** One CSV record, without a line end: non-empty cells quoted, formulas neutralised. */
export function unparseRow(cells: readonly string[]): string {
  return Papa.unparse([[...cells]], { quotes: quoteNonEmpty, newline: '\r\n', escapeFormulae: true })
}
