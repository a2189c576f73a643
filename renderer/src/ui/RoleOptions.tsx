// The <option> list for every "pick a role" field (manager, export branch), so roles read
// the same way wherever a role is chosen: title, then the person holding it.

import type { Role } from '@shared/model/chart'

export function RoleOptions({ roles }: { roles: readonly Role[] }) {
  return roles.map((r) => (
    <option key={r.id} value={r.id}>
      {r.title}
      {r.person ? ` (${r.person})` : ''}
    </option>
  ))
}
