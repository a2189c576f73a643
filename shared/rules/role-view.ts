// Facts about the roles of a chart that rules ask again and again (who manages whom,
// who is an Operations Manager, which role usually owns a category), computed once per
// roles array. Charts are immutable, so an unchanged roles array means unchanged answers.

import type { Role } from '../model/chart'
import { type CategoryId, categoryOf, isCategoryId } from './categories'
import { isOperationsManager } from './role-type'

export interface RoleView {
  readonly roles: readonly Role[]
  readonly byId: ReadonlyMap<string, Role>
  /** The roles sorted by title (then id), and each role's place in that order: lists of holders sort by number. */
  readonly byTitle: readonly Role[]
  readonly titleRank: ReadonlyMap<string, number>
  readonly isOps: (role: Role) => boolean
  readonly reportsOf: (roleId: string) => readonly Role[]
  /** The role closest in the tree to `from` that usually owns the category, if any. */
  readonly ownerFor: (category: CategoryId, from: Role) => Role | undefined
}

// By title, not by role object: a role edit makes new objects for every role, but the
// titles stay few (a chart has hundreds of "Team Lead"s) and each is read once.
const TITLES_LIMIT = 10_000
const opsTitles = new Map<string, boolean>()
function isOps(role: Role): boolean {
  if (role.roleType !== undefined) return isOperationsManager(role)
  let v = opsTitles.get(role.title)
  if (v === undefined) {
    if (opsTitles.size >= TITLES_LIMIT) opsTitles.clear()
    opsTitles.set(role.title, (v = isOperationsManager(role)))
  }
  return v
}

export const compareTitles = (a: Role, b: Role): number => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const ownerTitles = new Map<CategoryId, Map<string, boolean>>()
/** Whether a role with this title usually owns the category; remembered per title, which charts repeat. */
function ownsByTitle(category: CategoryId, title: string): boolean {
  let byTitle = ownerTitles.get(category)
  if (!byTitle) ownerTitles.set(category, (byTitle = new Map()))
  let v = byTitle.get(title)
  if (v === undefined) {
    if (byTitle.size >= TITLES_LIMIT) byTitle.clear()
    const lower = title.toLowerCase()
    byTitle.set(title, (v = categoryOf(category).ownerTitles.some((p) => p.test(lower))))
  }
  return v
}

const views = new WeakMap<readonly Role[], RoleView>()

export function roleView(roles: readonly Role[]): RoleView {
  const hit = views.get(roles)
  if (hit) return hit
  const byId = new Map(roles.map((r) => [r.id, r]))
  const byTitle = [...byId.values()].sort(compareTitles)
  const titleRank = new Map(byTitle.map((r, i) => [r.id, i]))
  const reports = new Map<string, Role[]>()
  for (const r of roles) {
    if (!r.reportsTo || !byId.has(r.reportsTo)) continue
    const list = reports.get(r.reportsTo)
    if (list) list.push(r)
    else reports.set(r.reportsTo, [r])
  }
  const candidates = new Map<CategoryId, Role[]>()
  const owners = new Map<string, Role | undefined>()

  const candidatesFor = (category: CategoryId): Role[] => {
    let list = candidates.get(category)
    if (list) return list
    list = roles.filter((r) => !isOps(r) && ownsByTitle(category, r.title))
    candidates.set(category, list)
    return list
  }

  /** Steps from `a` up to each of its managers (and itself at 0), stopping at a cycle. */
  const stepsUp = (a: Role): Map<string, number> => {
    const up = new Map<string, number>()
    let cur: Role | undefined = a
    for (let d = 0; cur && d <= roles.length && !up.has(cur.id); d++, cur = byId.get(cur.reportsTo ?? '')) up.set(cur.id, d)
    return up
  }

  /** Steps between two roles through their common manager; Infinity in separate trees. `up` is `stepsUp(a)`. */
  const distance = (up: ReadonlyMap<string, number>, b: Role): number => {
    let cur: Role | undefined = b
    for (let d = 0; cur && d <= roles.length; d++, cur = byId.get(cur.reportsTo ?? '')) {
      const meet = up.get(cur.id)
      if (meet !== undefined) return meet + d
    }
    return Infinity
  }

  const view: RoleView = {
    roles,
    byId,
    byTitle,
    titleRank,
    isOps,
    reportsOf: (id) => reports.get(id) ?? [],
    ownerFor: (category, from) => {
      if (!isCategoryId(category)) return undefined
      const key = `${category}|${from.id}`
      if (owners.has(key)) return owners.get(key)
      let best: Role | undefined
      let bestDistance = Infinity
      // The walk up from `from` is the same for every candidate: done once, not once per candidate.
      const up = stepsUp(from)
      for (const r of candidatesFor(category)) {
        if (r.id === from.id) continue
        const d = distance(up, r)
        if (!best || d < bestDistance) [best, bestDistance] = [r, d]
      }
      owners.set(key, best)
      return best
    }
  }
  views.set(roles, view)
  return view
}
