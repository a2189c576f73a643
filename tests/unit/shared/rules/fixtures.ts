// Small named charts for the rules specs.

import type { AcceptedException, Chart, Duty, Role } from '@shared/model/chart'
import { classifyLabel } from '@shared/rules/classifier'

export function makeChart(roles: readonly Role[], duties: readonly Duty[], exceptions: readonly AcceptedException[] = []): Chart {
  return { id: 'test', title: 'Test chart', roles, duties, exceptions }
}

/** CEO with an Operations Manager under it; the manager has one Warehouse Supervisor. */
export const ceo: Role = { id: 'ceo', title: 'CEO', reportsTo: null, x: 0, y: 0 }
export const ops: Role = { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200 }
export const supervisor: Role = { id: 'sup', title: 'Warehouse Supervisor', reportsTo: 'ops', x: 0, y: 400 }
export const baseRoles: readonly Role[] = [ceo, ops, supervisor]

/** An operations chart with the given duty labels all held by the Operations Manager. */
export function opsHolding(labels: readonly string[], extraRoles: readonly Role[] = []): Chart {
  return makeChart(
    [...baseRoles, ...extraRoles],
    labels.map((label, i) => ({ id: `d${i + 1}`, label, roleId: 'ops' }))
  )
}

/** The domain a label would warn with: a strong out-of-scope answer, done or decided; null when it would not warn. */
export function warned(label: string): string | null {
  const c = classifyLabel(label)
  return c.strength === 'strong' && c.mode === 'do' && c.domain !== 'operations' && c.domain !== 'general' ? c.domain : null
}
