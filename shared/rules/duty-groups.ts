// Which duties are "the same duty": duties sharing a label (ignoring case and spacing)
// or a catalogue card, and, through them, every duty linked the same way. A card
// relabelled on one role and a hand-written card with its old label are still one
// duty, so the groups are the connected parts of that relation. The linter updates
// them in place between edits instead of rebuilding them for 20,000 duties, and keeps
// each duty's position in the chart here too: rules ask which copy comes first.

import type { Duty } from '../model/chart'

const KEYS_LIMIT = 50_000
const keys = new Map<string, string>()

/** Two duties are the same duty when their labels match ignoring case and spacing. */
export function dutyKey(label: string): string {
  // Charts repeat a few hundred labels thousands of times: normalise each once.
  let key = keys.get(label)
  if (key !== undefined) return key
  if (keys.size >= KEYS_LIMIT) keys.clear()
  key = label.trim().toLowerCase()
  if (/\s\s|[\t\n\r]/.test(key)) key = key.replace(/\s+/g, ' ')
  keys.set(label, key)
  return key
}

/** A duty and its place in the chart, as the groups list them. */
export interface GroupMember {
  readonly duty: Duty
  readonly position: number
}

/** One group of the same duty, valid for one generation of the groups it came from. */
export interface DutyGroup {
  readonly members: readonly GroupMember[]
  readonly generation: number
  /**
   * Room for one answer about the group, tagged with what it was worked out against (the
   * rule context keeps its holders here). A field rather than a WeakMap: charts make
   * thousands of groups, and weak tables of short-lived keys are costly to collect.
   */
  memo?: { readonly against: object; readonly value: unknown }
}

/**
 * The duties sharing one label, or one card, once there are two of them. Most labels are
 * held by one duty only: such a duty is its own entry in the map and needs no bucket.
 */
interface Bucket {
  readonly slots: Slot[]
}

/** Everything known about one duty, found with a single lookup by id (or none, in chart order). */
interface Slot extends GroupMember {
  readonly labelKey: string
  /** Undefined while no other duty has the label (or the card, or the duty has no card). */
  label: Bucket | undefined
  card: Bucket | undefined
  position: number
  /** The group last built for the duty, tagged with the generation it was built in. */
  group: DutyGroup | undefined
}

type Entry = Slot | Bucket
const isBucket = (e: Entry): e is Bucket => 'slots' in e

export class DutyGroups {
  /** Bumped on every change, so answers cached against it know when they are out of date. */
  generation = 0
  /**
   * The slots by id, built on first use: a full lint walks the duties in chart order and
   * never asks by id, so opening a chart does not pay for 20,000 map entries it does not need.
   */
  private byId: Map<string, Slot> | null = null
  private readonly byLabel = new Map<string, Entry>()
  private readonly byCard = new Map<string, Entry>()

  /**
   * The slots in chart order while the groups are as built: a lint checks duties in that
   * order, so the next duty asked about is found without a lookup (by object, so an id
   * listed twice does not matter here).
   */
  private order: Slot[] | null
  private cursor = 0
  /** Highest position given so far: a duty added at the end goes after it, even when removals left gaps. */
  private end = -1

  constructor(duties: readonly Duty[] = []) {
    // One pass with no generation to bump: nothing can have been cached against these groups yet.
    const order: Slot[] = new Array<Slot>(duties.length)
    for (let i = 0; i < duties.length; i++) order[i] = this.put(duties[i], i)
    this.order = order
  }

  private get slots(): Map<string, Slot> {
    if (this.byId) return this.byId
    // Built from the chart-order list, the only one kept until now; a later copy of an id wins.
    const byId = new Map<string, Slot>()
    for (const slot of this.order ?? []) byId.set(slot.duty.id, slot)
    this.byId = byId
    return byId
  }

  /** How many duty ids the groups hold. */
  get size(): number {
    return this.slots.size
  }

  get(id: string): Duty | undefined {
    return this.slots.get(id)?.duty
  }

  /** Every duty in the groups, by id. */
  *entries(): IterableIterator<[string, Duty]> {
    for (const [id, slot] of this.slots) yield [id, slot.duty]
  }

  /** Position of the duty in the chart, as last given; Infinity for a duty not in the groups. */
  position(id: string): number {
    return this.slots.get(id)?.position ?? Infinity
  }

  /** The position for a duty added after every other one. Positions only need to keep chart order, not to be contiguous. */
  get nextPosition(): number {
    return this.end + 1
  }

  /** Takes the positions from the chart's duty list, after duties were added or removed. */
  locate(duties: readonly Duty[]): void {
    duties.forEach((d, i) => {
      const slot = this.slots.get(d.id)
      if (slot) slot.position = i
    })
    this.end = Math.max(-1, duties.length - 1)
  }

  add(d: Duty, position = this.slots.size): void {
    const slots = this.slots
    this.generation++
    this.order = null
    slots.set(d.id, this.put(d, position))
  }

  private put(d: Duty, position: number): Slot {
    const labelKey = dutyKey(d.label)
    const slot: Slot = { duty: d, labelKey, label: undefined, card: undefined, position, group: undefined }
    if (position > this.end && position !== Infinity) this.end = position
    slot.label = join(this.byLabel, labelKey, slot, 'label')
    if (d.cardId) slot.card = join(this.byCard, d.cardId, slot, 'card')
    return slot
  }

  /** The slot of `d`: the one after the last found when duties are asked about in order, else by id. */
  private slotOf(d: Duty): Slot | undefined {
    const order = this.order
    if (order) {
      let k = this.cursor
      if (k < order.length && order[k].duty === d) return order[k]
      k++
      if (k < order.length && order[k].duty === d) {
        this.cursor = k
        return order[k]
      }
    }
    return this.slots.get(d.id)
  }

  remove(d: Duty): void {
    const slots = this.slots
    const slot = slots.get(d.id)
    if (!slot) return
    this.generation++
    this.order = null
    slots.delete(d.id)
    leave(this.byLabel, slot.labelKey, slot.label, slot)
    if (slot.duty.cardId) leave(this.byCard, slot.duty.cardId, slot.card, slot)
  }

  /** True when no other duty shares a label or card with `d`: the common case, answered without building a group. */
  alone(d: Duty): boolean {
    return this.groupOf(d) === null
  }

  /**
   * The group of `d`, or null when `d` shares its label and card with no other duty (or
   * is not in the groups). Costs O(group) once per generation; its members then answer from memory.
   */
  groupOf(d: Duty): DutyGroup | null {
    const slot = this.slotOf(d)
    if (!slot || ((!slot.label || slot.label.slots.length === 1) && (!slot.card || slot.card.slots.length === 1))) return null
    const hit = slot.group
    if (hit && hit.generation === this.generation) return hit
    // Every duty has exactly one label, so the group is its labels' duties put together;
    // cards only lead to more labels. A label held once stands for itself.
    const labels: Entry[] = [slot.label ?? slot]
    const cards = new Set<Bucket>()
    const members: Slot[] = []
    for (let i = 0; i < labels.length; i++) {
      const unit = labels[i]
      const slots = isBucket(unit) ? unit.slots : [unit]
      for (const member of slots) {
        members.push(member)
        const card = member.card
        if (!card || cards.has(card)) continue
        cards.add(card)
        for (const other of card.slots) {
          const label = other.label ?? other
          if (!labels.includes(label)) labels.push(label)
        }
      }
    }
    const group: DutyGroup = { members, generation: this.generation }
    for (const m of members) m.group = group
    return group
  }

  /** Ids of every duty in the group of `d`, `d` included. */
  groupIds(d: Duty): readonly string[] {
    const group = this.groupOf(d)
    return group ? group.members.map((m) => m.duty.id) : [d.id]
  }

  /** The other duties of the group of `d`. */
  same(d: Duty): Duty[] {
    const group = this.groupOf(d)
    return group ? group.members.filter((m) => m.duty.id !== d.id).map((m) => m.duty) : []
  }
}

/** Puts the slot under `key`; returns the bucket it now shares, or undefined while it is the only one. */
function join(m: Map<string, Entry>, key: string, slot: Slot, field: 'label' | 'card'): Bucket | undefined {
  const e = m.get(key)
  if (e === undefined) {
    m.set(key, slot)
    return undefined
  }
  if (isBucket(e)) {
    e.slots.push(slot)
    return e
  }
  // The second duty under a key: the first one moves into the new bucket too.
  const b: Bucket = { slots: [e, slot] }
  e[field] = b
  m.set(key, b)
  return b
}

/** Removing is rare next to adding: a scan of one bucket (the copies of one duty) is cheap. */
function leave(m: Map<string, Entry>, key: string, b: Bucket | undefined, slot: Slot): void {
  if (!b) {
    if (m.get(key) === slot) m.delete(key)
    return
  }
  const i = b.slots.indexOf(slot)
  if (i >= 0) b.slots.splice(i, 1)
  if (b.slots.length === 0) m.delete(key)
}
