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
