// The chart as a responsibility matrix for spreadsheets: one row per card, one column per
// role (roles that hold nothing included, so gaps show), with each card's category, what
// the rules say about it and the reason for any exception the group accepted. Written line
// by line so a 5,000-role chart never needs its whole table in memory at once; empty cells
// stay bare so the file is not three times larger than its content. Cells are guarded so a
// label like "=HYPERLINK(…)" is shown as text, never run as a formula.

import type { Chart, Duty, Role } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { LintResult } from '../rules/types'
import { unparseRow } from './papa'
import { type FindingStatus, FINDING_STATUSES, type Verdict, verdicts } from './verdicts'

export { FINDING_STATUSES, type FindingStatus }

/** The leading columns; one column per role follows, headed by the role's title. */
export const MATRIX_COLUMNS = ['Card', 'Kind', 'Category', 'Held by', 'Status', 'Finding', 'Accepted exception note'] as const

/** Label of the last row, present when some finding is about a role as a whole. */
export const ROLE_FINDINGS_ROW = 'Role-level findings'

/** What a role's column says on the row of a card it holds. */
export function holdsCell(status: FindingStatus): string {
  return status === FINDING_STATUSES.ok ? 'holds' : `holds, ${status}`
}

/** Prepend to the text when writing a file Excel should read as UTF-8. */
export const EXCEL_BOM = '\uFEFF'

/** Excel's sheet size (LibreOffice's is the same since 7.4); a bigger matrix cannot be opened. */
export const MATRIX_LIMITS = { maxRows: 1_048_576, maxColumns: 16_384 } as const

const fmt = (n: number): string => n.toLocaleString('en-US')

/**
 * Column headings for the roles: the title, with the person (or a number) added where two
 * roles share a title, so every column can be told apart and none repeats a leading column.
 */
export function roleColumnNames(roles: readonly Role[]): string[] {
  const title = (r: Role): string => r.title.trim() || 'Untitled role'
  const uses = new Map<string, number>()
  for (const r of roles) uses.set(title(r), (uses.get(title(r)) ?? 0) + 1)
  const taken = new Set<string>(MATRIX_COLUMNS)
  return roles.map((r) => {
    const base = (uses.get(title(r)) ?? 0) > 1 && r.person?.trim() ? `${title(r)} (${r.person.trim()})` : title(r)
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base} (${i})`
    taken.add(name)
    return name
  })
}

/** Null when the matrix fits a spreadsheet; otherwise what is too big and what to do. */
export function matrixTooLarge(chart: Chart): string | null {
  const rows = chart.duties.length + 2
  const columns = MATRIX_COLUMNS.length + chart.roles.length
  if (rows <= MATRIX_LIMITS.maxRows && columns <= MATRIX_LIMITS.maxColumns) return null
  return (
    `The responsibility matrix of this chart would be ${fmt(rows)} rows × ${fmt(columns)} columns, more than a spreadsheet ` +
    `can open (${fmt(MATRIX_LIMITS.maxRows)} rows × ${fmt(MATRIX_LIMITS.maxColumns)} columns). Nothing was written. ` +
    'Split the chart into smaller files, or export it as PDF, which pages it by branch.'
  )
}

export interface MatrixOptions {
  /** Start with a byte-order mark so Excel opens accented text correctly. */
  readonly bom?: boolean
}

/**
 * The matrix as CSV lines, each ending in CRLF: the heading, one line per card in chart
 * order (held cards role by role, then cards nobody holds), then the role-level findings.
 * Throws a RangeError with matrixTooLarge's message when no spreadsheet could open it.
 */
export function* responsibilityMatrixLines(chart: Chart, lint: LintResult, options: MatrixOptions = {}): Generator<string> {
  const tooLarge = matrixTooLarge(chart)
  if (tooLarge) throw new RangeError(tooLarge)
  const { dutiesByRole, unassigned } = indexChart(chart)
  const verdictOf = verdicts(lint)
  const names = roleColumnNames(chart.roles)
  const roleCount = chart.roles.length
  yield (options.bom ? EXCEL_BOM : '') + unparseRow([...MATRIX_COLUMNS, ...names]) + '\r\n'

  const line = (duty: Duty, column: number, v: Verdict): string => {
    const fixed = unparseRow([duty.label, duty.kind ?? 'duty', duty.category || v.category, column < 0 ? '' : names[column], v.status, v.finding, v.note])
    if (column < 0) return fixed + ','.repeat(roleCount) + '\r\n'
    return fixed + ','.repeat(column + 1) + unparseRow([holdsCell(v.status)]) + ','.repeat(roleCount - column - 1) + '\r\n'
  }
  for (let i = 0; i < roleCount; i++) {
    const role = chart.roles[i]
    for (const duty of dutiesByRole.get(role.id) ?? []) yield line(duty, i, verdictOf(role.id, duty.id))
  }
  for (const duty of unassigned) yield line(duty, -1, verdictOf(null, duty.id))

  const roleLevel = chart.roles.map((r) => verdictOf(r.id, undefined))
  if (roleLevel.some((v) => v.finding)) {
    const cells = roleLevel.map((v) => (v.finding ? `${v.status}: ${v.finding}` : ''))
    yield unparseRow([ROLE_FINDINGS_ROW, 'role', '', '', '', '', '', ...cells]) + '\r\n'
  }
}

/** The whole matrix as one CSV text (non-empty cells quoted, CRLF line ends). */
export function responsibilityMatrixCsv(chart: Chart, lint: LintResult, options: MatrixOptions = {}): string {
  return [...responsibilityMatrixLines(chart, lint, options)].join('')
}
