// What the palette can find: roles (title and person), Library cards (built-in and
// the user's own) and the duties already on the chart, each with a line of context.

import type { Chart } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import type { CatalogueCard } from '@shared/catalogue/types'
import type { TypeAheadItem } from '@shared/workshop/type-ahead'
import type { DragPayload } from '../../canvas/drag-payload'

export type PaletteItem = TypeAheadItem & {
  readonly id: string
  /** Second line, e.g. "Role · Daniel Reyes" or "Library card · Public Relations". */
  readonly context: string
} & (
    | { readonly kind: 'role'; readonly roleId: string }
    | { readonly kind: 'work'; readonly payload: DragPayload }
    /** `then: 'close'` runs after the palette has closed; `'stay'` goes on to another palette step. */
    | { readonly kind: 'command'; readonly run: () => void; readonly then: 'close' | 'stay' }
  )

export function roleItems(chart: Chart, exceptRoleId?: string | null, exclude?: (roleId: string) => boolean): PaletteItem[] {
  return chart.roles
    .filter((r) => r.id !== exceptRoleId && !exclude?.(r.id))
    .map((r) => ({
      id: `role-${r.id}`,
      kind: 'role',
      roleId: r.id,
      label: r.title || 'Untitled role',
      extra: r.person ?? '',
      context: r.person ? `Role · ${r.person}` : 'Role · no one assigned'
    }))
}

export function cardItems(cards: readonly CatalogueCard[], custom: boolean): PaletteItem[] {
  return cards.map((c) => ({
    id: `card-${c.id}`,
    kind: 'work',
    label: c.label,
    extra: c.group,
    context: `${custom ? 'Your card' : c.kind === 'function' ? 'Library function' : 'Library card'} · ${c.group}`,
    payload: {
      type: 'card',
      card: { label: c.label, kind: c.kind, group: c.group, ...(c.category ? { category: c.category } : {}), ...(custom ? {} : { cardId: c.id }) }
    }
  }))
}

export function dutyItems(chart: Chart): PaletteItem[] {
  const { roleById } = indexChart(chart)
  return chart.duties.map((d) => {
    const holder = d.roleId ? roleById.get(d.roleId)?.title : undefined
    return {
      id: `duty-${d.id}`,
      kind: 'work',
      label: d.label,
      extra: `${d.group ?? ''} ${holder ?? ''}`,
      context: `On the chart · ${holder ? `held by ${holder}` : 'held by nobody'}`,
      payload: { type: 'duty', dutyId: d.id }
    }
  })
}
