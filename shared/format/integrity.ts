// Checks that need the whole file: unique ids, reporting lines that point at real roles
// and never loop, duties held by real roles. Exceptions that refer to missing work are
// kept with a warning: the rules report them as stale, which is more useful than refusing
// the file.

import type { AcceptedException } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { type ProblemList, quoteId } from './problems'
import type { ChartFileData } from './schema'

/**
 * The fields these checks read, taken from the raw file with anything of the wrong
 * type left out, so reference problems are reported alongside type problems.
 */
interface Loose {
  readonly id?: string
  readonly title?: string
  readonly ref?: string | null
}

function looseList(data: unknown, list: 'roles' | 'duties' | 'cards'): Loose[] {
  const items = (data as Record<string, unknown>)[list]
  if (!Array.isArray(items)) return []
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
  return items.map((item: unknown) => {
    if (item === null || typeof item !== 'object') return {}
    const o = item as Record<string, unknown>
    return { id: str(o.id), title: str(o.title), ref: str(list === 'roles' ? o.reportsTo : o.roleId) }
  })
}

function roleName(r: Loose): string {
  const title = r.title?.trim() ? r.title : ''
  return title ? `"${title.length > 60 ? `${title.slice(0, 60)}…` : title}" (${r.id})` : quoteId(r.id)
}

function checkUniqueIds(problems: ProblemList, list: 'roles' | 'duties' | 'cards', items: readonly Loose[]): void {
  const firstAt = new Map<string, number>()
  const entity = list === 'roles' ? 'role' : list === 'duties' ? 'duty' : 'card'
  items.forEach((item, i) => {
    if (!item.id) return
    const first = firstAt.get(item.id)
    if (first === undefined) firstAt.set(item.id, i)
    else
      problems.add(
        [list, i, 'id'],
        `The ${entity} id ${quoteId(item.id)} is used twice, by ${list}[${first}] and ${list}[${i}]. Give each ${entity} its own id, and update any reference that meant the second one.`
      )
  })
}

function checkReportingLines(problems: ProblemList, roles: readonly Loose[]): void {
  const indexOf = new Map<string, number>()
  roles.forEach((r, i) => r.id === undefined || indexOf.has(r.id) || indexOf.set(r.id, i))
  roles.forEach((r, i) => {
    if (r.ref && !indexOf.has(r.ref))
      problems.add(
        ['roles', i, 'reportsTo'],
        `Role ${roleName(r)} at roles[${i}] reports to ${quoteId(r.ref)}, but no role has that id. Use the id of an existing role, or null for a top-level role.`
      )
  })
  // Walk up from each role; 0 = unvisited, 1 = on the current walk, 2 = known to reach a top.
  const state = new Uint8Array(roles.length)
  for (let start = 0; start < roles.length; start++) {
    const walk: number[] = []
    let cur: number | undefined = start
    while (cur !== undefined && state[cur] === 0) {
      state[cur] = 1
      walk.push(cur)
      const up: string | null | undefined = roles[cur].ref
      cur = up ? indexOf.get(up) : undefined
    }
    if (cur !== undefined && state[cur] === 1) {
      const loop = walk.slice(walk.indexOf(cur))
      const names = loop.slice(0, 8).map((k) => roleName(roles[k]))
      const chain = loop.length > 8 ? `${names.join(' → ')} → … (${loop.length} roles)` : [...names, names[0]].join(' → ')
      const first = roles[loop[0]]
      problems.add(
        ['roles', loop[0], 'reportsTo'],
        loop.length === 1
          ? `Role ${roleName(first)} at roles[${loop[0]}] reports to itself. Point its reportsTo at its manager, or null for a top-level role.`
          : `Roles form a reporting loop: ${chain}. Change one of these reportsTo values so the chain ends at a top-level role.`
      )
    }
    for (const k of walk) state[k] = 2
  }
}

/** Reference problems in the raw file (run whether or not the schema check passed). */
export function checkReferences(problems: ProblemList, data: unknown): void {
  const roles = looseList(data, 'roles')
  const duties = looseList(data, 'duties')
  checkUniqueIds(problems, 'roles', roles)
  checkUniqueIds(problems, 'duties', duties)
  checkUniqueIds(problems, 'cards', looseList(data, 'cards'))
  checkReportingLines(problems, roles)
  const roleIds = new Set(roles.map((r) => r.id))
  duties.forEach((d, i) => {
    if (d.ref && !roleIds.has(d.ref))
      problems.add(
        ['duties', i, 'roleId'],
        `Duty ${d.id ? `${quoteId(d.id)} ` : ''}at duties[${i}] is held by role ${quoteId(d.ref)}, but no role has that id. Use the id of an existing role, or null to leave the duty unassigned.`
      )
  })
}

/** For a valid file: the exceptions worth keeping, with warnings about the ones set aside or stale. */
export function checkExceptions(data: ChartFileData): { warnings: string[]; exceptions: AcceptedException[] } {
  const roleIds = new Set(data.roles.map((r) => r.id))
  const dutyIds = new Set(data.duties.map((d) => d.id))
  const warnings: string[] = []
  const exceptions: AcceptedException[] = []
  const seen = new Set<string>()
  ;(data.exceptions ?? []).forEach((e, i) => {
    const key = exceptionKey(e)
    if (seen.has(key)) {
      warnings.push(`exceptions[${i}] repeats an earlier exception for the same finding; only the first one was kept.`)
      return
    }
    seen.add(key)
    exceptions.push(e)
    const missing = [
      e.roleId && !roleIds.has(e.roleId) ? `role ${quoteId(e.roleId)}` : '',
      e.dutyId && !dutyIds.has(e.dutyId) ? `duty ${quoteId(e.dutyId)}` : ''
    ].filter(Boolean)
    if (missing.length)
      warnings.push(`exceptions[${i}] refers to ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not in the chart; it will be listed as stale.`)
  })
  return { warnings, exceptions }
}
