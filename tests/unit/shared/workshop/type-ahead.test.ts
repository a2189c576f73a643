// Palette type-ahead: every typed word must match; label starts beat word starts beat
// other matches; original order breaks ties.

import { describe, expect, it } from 'vitest'
import { matchRank, normalise, typeAhead } from '@shared/workshop/type-ahead'

const items = [
  { label: 'Head of Operations', extra: 'Sam' },
  { label: 'Operations Manager', extra: 'Daniel Reyes' },
  { label: 'Write press releases', extra: 'Public Relations' },
  { label: 'Cooperation agreements' },
  { label: 'HR Manager', extra: 'Priya Natarajan' }
]

describe('matchRank', () => {
  it('ranks label start, word start, then substring, and -1 for no match', () => {
    expect(matchRank(items[1], 'oper')).toBe(0)
    expect(matchRank(items[0], 'oper')).toBe(1)
    expect(matchRank(items[3], 'oper')).toBe(2)
    expect(matchRank(items[4], 'oper')).toBe(-1)
  })

  it('needs every word, in any order, in the label or the extra text', () => {
    expect(matchRank(items[2], 'releases press')).toBeGreaterThanOrEqual(0)
    expect(matchRank(items[1], 'manager daniel')).toBeGreaterThanOrEqual(0)
    expect(matchRank(items[1], 'manager priya')).toBe(-1)
  })

  it('ignores case, accents and extra spaces', () => {
    expect(normalise('  Tomás   ÁLVAREZ ')).toBe('tomas alvarez')
    expect(matchRank({ label: 'Finance Manager', extra: 'Tomás Alvarez' }, 'tomas')).toBe(2)
  })
})

describe('typeAhead', () => {
  it('orders matches best first, keeping the original order within a rank', () => {
    expect(typeAhead(items, 'operations').map((i) => i.label)).toEqual(['Operations Manager', 'Head of Operations'])
    expect(typeAhead(items, 'press releases').map((i) => i.label)).toEqual(['Write press releases'])
  })

  it('returns everything in order for an empty query, up to the limit', () => {
    expect(typeAhead(items, '  ').map((i) => i.label)).toEqual(items.map((i) => i.label))
    expect(typeAhead(items, '', 2)).toHaveLength(2)
  })

  it('treats regular-expression characters as plain text', () => {
    expect(typeAhead([{ label: 'R&D (new)' }, { label: 'Other' }], '(new')).toEqual([{ label: 'R&D (new)' }])
  })
})
