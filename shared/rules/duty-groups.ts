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

/** The duties sharing one label, or one card; a label's bucket also remembers its group. */
interface Bucket {
  readonly key: string
  readonly slots: Slot[]
  group?: DutyGroup
}

/** Everything known about one duty, found with a single lookup by id. */
interface Slot extends GroupMember {
  readonly label: Bucket
  readonly card: Bucket | undefined
  position: number
}

export class DutyGroups {
  /** Bumped on every change, so answers cached against it know when they are out of date. */
  generation = 0
  private readonly slots = new Map<string, Slot>()
  private readonly byLabel = new Map<string, Bucket>()
  private readonly byCard = new Map<string, Bucket>()

  constructor(duties: readonly Duty[] = []) {
    duties.forEach((d, i) => this.add(d, i))
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

  /** Takes the positions from the chart's duty list, after duties were added or removed. */
  locate(duties: readonly Duty[]): void {
    duties.forEach((d, i) => {
      const slot = this.slots.get(d.id)
      if (slot) slot.position = i
    })
  }

  add(d: Duty, position = this.slots.size): void {
    this.generation++
    const slot: Slot = { duty: d, label: bucket(this.byLabel, dutyKey(d.label)), card: d.cardId ? bucket(this.byCard, d.cardId) : undefined, position }
    slot.label.slots.push(slot)
    slot.card?.slots.push(slot)
    this.slots.set(d.id, slot)
  }

  remove(d: Duty): void {
    const slot = this.slots.get(d.id)
    if (!slot) return
    this.generation++
    this.slots.delete(d.id)
    leave(this.byLabel, slot.label, slot)
    if (slot.card) leave(this.byCard, slot.card, slot)
  }

  /** True when no other duty shares a label or card with `d`: the common case, answered without building a group. */
  alone(d: Duty): boolean {
    return this.groupOf(d) === null
  }

  /**
   * The group of `d`, or null when `d` shares its label and card with no other duty (or
   * is not in the groups). Costs O(group) once per generation; its labels then answer from memory.
   */
  groupOf(d: Duty): DutyGroup | null {
    const slot = this.slots.get(d.id)
    if (!slot || (slot.label.slots.length === 1 && (!slot.card || slot.card.slots.length === 1))) return null
    const hit = slot.label.group
    if (hit && hit.generation === this.generation) return hit
    // Every duty is in exactly one label bucket, so the group is its label buckets put
    // together; cards only lead to more labels.
    const labels: Bucket[] = [slot.label]
    const cards = new Set<Bucket>()
    for (let i = 0; i < labels.length; i++) {
      for (const member of labels[i].slots) {
        const card = member.card
        if (!card || cards.has(card)) continue
        cards.add(card)
        for (const other of card.slots) if (!labels.includes(other.label)) labels.push(other.label)
      }
    }
    const members = labels.length === 1 ? [...slot.label.slots] : labels.flatMap((b) => b.slots)
    const group: DutyGroup = { members, generation: this.generation }
    for (const label of labels) label.group = group
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

function bucket(m: Map<string, Bucket>, key: string): Bucket {
  let b = m.get(key)
  if (!b) m.set(key, (b = { key, slots: [] }))
  return b
}

/** Removing is rare next to adding: a scan of one bucket (the copies of one duty) is cheap. */
function leave(m: Map<string, Bucket>, b: Bucket, slot: Slot): void {
  const i = b.slots.indexOf(slot)
  if (i >= 0) b.slots.splice(i, 1)
  if (b.slots.length === 0) m.delete(b.key)
}
