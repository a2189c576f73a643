// How a structure rule names a list of roles in one line.

import type { Role } from '../model/chart'

export function nameRoles(roles: readonly Role[], max = 3): string {
  const names = roles.map((r) => r.title)
  if (names.length <= max) return names.join(', ')
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}
