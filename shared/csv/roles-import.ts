// Plans adding roles from a CSV table (an HR export, a pasted spreadsheet). Planning is
// separate from applying: the dialog shows every problem with its row first, and the
// user chooses whether rows with problems are skipped or imported without a manager —
// nothing is left out silently, and a bad file never half-changes a chart.

import { CHART_LIMITS } from '../format/limits'
import { codePointLength } from '../format/text-rules'
import type { Chart, Role } from '../model/chart'
import { newId } from '../model/ids'
import type { Op } from '../ops/operations'
import { layoutChart } from '../layout/layout-chart'
import type { ColumnMapping } from './column-mapping'
import { cleanCell, type CsvProblem, type CsvRow } from './read-csv'
import { findLoops, type ManagerRef, resolveManagers } from './manager-refs'

export { guessMapping, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './column-mapping'
export { readCsv, type CsvProblem, type CsvProblemKind, type CsvRow, type CsvTable } from './read-csv'

export const MAX_IMPORT_ROWS = 2_000

/** Spacing of imported roles; matches the built-in charts so both look alike. */
export const IMPORT_LAYOUT = { nodeWidth: 240, nodeHeight: 140, gapX: 60, gapY: 120 } as const

/** What to do with rows that have problems; the user chooses in the import dialog. */
export const PROBLEM_ROW_CHOICES = ['skip', 'without-manager'] as const
export type ProblemRowChoice = (typeof PROBLEM_ROW_CHOICES)[number]

export interface RoleImportPlan {
  /** Roles to add, managers before their reports; empty when problems block the import. */
  readonly roles: readonly Role[]
  /** Every problem of the table as given, by row (also when a choice lets the rest import). */
  readonly problems: readonly CsvProblem[]
  /** Rows left out (spreadsheet row numbers). */
  readonly skipped: readonly number[]
  /** Rows imported as top-level roles because their manager could not be used. */
  readonly withoutManager: readonly number[]
}

export interface PlanOptions {
  /** Random source for new ids (tests pass a seeded one). */
  readonly random?: () => number
  readonly maxRows?: number
  /** Absent: any problem blocks the import. Otherwise rows with problems are skipped, or imported without a manager when only the manager is wrong. */
  readonly problemRows?: ProblemRowChoice
  /** Problems readCsv found (unclosed quotes block the import; a row with extra cells can be skipped). */
  readonly tableProblems?: readonly CsvProblem[]
}

export interface ImportRow {
  readonly row: number
  readonly title: string
  readonly person: string
  readonly department: string
  readonly ref: string
  readonly id: string
}

const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ')
const who = (title: string, person: string): string => (person ? `"${title}" (${person})` : `"${title}"`)

function readRows(rows: readonly CsvRow[], mapping: ColumnMapping): ImportRow[] {
  // Titles, names and departments are one line of visible text, as the chart requires.
  const cell = (r: CsvRow, header: string | undefined): string => (header ? cleanCell(r.values.get(header) ?? '') : '')
  return rows.map((r) => ({
    row: r.row,
    title: cell(r, mapping.title),
    person: cell(r, mapping.person),
    department: cell(r, mapping.department),
    ref: cell(r, mapping.reportsTo),
    id: cell(r, mapping.id)
  }))
}

function checkCells(rows: readonly ImportRow[], mapping: ColumnMapping, existing: Chart | undefined, problems: CsvProblem[]): void {
  const seen = new Map<string, number>()
  const seenIds = new Map<string, number>()
  const inChart = new Set((existing?.roles ?? []).map((r) => `${key(r.title)}|${key(r.person ?? '')}`))
  const max = CHART_LIMITS.maxTextLength
  for (const r of rows) {
    const column = mapping.title
    const kind = 'row'
    if (!r.title) problems.push({ row: r.row, column, kind, message: `The role title in row ${r.row} is empty. Fill it in or delete the row.` })
    else if (codePointLength(r.title) > max)
      problems.push({ row: r.row, column, kind, message: `The title in row ${r.row} has ${codePointLength(r.title)} characters; at most ${max} fit. Shorten it.` })
    if (codePointLength(r.person) > CHART_LIMITS.maxPersonLength) {
      problems.push({ row: r.row, column: mapping.person, kind, message: `The name in row ${r.row} is longer than ${CHART_LIMITS.maxPersonLength} characters. Shorten it.` })
    }
    if (codePointLength(r.department) > max) {
      problems.push({ row: r.row, column: mapping.department, kind, message: `The department in row ${r.row} is longer than ${max} characters. Shorten it.` })
    }
    if (!r.title) continue
    const k = `${key(r.title)}|${key(r.person)}`
    const first = seen.get(k)
    if (first !== undefined) problems.push({ row: r.row, kind, message: `Row ${r.row} repeats row ${first}: same title and person, ${who(r.title, r.person)}. Remove one of them.` })
    else seen.set(k, r.row)
    if (inChart.has(k)) problems.push({ row: r.row, kind, message: `${who(r.title, r.person)} in row ${r.row} is already in the chart. Remove the row, or change the title or name.` })
    if (r.id) {
      const firstId = seenIds.get(r.id)
      if (firstId !== undefined) problems.push({ row: r.row, column: mapping.id, kind, message: `Row ${r.row} has the same id "${r.id}" as row ${firstId}. Ids must be unique.` })
      else seenIds.set(r.id, r.row)
    }
  }
}

function freshIds(count: number, taken: Set<string>, random: () => number): string[] {
  const ids: string[] = []
  while (ids.length < count) {
    const id = newId('r', random)
    if (taken.has(id)) continue
    taken.add(id)
    ids.push(id)
  }
  return ids
}

/** Below whatever the chart already shows, so imported roles never land on top of it. */
function origin(existing: Chart | undefined): { x: number; y: number } {
  const placed = (existing?.roles ?? []).filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
  if (placed.length === 0) return { x: 0, y: 0 }
  return {
    x: Math.min(...placed.map((r) => r.x!)),
    y: Math.max(...placed.map((r) => r.y!)) + IMPORT_LAYOUT.nodeHeight + IMPORT_LAYOUT.gapY
  }
}

function buildRoles(rows: readonly ImportRow[], refs: readonly ManagerRef[], existing: Chart | undefined, random: () => number): Role[] {
  const ids = freshIds(rows.length, new Set((existing?.roles ?? []).map((r) => r.id)), random)
  const parentOf = (i: number): string | null => {
    const ref = refs[i]
    return ref.kind === 'row' ? ids[ref.index] : ref.kind === 'chart' ? ref.roleId : null
  }
  const start = origin(existing)
  // Imported roles have no cards yet, so the layout sizes them as empty roles.
  const laid = layoutChart(
    { id: 'import', title: '', duties: [], exceptions: [], roles: rows.map((_, i) => ({ id: ids[i], title: rows[i].title, reportsTo: refs[i].kind === 'row' ? parentOf(i) : null })) },
    { direction: 'down' }
  )
  const positions = new Map(laid.positions.map((p) => [p.id, { x: start.x + p.x, y: start.y + p.y }]))
  const depth = (i: number): number => {
    let d = 0
    for (let ref = refs[i]; ref.kind === 'row'; ref = refs[ref.index]) d++
    return d
  }
  const order = rows.map((_, i) => i).sort((a, b) => depth(a) - depth(b) || a - b)
  return order.map((i) => {
    const r = rows[i]
    const p = positions.get(ids[i])!
    return {
      id: ids[i],
      title: r.title,
      ...(r.person ? { person: r.person } : {}),
      ...(r.department ? { department: r.department } : {}),
      reportsTo: parentOf(i),
      x: p.x,
      y: p.y
    }
  })
}

/** What the dialog shows and imports; the problems are those of the table as given. */
function analyse(items: readonly ImportRow[], mapping: ColumnMapping, existing: Chart | undefined, detached: ReadonlySet<number>) {
  const problems: CsvProblem[] = []
  checkCells(items, mapping, existing, problems)
  const live = items.map((r) => (detached.has(r.row) ? { ...r, ref: '' } : r))
  const refs = resolveManagers(live, existing, mapping, problems)
  findLoops(live, refs, mapping, problems)
  return { problems, live, refs }
}

/**
 * Which rows to leave out or to import without a manager so that the rest imports cleanly.
 * Leaving a row out can orphan the rows that report to it, so this repeats until nothing
 * changes; every round settles at least one row, so it ends.
 */
function settleRows(items: readonly ImportRow[], mapping: ColumnMapping, existing: Chart | undefined, choice: ProblemRowChoice, skipped: Set<number>) {
  const detached = new Set<number>()
  for (;;) {
    const kept = items.filter((r) => !skipped.has(r.row))
    const result = analyse(kept, mapping, existing, detached)
    if (result.problems.length === 0) return { ...result, detached }
    for (const p of result.problems) {
      if (p.kind === 'manager' && choice === 'without-manager' && !detached.has(p.row)) detached.add(p.row)
      else skipped.add(p.row)
    }
  }
}

export function planRoleImport(rows: readonly CsvRow[], mapping: ColumnMapping, existingChart?: Chart, options: PlanOptions = {}): RoleImportPlan {
  const fail = (problems: CsvProblem[]): RoleImportPlan => ({ roles: [], problems: problems.sort((a, b) => a.row - b.row), skipped: [], withoutManager: [] })
  const tableProblems = options.tableProblems ?? []
  if (!mapping.title) return fail([...tableProblems, { row: 1, message: 'Choose the column that holds the role titles.' }])
  if (rows.length === 0) return fail([...tableProblems, { row: 1, message: 'The table has a header row but no roles under it.' }])
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS
  if (rows.length > maxRows) {
    return fail([{ row: rows[maxRows].row, message: `The table has ${rows.length} roles; at most ${maxRows} can be imported at once. Split it into smaller files.` }])
  }
  const total = (existingChart?.roles.length ?? 0) + rows.length
  if (total > CHART_LIMITS.maxRoles) {
    return fail([{ row: 1, message: `Importing would give the chart ${total} roles; a chart holds at most ${CHART_LIMITS.maxRoles}. Import fewer rows.` }])
  }

  const items = readRows(rows, mapping)
  const first = analyse(items, mapping, existingChart, new Set())
  const problems = [...tableProblems, ...first.problems].sort((a, b) => a.row - b.row)
  const random = options.random ?? Math.random
  if (problems.length === 0) return { roles: buildRoles(items, first.refs, existingChart, random), problems: [], skipped: [], withoutManager: [] }
  if (!options.problemRows || problems.some((p) => (p.kind ?? 'file') === 'file')) return fail(problems)

  const skipped = new Set(tableProblems.map((p) => p.row))
  const settled = settleRows(items, mapping, existingChart, options.problemRows, skipped)
  return {
    roles: buildRoles(settled.live, settled.refs, existingChart, random),
    problems,
    skipped: [...skipped].sort((a, b) => a - b),
    withoutManager: [...settled.detached].filter((r) => !skipped.has(r)).sort((a, b) => a - b)
  }
}

/** The plan as edit operations (one undo step when applied together), managers first. */
export function importOps(plan: RoleImportPlan): Op[] {
  const pending = new Set(plan.roles.map((r) => r.id))
  const ops: Op[] = []
  let remaining = [...plan.roles]
  while (remaining.length > 0) {
    const ready = remaining.filter((r) => !r.reportsTo || !pending.has(r.reportsTo))
    // A loop cannot come out of planRoleImport; if a hand-made plan has one, keep what is left as is.
    const batch = ready.length > 0 ? ready : remaining
    for (const r of batch) {
      ops.push({ type: 'addRole', role: r })
      pending.delete(r.id)
    }
    remaining = remaining.filter((r) => pending.has(r.id))
  }
  return ops
}
