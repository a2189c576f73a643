// Turns pasted or opened CSV text into named rows, keeping each row's number as a
// spreadsheet shows it (the header is row 1), so every problem can point at a row.
// Cells are held in Maps, never in plain objects: a header such as "__proto__" or
// "constructor" is just a column name, not a way into Object.prototype.

import { stripBadCharacters } from '../format/text-rules'
import { parseRecords } from './papa'

/**
 * What a problem blocks: `file` the whole import; `row` that row (it can be skipped);
 * `manager` only its reporting line (the row can be imported without a manager, or skipped).
 */
export type CsvProblemKind = 'file' | 'row' | 'manager'

export interface CsvProblem {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  readonly row: number
  /** Header of the column the problem is in, when it is about one cell. */
  readonly column?: string
  readonly message: string
  /** Absent means `file`: nothing can be imported until it is fixed. */
  readonly kind?: CsvProblemKind
}

export interface CsvRow {
  readonly row: number
  /** Cell text by header, trimmed; missing cells are empty strings. */
  readonly values: ReadonlyMap<string, string>
}

export interface CsvTable {
  readonly headers: readonly string[]
  readonly rows: readonly CsvRow[]
  readonly problems: readonly CsvProblem[]
}

/** One line of visible text: breaks and tabs become spaces, invisible controls go (the chart's text rules). */
export function cleanCell(raw: string): string {
  return stripBadCharacters(raw.replace(/[\t\r\n\u2028\u2029]+/g, ' ')).trim()
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/** Unique, non-empty header names: blanks become "Column 3", repeats get " (2)". */
function tidyHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return raw.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1
    seen.set(base.toLowerCase(), count)
    return count === 1 ? base : `${base} (${count})`
  })
}

export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const { records, errors } = parseRecords(body)
  const problems: CsvProblem[] = []
  for (const e of errors) {
    // Guessing fails harmlessly for one-column files; comma is then used.
    if (e.type === 'Delimiter') continue
    if (e.type === 'Quotes') {
      const row = (e.row ?? 0) + 1
      problems.push({ row, message: `A quoted cell is not closed (a " is missing) in or after row ${row}. Check the quotes in that row.` })
    }
  }

  const headerIndex = records.findIndex((r) => !isBlank(r))
  if (headerIndex < 0) {
    return { headers: [], rows: [], problems: [...problems, { row: 1, message: 'The file has no header row or data. Paste a table whose first row names the columns.' }] }
  }
  // Headers are shown as column choices, so they follow the text rules; cells stay as written.
  const headers = tidyHeaders(records[headerIndex].map(cleanCell))
  const rows: CsvRow[] = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]
    if (isBlank(cells)) continue
    const row = i + 1
    if (cells.length > headers.length && !isBlank(cells.slice(headers.length))) {
      problems.push({ row, kind: 'row', message: `Row ${row} has ${cells.length} cells but the header names ${headers.length} columns. Check for an unquoted comma.` })
    }
    const values = new Map<string, string>()
    headers.forEach((h, c) => values.set(h, (cells[c] ?? '').trim()))
    rows.push({ row, values })
  }
  return { headers, rows, problems }
}
