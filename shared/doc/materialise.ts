// Reads the chart out of its Yjs document, incrementally: entities are cached per id and
// only the ones a transaction touched (seen through observeDeep) are read again; untouched
// roles and duties keep their object identity, so memoised views and the incremental
// linter skip them. The result is sorted by order and repaired (see repair.ts).

import * as Y from 'yjs'
import type { AcceptedException, Chart, Duty, LibraryCard, Role } from '../model/chart'
import type { ChartRuleSettings } from '../model/rule-settings'
import { type EntityKind, type EntityOf, entityFromFields, EXCEPTION_ORDER_KEY, KINDS, type EntityMap, MOVE_KEY, moveStampOf, type MoveStamp, readEntity, topMaps } from './doc-schema'
import { compareKeys } from './order'
import { rolesToDetach } from './repair'
import { noteCardEdits } from '../model/index-chart'

interface KindCache<K extends EntityKind> {
  readonly raw: Map<string, EntityOf[K]>
  readonly order: Map<string, string>
  ids: string[]
  /** Index of each id in `ids`; null until asked for after the order changed. */
  pos: Map<string, number> | null
  list: readonly EntityOf[K][]
  readonly dirty: Set<string>
  all: boolean
}

interface Refresh {
  readonly changed: boolean
  /** An entity was added or removed. */
  readonly membership: boolean
  /** Ids whose entity changed in place; null when the whole list was rebuilt. */
  readonly touched: readonly string[] | null
  /** Every id added, removed or changed, when only a few were; null after a full read. */
  readonly ids: readonly string[] | null
}

/** One entity as its field map holds it (see `seedChart`). */
interface Seed<K extends EntityKind> {
  readonly id: string
  readonly entity: EntityOf[K]
  readonly order: string
  readonly stamp?: MoveStamp
}

/** Up to this many entities placed anew, each is put in its place; past it the whole list is sorted. */
const FEW_PLACED = 64

function positions(c: KindCache<EntityKind>): Map<string, number> {
  if (!c.pos) c.pos = new Map(c.ids.map((id, i) => [id, i]))
  return c.pos
}

/** The ids in order after `placed` were added, removed or given new order keys: the rest keep their order. */
function placeAgain(c: KindCache<EntityKind>, placed: readonly string[]): string[] {
  const moving = new Set(placed)
  const ids = c.ids.filter((id) => !moving.has(id))
  for (const id of moving) {
    const order = c.order.get(id)
    if (order === undefined) continue
    let lo = 0
    let hi = ids.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareKeys(c.order.get(ids[mid]!)!, ids[mid]!, order, id) < 0) lo = mid + 1
      else hi = mid
    }
    ids.splice(lo, 0, id)
  }
  return ids
}

const UNCHANGED: Refresh = { changed: false, membership: false, touched: [], ids: [] }

function emptyCache<K extends EntityKind>(): KindCache<K> {
  return { raw: new Map(), order: new Map(), ids: [], pos: null, list: [], dirty: new Set(), all: true }
}

class Materialiser {
  private readonly maps: ReturnType<typeof topMaps>
  private readonly caches: { [K in EntityKind]: KindCache<K> } = { roles: emptyCache(), duties: emptyCache(), exceptions: emptyCache(), cards: emptyCache() }
  private metaDirty = true
  private chart: Chart | null = null
  private readonly stamps = new Map<string, MoveStamp>()
  /** Highest move clock seen: the next local move is stamped above it (Lamport). */
  maxClock = 0
  private roles: readonly Role[] = []
  private duties: readonly Duty[] = []
  private readonly fixedRoles = new Map<string, Role>()
  private readonly fixedDuties = new Map<string, Duty>()
  /** What a chart just written into the doc holds, so its first read need not read every map back. */
  readonly seeds: { [K in EntityKind]?: readonly Seed<K>[] } = {}

  constructor(doc: Y.Doc) {
    this.maps = topMaps(doc)
    const kindOf = new Map<unknown, EntityKind>(KINDS.map((k) => [this.maps[k], k]))
    // Which entities a transaction touched, read from the transaction's own record of
    // changed types before any observer runs. (observeDeep would build, path and sort one
    // event per touched entity: 20,000 of them when a whole chart arrives.)
    doc.on('beforeObserverCalls', (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        if ((type as unknown) === this.maps.meta) {
          this.metaDirty = true
          continue
        }
        const top = kindOf.get(type)
        if (top) {
          for (const key of keys) if (key !== null) this.caches[top].dirty.add(key)
          continue
        }
        const item = type._item
        const parent = item?.parent
        const kind = parent instanceof Y.AbstractType ? kindOf.get(parent) : undefined
        if (kind && typeof item!.parentSub === 'string') this.caches[kind].dirty.add(item!.parentSub)
      }
    })
  }

  private orderOf(kind: EntityKind, map: EntityMap, entity: EntityOf[EntityKind]): string {
    const o = kind === 'exceptions' ? map.get(EXCEPTION_ORDER_KEY) : (entity as { order?: string }).order
    return typeof o === 'string' ? o : ''
  }

  private load<K extends EntityKind>(kind: K, id: string, map: EntityMap): boolean {
    const entity = readEntity(kind, map)
    return this.put(kind, id, entity, this.orderOf(kind, map, entity), kind === 'roles' ? moveStampOf(map) : undefined)
  }

  private put<K extends EntityKind>(kind: K, id: string, entity: EntityOf[K], order: string, stamp: MoveStamp | undefined): boolean {
    const c = this.caches[kind]
    const moved = !c.raw.has(id) || c.order.get(id) !== order
    c.raw.set(id, entity)
    c.order.set(id, order)
    if (kind === 'roles') {
      if (stamp) {
        this.stamps.set(id, stamp)
        if (stamp.clock > this.maxClock) this.maxClock = stamp.clock
      } else this.stamps.delete(id)
    }
    return moved
  }

  private refresh<K extends EntityKind>(kind: K): Refresh {
    const c = this.caches[kind]
    const top = this.maps[kind]
    let resort = false
    let membership = false
    let touched: string[] = []
    /** Entities added, removed or given a new order key, when only a few were touched. */
    let placed: string[] | null = null
    if (c.all) {
      c.raw.clear()
      c.order.clear()
      const seeded = this.seeds[kind]
      this.seeds[kind] = undefined
      // A seed is what was just written; if anything changed since, read the maps instead.
      if (seeded && c.dirty.size === 0) for (const s of seeded) this.put(kind, s.id, s.entity, s.order, s.stamp)
      else for (const [id, map] of top.entries()) this.load(kind, id, map)
      c.all = false
      c.dirty.clear()
      resort = membership = true
    } else {
      if (c.dirty.size === 0) return UNCHANGED
      touched = [...c.dirty]
      placed = []
      for (const id of touched) {
        const map = top.get(id)
        if (map) {
          membership ||= !c.raw.has(id)
          if (this.load(kind, id, map)) placed.push(id)
        } else if (c.raw.delete(id)) {
          c.order.delete(id)
          if (kind === 'roles') this.stamps.delete(id)
          membership = true
          placed.push(id)
        }
      }
      resort = placed.length > 0
      c.dirty.clear()
    }
    if (resort) {
      // A card dropped or a role added: put those few in their place, not sort 20,000 entries again.
      const few = placed !== null && placed.length <= FEW_PLACED
      if (few) c.ids = placeAgain(c, placed!)
      else c.ids = [...c.raw.keys()].sort((a, b) => compareKeys(c.order.get(a)!, a, c.order.get(b)!, b))
      c.pos = null
      c.list = c.ids.map((id) => c.raw.get(id)!)
      return { changed: true, membership, touched: null, ids: few ? touched : null }
    }
    // Only fields changed: patch the previous list in place of rebuilding 20,000 entries.
    const list = c.list.slice()
    const pos = positions(c)
    for (const id of touched) {
      const i = pos.get(id)
      if (i !== undefined) list[i] = c.raw.get(id)!
    }
    c.list = list
    return { changed: true, membership, touched, ids: touched }
  }

  read(): Chart {
    const roles = this.refresh('roles')
    const duties = this.refresh('duties')
    const exceptions = this.refresh('exceptions')
    const cards = this.refresh('cards')
    if (this.chart && !this.metaDirty && !roles.changed && !duties.changed && !exceptions.changed && !cards.changed) return this.chart
    if (roles.changed) this.roles = this.repairRoles()
    if (roles.membership || duties.touched === null) this.duties = this.repairDuties()
    else if (duties.changed) this.duties = this.repairTouchedDuties(duties.touched)
    const meta = this.maps.meta
    const rules = meta.get('rules') as ChartRuleSettings | undefined
    const cardList = this.caches.cards.list as readonly LibraryCard[]
    this.metaDirty = false
    const prev = this.chart
    this.chart = {
      id: String(meta.get('id') ?? ''),
      title: String(meta.get('title') ?? ''),
      roles: this.roles,
      duties: this.duties,
      exceptions: this.caches.exceptions.list as readonly AcceptedException[],
      ...(rules ? { rules } : {}),
      ...(cardList.length ? { cards: cardList } : {})
    }
    // The chart's lookup tables can then be derived from the last version's (model/index-chart.ts).
    if (prev && !roles.changed && duties.ids) noteCardEdits(this.chart, prev, this.dutiesById(duties.ids))
    return this.chart
  }

  /** The chart's cards with these ids, by id (null: no longer in the chart). */
  private dutiesById(ids: readonly string[]): Map<string, Duty | null> {
    const c = this.caches.duties
    const out = new Map<string, Duty | null>()
    for (const id of ids) {
      const i = c.pos ? c.pos.get(id) : c.raw.has(id) ? c.ids.indexOf(id) : -1
      out.set(id, i !== undefined && i >= 0 ? this.duties[i]! : null)
    }
    return out
  }

  private repairRoles(): readonly Role[] {
    const raw = this.caches.roles.list as readonly Role[]
    const detach = rolesToDetach(raw, (id) => this.stamps.get(id))
    return raw.map((r) => {
      if (!detach.has(r.id)) return r
      const hit = this.fixedRoles.get(r.id)
      if (hit && sameBut(hit, r, 'reportsTo')) return hit
      const fixed = { ...r, reportsTo: null }
      this.fixedRoles.set(r.id, fixed)
      return fixed
    })
  }

  private repairDuty(d: Duty): Duty {
    if (!d.roleId || this.caches.roles.raw.has(d.roleId)) return d
    const hit = this.fixedDuties.get(d.id)
    if (hit && sameBut(hit, d, 'roleId')) return hit
    const fixed = { ...d, roleId: null }
    this.fixedDuties.set(d.id, fixed)
    return fixed
  }

  private repairDuties(): readonly Duty[] {
    return (this.caches.duties.list as readonly Duty[]).map((d) => this.repairDuty(d))
  }

  private repairTouchedDuties(touched: readonly string[]): readonly Duty[] {
    const c = this.caches.duties
    const out = this.duties.slice()
    const pos = positions(c)
    for (const id of touched) {
      const i = pos.get(id)
      if (i !== undefined) out[i] = this.repairDuty(c.list[i] as Duty)
    }
    return out
  }

  lastOrder(kind: EntityKind): string | null {
    const c = this.caches[kind]
    const last = c.ids[c.ids.length - 1]
    return last === undefined ? null : (c.order.get(last) ?? null)
  }
}

/** A repaired copy still matches its source except for the repaired field. */
function sameBut<T extends object>(fixed: T, source: T, field: keyof T): boolean {
  const a = fixed as Record<string, unknown>
  const b = source as Record<string, unknown>
  const keys = Object.keys(b)
  if (Object.keys(a).length !== keys.length + (field in b ? 0 : 1)) return false
  return keys.every((k) => k === field || a[k] === b[k])
}

const materialisers = new WeakMap<Y.Doc, Materialiser>()

function materialiser(doc: Y.Doc): Materialiser {
  let m = materialisers.get(doc)
  if (!m) {
    m = new Materialiser(doc)
    materialisers.set(doc, m)
  }
  return m
}

/** The chart held by `doc`: sorted by order, loops and references to removed roles repaired. */
export function readChart(doc: Y.Doc): Chart {
  return materialiser(doc).read()
}

/**
 * Tells a doc's reader what was just written into it, entity by entity, as `fields` (each
 * entity's fields as written into its map) so the first read builds the chart from these
 * instead of reading every map back. Only for a doc that has not been read yet.
 */
export function seedChart(doc: Y.Doc, seeds: { [K in EntityKind]: readonly { id: string; fields: Record<string, unknown>; order: string }[] }): void {
  if (materialisers.has(doc)) return
  const m = materialiser(doc)
  for (const kind of KINDS) {
    m.seeds[kind] = seeds[kind].map((s) => {
      const entity = entityFromFields(kind, (visit) => {
        for (const [key, value] of Object.entries(s.fields)) visit(value, key)
      })
      const stamp = kind === 'roles' ? (s.fields[MOVE_KEY] as MoveStamp | undefined) : undefined
      return { id: s.id, entity, order: s.order, ...(stamp ? { stamp } : {}) }
    }) as never
  }
}

/** Lamport clock for the next reporting-line change written into `doc`. */
export function nextMoveClock(doc: Y.Doc): number {
  const m = materialiser(doc)
  m.read()
  return m.maxClock + 1
}

/** Order key of the last entity of a kind, for placing new ones after it. */
export function lastOrderKey(doc: Y.Doc, kind: EntityKind): string | null {
  const m = materialiser(doc)
  m.read()
  return m.lastOrder(kind)
}
