// Geometry of an exported chart, computed from the model alone: role boxes at their
// stored positions (or placed automatically), each with its cards flowed into rows of chips.
// The writer only turns this into markup, so bounds are known before anything is drawn.

import type { Chart, Duty, Role } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { fitText } from './measure'
import { SIZES } from './theme'
import { placeUnplacedRoles } from '../layout/place-unplaced'

export interface ChipBox {
  readonly duty: Duty
  /** Relative to the role box's top-left corner. */
  readonly x: number
  readonly y: number
  readonly width: number
  readonly text: string
  readonly truncated: boolean
}

export interface RoleBox {
  readonly role: Role
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly title: string
  readonly titleTruncated: boolean
  readonly person: string
  readonly chips: readonly ChipBox[]
}

export interface Bounds {
  readonly minX: number
  readonly minY: number
  readonly maxX: number
  readonly maxY: number
}

export interface ChartLayout {
  readonly boxes: readonly RoleBox[]
  readonly boxById: ReadonlyMap<string, RoleBox>
  /** Union of all role boxes; null when the chart has no roles. */
  readonly bounds: Bounds | null
}

/** Smallest box holding `b` and the rectangle at (x, y) of size w × h. */
export function extendBounds(b: Bounds | null, x: number, y: number, w: number, h: number): Bounds {
  return b
    ? { minX: Math.min(b.minX, x), minY: Math.min(b.minY, y), maxX: Math.max(b.maxX, x + w), maxY: Math.max(b.maxY, y + h) }
    : { minX: x, minY: y, maxX: x + w, maxY: y + h }
}

// Functions first: they frame the role; duties follow in chart order.
function orderCards(duties: readonly Duty[]): Duty[] {
  return [...duties.filter((d) => d.kind === 'function'), ...duties.filter((d) => d.kind !== 'function')]
}

function flowChips(duties: readonly Duty[], top: number): { chips: ChipBox[]; bottom: number } {
  const s = SIZES
  const inner = s.roleWidth - 2 * s.rolePad
  const chips: ChipBox[] = []
  let x = 0
  let y = top
  for (const duty of orderCards(duties)) {
    const weight = duty.kind === 'function' ? 'semibold' : 'regular'
    const fit = fitText(duty.label, inner - 2 * s.chipPadX, s.chipFont, weight)
    const width = Math.ceil(fit.width + 2 * s.chipPadX)
    if (x > 0 && x + width > inner) {
      x = 0
      y += s.chipHeight + s.chipGap
    }
    chips.push({ duty, x: s.rolePad + x, y, width, text: fit.text, truncated: fit.truncated })
    x += width + s.chipGap
  }
  return { chips, bottom: chips.length > 0 ? y + s.chipHeight : top - s.chipGap }
}

function sizeRole(role: Role, duties: readonly Duty[]): Omit<RoleBox, 'x' | 'y'> {
  const s = SIZES
  const inner = s.roleWidth - 2 * s.rolePad
  const title = fitText(role.title, inner, s.titleFont, 'semibold')
  const person = role.person ? fitText(role.person, inner, s.personFont).text : ''
  const header = person ? s.headerWithPerson : s.headerTitleOnly
  const { chips, bottom } = flowChips(duties, header)
  const height = Math.max(s.roleMinHeight, bottom + s.rolePad)
  return { role, width: s.roleWidth, height, title: title.text, titleTruncated: title.truncated, person, chips }
}

/** Box sizes of every role as exported (fixed width, height from the cards). */
export function exportBoxSizes(chart: Chart, options: { readonly cards?: boolean } = {}): Map<string, Omit<RoleBox, 'x' | 'y'>> {
  const { dutiesByRole } = indexChart(chart)
  const cards = options.cards ?? true
  return new Map(chart.roles.map((r) => [r.id, sizeRole(r, cards ? (dutiesByRole.get(r.id) ?? []) : [])]))
}

/**
 * Boxes at the roles' stored positions; roles without one are placed by the chart layout
 * below the others. `positions` overrides them (a page laid out on its own).
 */
export function exportLayout(chart: Chart, positions?: ReadonlyMap<string, { x: number; y: number }>, sizes?: ReadonlyMap<string, Omit<RoleBox, 'x' | 'y'>>): ChartLayout {
  const sized = sizes ?? exportBoxSizes(chart)
  const placed = positions ? chart : placeUnplacedRoles(chart, { nodeSize: (id) => sized.get(id)! })
  const boxes: RoleBox[] = []
  for (const r of placed.roles) {
    const p = positions ? positions.get(r.id) : { x: r.x!, y: r.y! }
    if (p) boxes.push({ ...sized.get(r.id)!, role: r, x: p.x, y: p.y })
  }
  const boxById = new Map(boxes.map((b) => [b.role.id, b]))
  let bounds: Bounds | null = null
  for (const b of boxes) bounds = extendBounds(bounds, b.x, b.y, b.width, b.height)
  return { boxes, boxById, bounds }
}
