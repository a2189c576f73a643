// Works out who each imported role reports to. A "Reports to" cell may hold an id, a
// person's name or a role title, pointing at another row or at a role already in the
// chart; anything unknown, ambiguous or circular becomes a problem on its row.

import type { Chart } from '../model/chart'
import type { ColumnMapping } from './column-mapping'
import type { CsvProblem } from './read-csv'
import type { ImportRow } from './roles-import'

export type ManagerRef =
  | { readonly kind: 'none' }
  | { readonly kind: 'row'; readonly index: number }
  | { readonly kind: 'chart'; readonly roleId: string }

const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ')

function indexBy<T>(items: readonly T[], get: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = get(item)
    if (!k) continue
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

export function resolveManagers(rows: readonly ImportRow[], existing: Chart | undefined, mapping: ColumnMapping, problems: CsvProblem[]): ManagerRef[] {
  const indexed = rows.map((r, index) => ({ ...r, index }))
  const roles = existing?.roles ?? []
  // Most specific first: ids, then names (rarely shared), then titles (often shared: "Team Lead").
  const lookups: readonly { what: string; find: (ref: string) => ManagerRef[] }[] = [
    { what: 'id', find: exact(indexBy(indexed, (r) => r.id), (r) => ({ kind: 'row', index: r.index })) },
    { what: 'id', find: exact(indexBy(roles, (r) => r.id), (r) => ({ kind: 'chart', roleId: r.id })) },
    { what: 'name', find: byKey(indexBy(indexed, (r) => key(r.person)), (r) => ({ kind: 'row', index: r.index })) },
    { what: 'title', find: byKey(indexBy(indexed, (r) => key(r.title)), (r) => ({ kind: 'row', index: r.index })) },
    { what: 'name', find: byKey(indexBy(roles, (r) => key(r.person ?? '')), (r) => ({ kind: 'chart', roleId: r.id })) },
    { what: 'title', find: byKey(indexBy(roles, (r) => key(r.title)), (r) => ({ kind: 'chart', roleId: r.id })) }
  ]
  const column = mapping.reportsTo
  return rows.map((r, i): ManagerRef => {
    if (!r.ref) return { kind: 'none' }
    for (const { what, find } of lookups) {
      const found = find(r.ref)
      if (found.length === 0) continue
      if (found.length > 1) {
        problems.push({ row: r.row, column, kind: 'manager', message: `"${r.ref}" in row ${r.row} matches ${found.length} roles by ${what}. Use the manager's name or an id that only one role has.` })
        return { kind: 'none' }
      }
      const ref = found[0]
      if (ref.kind === 'row' && ref.index === i) {
        problems.push({ row: r.row, column, kind: 'manager', message: `Row ${r.row} says the role reports to itself. Put its manager in "${column}", or leave the cell empty for a top role.` })
        return { kind: 'none' }
      }
      return ref
    }
    const ways = mapping.id ? 'title, name or id' : 'title or name'
    problems.push({ row: r.row, column, kind: 'manager', message: `No role matches "${r.ref}" (the manager in row ${r.row}). Use the manager's ${ways} exactly as it appears in the file or the chart.` })
    return { kind: 'none' }
  })
}

function exact<T>(map: Map<string, T[]>, to: (item: T) => ManagerRef): (ref: string) => ManagerRef[] {
  return (ref) => (map.get(ref.trim()) ?? []).map(to)
}

function byKey<T>(map: Map<string, T[]>, to: (item: T) => ManagerRef): (ref: string) => ManagerRef[] {
  return (ref) => (map.get(key(ref)) ?? []).map(to)
}

/** Reports each reporting loop among the rows once, on its first row. */
export function findLoops(rows: readonly ImportRow[], refs: readonly ManagerRef[], mapping: ColumnMapping, problems: CsvProblem[]): void {
  const state = new Array<0 | 1 | 2>(rows.length).fill(0) // 0 new, 1 on the current path, 2 done
  for (let start = 0; start < rows.length; start++) {
    const path: number[] = []
    let i: number | null = start
    while (i !== null && state[i] === 0) {
      state[i] = 1
      path.push(i)
      const ref: ManagerRef = refs[i]
      i = ref.kind === 'row' ? ref.index : null
    }
    if (i !== null && state[i] === 1) {
      const loop = path.slice(path.indexOf(i))
      const rowNumbers = loop.map((k) => rows[k].row)
      const chain = [...loop, loop[0]].map((k) => rows[k].title || `row ${rows[k].row}`).join(' → ')
      problems.push({
        row: Math.min(...rowNumbers),
        column: mapping.reportsTo,
        kind: 'manager',
        message: `Rows ${listRows(rowNumbers)} report to each other in a loop (${chain}). Change one "${mapping.reportsTo}" cell so the chain ends at a top role.`
      })
    }
    for (const k of path) state[k] = 2
  }
}

function listRows(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b)
  return sorted.length <= 1 ? String(sorted[0]) : `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`
}
