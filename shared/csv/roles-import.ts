// Plans adding roles from a CSV table (an HR export, a pasted spreadsheet). Planning is
// separate from applying: the dialog shows every problem with its row first, and only
// a clean plan becomes edit operations — so a bad file never half-changes a chart.

import { CHART_LIMITS } from '../format/limits'
import type { Chart, Role } from '../model/chart'
import { newId } from '../model/ids'
import type { Op } from '../ops/operations'
import { layoutChart } from '../layout/layout-chart'
import type { ColumnMapping } from './column-mapping'
import type { CsvProblem, CsvRow } from './read-csv'
import { findLoops, type ManagerRef, resolveManagers } from './manager-refs'

export { guessMapping, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './column-mapping'
export { readCsv, type CsvProblem, type CsvRow, type CsvTable } from './read-csv'

export const MAX_IMPORT_ROWS = 2_000

/** Spacing of imported roles; matches the built-in charts so both look alike. */
export const IMPORT_LAYOUT = { nodeWidth: 240, nodeHeight: 140, gapX: 60, gapY: 120 } as const

export interface RoleImportPlan {
  /** Roles to add, managers before their reports; empty whenever there are problems. */
  readonly roles: readonly Role[]
  readonly problems: readonly CsvProblem[]
}

export interface PlanOptions {
  /** Random source for new ids (tests pass a seeded one). */
  readonly random?: () => number
  readonly maxRows?: number
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
  const cell = (r: CsvRow, header: string | undefined): string => (header ? (r.values[header] ?? '').trim() : '')
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
    if (!r.title) problems.push({ row: r.row, column, message: `The role title in row ${r.row} is empty. Fill it in or delete the row.` })
    else if (r.title.length > max) problems.push({ row: r.row, column, message: `The title in row ${r.row} has ${r.title.length} characters; at most ${max} fit. Shorten it.` })
    if (r.person.length > CHART_LIMITS.maxPersonLength) {
      problems.push({ row: r.row, column: mapping.person, message: `The name in row ${r.row} is longer than ${CHART_LIMITS.maxPersonLength} characters. Shorten it.` })
    }
    if (r.department.length > max) {
      problems.push({ row: r.row, column: mapping.department, message: `The department in row ${r.row} is longer than ${max} characters. Shorten it.` })
    }
    if (!r.title) continue
    const k = `${key(r.title)}|${key(r.person)}`
    const first = seen.get(k)
    if (first !== undefined) problems.push({ row: r.row, message: `Row ${r.row} repeats row ${first}: same title and person, ${who(r.title, r.person)}. Remove one of them.` })
    else seen.set(k, r.row)
    if (inChart.has(k)) problems.push({ row: r.row, message: `${who(r.title, r.person)} in row ${r.row} is already in the chart. Remove the row, or change the title or name.` })
    if (r.id) {
      const firstId = seenIds.get(r.id)
      if (firstId !== undefined) problems.push({ row: r.row, column: mapping.id, message: `Row ${r.row} has the same id "${r.id}" as row ${firstId}. Ids must be unique.` })
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

export function planRoleImport(rows: readonly CsvRow[], mapping: ColumnMapping, existingChart?: Chart, options: PlanOptions = {}): RoleImportPlan {
  const fail = (problems: CsvProblem[]): RoleImportPlan => ({ roles: [], problems: problems.sort((a, b) => a.row - b.row) })
  if (!mapping.title) return fail([{ row: 1, message: 'Choose the column that holds the role titles.' }])
  if (rows.length === 0) return fail([{ row: 1, message: 'The table has a header row but no roles under it.' }])
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS
  if (rows.length > maxRows) {
    return fail([{ row: rows[maxRows].row, message: `The table has ${rows.length} roles; at most ${maxRows} can be imported at once. Split it into smaller files.` }])
  }
  const total = (existingChart?.roles.length ?? 0) + rows.length
  if (total > CHART_LIMITS.maxRoles) {
    return fail([{ row: 1, message: `Importing would give the chart ${total} roles; a chart holds at most ${CHART_LIMITS.maxRoles}. Import fewer rows.` }])
  }

  const problems: CsvProblem[] = []
  const items = readRows(rows, mapping)
  checkCells(items, mapping, existingChart, problems)
  const refs = resolveManagers(items, existingChart, mapping, problems)
  findLoops(items, refs, mapping, problems)
  if (problems.length > 0) return fail(problems)
  return { roles: buildRoles(items, refs, existingChart, options.random ?? Math.random), problems: [] }
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
