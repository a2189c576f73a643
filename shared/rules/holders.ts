// Small helpers the structure rules share: who else holds the same duty, and how to
// name a list of roles in one line.

import type { Duty, Role } from '../model/chart'
import type { RuleContext } from './types'

/** Distinct roles, other than `except`, holding a duty that is the same as `duty`; sorted so messages never depend on edit history. */
export function otherHolders(ctx: RuleContext, duty: Duty, except: Role): Role[] {
  return ctx.holdersOfSame(duty).filter((r) => r.id !== except.id)
}

export function nameRoles(roles: readonly Role[], max = 3): string {
  const names = roles.map((r) => r.title)
  if (names.length <= max) return names.join(', ')
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}

/** Lookups over one holders list. */
export interface HolderIndex {
  readonly ids: ReadonlySet<string>
  /** Holders by the id of their manager, in holders order. */
  readonly byManager: ReadonlyMap<string, readonly Role[]>
}

/** Built afresh: callers ask once per group of the same duty, so there is nothing to remember. */
export function holderIndex(holders: readonly Role[]): HolderIndex {
  const byManager = new Map<string, Role[]>()
  for (const r of holders) {
    if (r.reportsTo == null) continue
    const list = byManager.get(r.reportsTo)
    if (list) list.push(r)
    else byManager.set(r.reportsTo, [r])
  }
  return { ids: new Set(holders.map((r) => r.id)), byManager }
}

/**
 * `nameRoles(roles.filter((r) => !skip(r)), max)` given the filtered count, without building
 * the filtered list: only the first `max` kept names are read, so a long list costs O(max + skipped).
 */
export function nameKept(roles: readonly Role[], skip: (r: Role) => boolean, kept: number, max = 3): string {
  const names: string[] = []
  for (let i = 0; i < roles.length && names.length < max; i++) if (!skip(roles[i])) names.push(roles[i].title)
  return kept <= max ? names.join(', ') : `${names.join(', ')} and ${kept - max} more`
}
