// Moving around the chart from the keyboard: arrows go to the manager, the first
// report or the next peer (following the drawing direction), F2 renames, C enters the
// role's cards. The canvas is one Tab stop; the focused role is the selected one.

import type { Chart, Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { chartDirection } from '../canvas/branch-layout'
import { centreIfHidden, focusRoleElement } from '../canvas/viewport'
import { select, selectedRole } from '../state/selection'
import type { WorkbenchState } from '../state/store'
import { requestTitleFocus } from '../ui/view-state'
import { defineAction } from './define'

type Step = 'manager' | 'report' | 'previous' | 'next'

/** Reading order of roles as drawn: along the level first, then across. */
function drawnOrder(chart: Chart, roles: readonly Role[]): Role[] {
  const down = chartDirection(chart) === 'down'
  const key = (r: Role) => (down ? [r.x ?? 0, r.y ?? 0] : [r.y ?? 0, r.x ?? 0])
  return [...roles].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1])
}

function target(chart: Chart, from: Role | undefined, step: Step): Role | undefined {
  const { roleById, reportsOf } = indexChart(chart)
  const roots = () => drawnOrder(chart, chart.roles.filter((r) => !r.reportsTo || !roleById.has(r.reportsTo)))
  if (!from) return roots()[0]
  if (step === 'manager') return from.reportsTo ? roleById.get(from.reportsTo) : undefined
  if (step === 'report') return drawnOrder(chart, reportsOf.get(from.id) ?? [])[0]
  const peers = from.reportsTo && roleById.has(from.reportsTo) ? drawnOrder(chart, reportsOf.get(from.reportsTo) ?? []) : roots()
  const at = peers.findIndex((r) => r.id === from.id)
  return peers[at + (step === 'next' ? 1 : -1)]
}

function go(s: WorkbenchState, step: Step): void {
  const next = target(s.chart, selectedRole(s), step)
  if (!next) return
  select(next.id)
  centreIfHidden(next.id)
  focusRoleElement(next.id)
}

/** Arrow keys name screen directions; which step each one is depends on the drawing direction. */
function arrow(key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', label: string) {
  const steps: Record<'down' | 'right', Record<typeof key, Step>> = {
    down: { ArrowUp: 'manager', ArrowDown: 'report', ArrowLeft: 'previous', ArrowRight: 'next' },
    right: { ArrowLeft: 'manager', ArrowRight: 'report', ArrowUp: 'previous', ArrowDown: 'next' }
  }
  return defineAction({
    id: `go-${key.slice(5).toLowerCase()}`,
    label,
    keys: [key],
    keyScope: 'canvas',
    enabled: (s) => s.chart.roles.length > 0,
    perform: (s) => go(s, steps[chartDirection(s.chart)][key])
  })
}

export const goUp = arrow('ArrowUp', 'Go up the chart')
export const goDown = arrow('ArrowDown', 'Go down the chart')
export const goLeft = arrow('ArrowLeft', 'Go left')
export const goRight = arrow('ArrowRight', 'Go right')

export const renameRole = defineAction({
  id: 'rename-role',
  label: 'Rename role',
  keys: ['F2'],
  keyScope: 'canvas',
  enabled: (s) => !!selectedRole(s),
  perform: () => requestTitleFocus(true)
})

export const enterCards = defineAction({
  id: 'enter-cards',
  label: 'Go to the role’s cards',
  keys: ['C'],
  keyScope: 'canvas',
  enabled: (s) => !!selectedRole(s) && (indexChart(s.chart).dutiesByRole.get(s.selection.roleId!)?.length ?? 0) > 0,
  perform: (s) => {
    const role = selectedRole(s)!
    const first = indexChart(s.chart).dutiesByRole.get(role.id)![0]
    select(role.id, first.id)
    document.querySelector<HTMLElement>(`[data-duty-id="${CSS.escape(first.id)}"]`)?.focus()
  }
})
