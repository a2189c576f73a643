import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Duty } from '@shared/model/chart'
import { dutyKey, DutyGroups } from '@shared/rules/duty-groups'

/** The groups worked out the slow, obvious way: duties linked by label or card, joined until nothing changes. */
function expectedGroups(duties: readonly Duty[]): Map<string, string[]> {
  const groupOf = new Map(duties.map((d) => [d.id, new Set([d.id])]))
  const linked = (a: Duty, b: Duty): boolean => dutyKey(a.label) === dutyKey(b.label) || (!!a.cardId && a.cardId === b.cardId)
  let changed = true
  while (changed) {
    changed = false
    for (const a of duties) {
      for (const b of duties) {
        const ga = groupOf.get(a.id)!
        const gb = groupOf.get(b.id)!
        if (ga === gb || !linked(a, b)) continue
        for (const id of gb) ga.add(id)
        for (const id of gb) groupOf.set(id, ga)
        changed = true
      }
    }
  }
  return new Map([...groupOf].map(([id, g]) => [id, [...g].sort()]))
}

function expectSameGroups(groups: DutyGroups, duties: readonly Duty[], askOrder: readonly number[]): void {
  const expected = expectedGroups(duties)
  for (const i of askOrder) {
    const d = duties[i % duties.length]
    const want = expected.get(d.id)!
    const group = groups.groupOf(d)
    if (want.length === 1) expect(group).toBeNull()
    else expect(group?.members.map((m) => m.duty.id).sort()).toEqual(want)
    expect([...groups.groupIds(d)].sort()).toEqual(want)
    expect(groups.same(d).map((x) => x.id).sort()).toEqual(want.filter((id) => id !== d.id))
  }
}

const labelArb = fc.constantFrom('Plan routes', 'plan  ROUTES', 'Run payroll', 'Order stock', 'Audit', 'Count pallets')
const cardArb = fc.option(fc.constantFrom('card-a', 'card-b', 'card-c'), { nil: undefined })
const dutyArb = (id: string): fc.Arbitrary<Duty> => fc.record({ label: labelArb, cardId: cardArb }).map(({ label, cardId }) => (cardId ? { id, label, cardId } : { id, label }))
const dutiesArb = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dutyArb(`d${i}`))))

describe('DutyGroups', () => {
  it('groups duties sharing a label or a card, directly or through others, whatever order they are asked about in', () => {
    fc.assert(
      fc.property(dutiesArb, fc.array(fc.nat(40), { maxLength: 20 }), (duties, shuffled) => {
        // Once in chart order (how a lint asks), then in any order.
        expectSameGroups(new DutyGroups(duties), duties, duties.map((_, i) => i))
        expectSameGroups(new DutyGroups(duties), duties, shuffled)
      }),
      { numRuns: 200 }
    )
  })

  it('after duties are added and removed, holds the groups a fresh build would', () => {
    type Step = { readonly add: Duty } | { readonly remove: number }
    const stepArb: fc.Arbitrary<Step> = fc.oneof(
      fc.nat(99).chain((n) => dutyArb(`n${n}`)).map((add) => ({ add })),
      fc.nat(40).map((remove) => ({ remove }))
    )
    fc.assert(
      fc.property(dutiesArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        const groups = new DutyGroups(start)
        let duties: Duty[] = [...start]
        for (const s of steps) {
          if ('add' in s) {
            if (duties.some((d) => d.id === s.add.id)) continue
            groups.add(s.add)
            duties.push(s.add)
          } else if (duties.length > 0) {
            const gone = duties[s.remove % duties.length]
            groups.remove(gone)
            duties = duties.filter((d) => d !== gone)
          }
          expect(groups.size).toBe(duties.length)
          if (duties.length > 0) expectSameGroups(groups, duties, duties.map((_, i) => i))
        }
      }),
      { numRuns: 200 }
    )
  })

  it('keeps each duty\'s position and forgets removed duties', () => {
    const duties: Duty[] = [
      { id: 'a', label: 'Plan routes' },
      { id: 'b', label: 'plan routes' },
      { id: 'c', label: 'Audit', cardId: 'card-a' }
    ]
    const groups = new DutyGroups(duties)
    expect(duties.map((d) => groups.position(d.id))).toEqual([0, 1, 2])
    groups.remove(duties[0])
    expect(groups.get('a')).toBeUndefined()
    expect(groups.position('a')).toBe(Infinity)
    expect(groups.groupOf(duties[1])).toBeNull()
  })
})
