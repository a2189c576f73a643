// Lookup tables over a chart, built once per chart version and cached by identity. When
// the document reader says a version differs from the one before only in a few cards
// (a card dropped, renamed or moved), the tables are derived from that version's instead
// of rebuilt over every card: the role tables are shared, the card table is the previous
// one with the changes on top, and only the touched roles' card lists are made again.

import type { Chart, Duty, Role } from './chart'

export interface ChartIndex {
  readonly roleById: ReadonlyMap<string, Role>
  readonly dutyById: ReadonlyMap<string, Duty>
  readonly dutiesByRole: ReadonlyMap<string, readonly Duty[]>
  readonly reportsOf: ReadonlyMap<string, readonly Role[]>
  readonly unassigned: readonly Duty[]
}

const cache = new WeakMap<Chart, ChartIndex>()

/** Cards changed since the version before, by id (null: removed), as the document reader saw them. */
interface CardEdits {
  readonly prev: Chart
  readonly changed: ReadonlyMap<string, Duty | null>
}
const edits = new WeakMap<Chart, CardEdits>()

/**
 * Tells the index that `next` is `prev` with only the cards in `changed` added, changed or
 * removed (null), and the same roles array. Only for a reader that knows this exactly.
 */
export function noteCardEdits(next: Chart, prev: Chart, changed: ReadonlyMap<string, Duty | null>): void {
  if (next.roles === prev.roles) edits.set(next, { prev, changed })
}

/** Past this many cards changed since the table was last built in full, it is built again. */
const MAX_LAYERED = 256

/** The card table of a previous version with a few changes on top; iterates in the chart's order. */
class LayeredDuties implements ReadonlyMap<string, Duty> {
  constructor(
    readonly base: ReadonlyMap<string, Duty>,
    readonly changes: ReadonlyMap<string, Duty | null>,
    private readonly duties: readonly Duty[]
  ) {}

  get(id: string): Duty | undefined {
    const hit = this.changes.get(id)
    return hit === undefined ? this.base.get(id) : (hit ?? undefined)
  }

  has(id: string): boolean {
    return this.get(id) !== undefined
  }

  get size(): number {
    return this.duties.length
  }

  *entries(): MapIterator<[string, Duty]> {
    for (const d of this.duties) yield [d.id, d]
  }

  *keys(): MapIterator<string> {
    for (const d of this.duties) yield d.id
  }

  *values(): MapIterator<Duty> {
    yield* this.duties
  }

  [Symbol.iterator](): MapIterator<[string, Duty]> {
    return this.entries()
  }

  forEach(visit: (value: Duty, key: string, map: ReadonlyMap<string, Duty>) => void): void {
    for (const d of this.duties) visit(d, d.id, this)
  }
}

export function indexChart(chart: Chart): ChartIndex {
  const hit = cache.get(chart)
  if (hit) return hit
  const edit = edits.get(chart)
  const before = edit ? cache.get(edit.prev) : undefined
  const index = before && edit ? derive(before, chart, edit.changed) : build(chart)
  cache.set(chart, index)
  return index
}

function build(chart: Chart): ChartIndex {
  const roleById = new Map<string, Role>()
  const reportsOf = new Map<string, Role[]>()
  for (const r of chart.roles) roleById.set(r.id, r)
  for (const r of chart.roles) {
    if (r.reportsTo && roleById.has(r.reportsTo)) {
      const list = reportsOf.get(r.reportsTo)
      if (list) list.push(r)
      else reportsOf.set(r.reportsTo, [r])
    }
  }
  const dutyById = new Map<string, Duty>()
  const dutiesByRole = new Map<string, Duty[]>()
  const unassigned: Duty[] = []
  for (const d of chart.duties) {
    dutyById.set(d.id, d)
    if (d.roleId && roleById.has(d.roleId)) {
      const list = dutiesByRole.get(d.roleId)
      if (list) list.push(d)
      else dutiesByRole.set(d.roleId, [d])
    } else unassigned.push(d)
  }
  return { roleById, dutyById, dutiesByRole, reportsOf, unassigned }
}

/** The index of `chart` from the one of the version before it, which had the same roles. */
function derive(before: ChartIndex, chart: Chart, changed: ReadonlyMap<string, Duty | null>): ChartIndex {
  if (changed.size === 0) return before
  const { roleById } = before
  const holderOf = (d: Duty | null | undefined): string | null | undefined => (d ? (d.roleId && roleById.has(d.roleId) ? d.roleId : null) : undefined)
  // Roles whose card list holds a changed card, before or after (null: the unassigned list).
  const touched = new Set<string | null>()
  for (const [id, next] of changed) {
    const a = holderOf(before.dutyById.get(id))
    const b = holderOf(next)
    if (a !== undefined) touched.add(a)
    if (b !== undefined) touched.add(b)
  }
  const layered = before.dutyById instanceof LayeredDuties ? before.dutyById : null
  const base = layered ? layered.base : before.dutyById
  const changes = layered ? new Map([...layered.changes, ...changed]) : changed
  const dutyById = changes.size > MAX_LAYERED ? new Map(chart.duties.map((d) => [d.id, d])) : new LayeredDuties(base, changes, chart.duties)
  let dutiesByRole = before.dutiesByRole
  let unassigned = before.unassigned
  if (touched.size) {
    const lists = new Map<string | null, Duty[]>([...touched].map((id) => [id, []]))
    for (const d of chart.duties) lists.get(holderOf(d)!)?.push(d)
    const byRole = new Map(before.dutiesByRole)
    for (const [id, list] of lists) {
      if (id === null) unassigned = list
      else if (list.length) byRole.set(id, list)
      else byRole.delete(id)
    }
    dutiesByRole = byRole
  }
  return { roleById, dutyById, dutiesByRole, reportsOf: before.reportsOf, unassigned }
}
