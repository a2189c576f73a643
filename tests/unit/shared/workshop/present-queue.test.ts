// Present mode's walk through findings: warnings first, parked ones skipped, and the
// place kept by fingerprint while the list changes under it.

import { describe, expect, it } from 'vitest'
import { afterDecision, nextUndecided, presentOrder, resolveCursor } from '@shared/workshop/present-queue'
import { finding } from './fixtures'

const a = finding('d1', 'ops')
const b = finding('d2', 'ops')
const c = finding('d3', 'ops')
const note = finding(undefined, 'ceo', 'info')
const none = new Set<string>()

describe('presentOrder', () => {
  it('puts warnings before other findings and keeps chart order within each', () => {
    expect(presentOrder([note, a, b])).toEqual([a, b, note])
  })
})

describe('nextUndecided', () => {
  it('returns the first index at or after the start that is not skipped', () => {
    expect(nextUndecided([a, b, c], 1, none)).toBe(1)
    expect(nextUndecided([a, b, c], 1, new Set([b.fingerprint]))).toBe(2)
  })

  it('wraps round to earlier findings', () => {
    expect(nextUndecided([a, b, c], 2, new Set([c.fingerprint]))).toBe(0)
    expect(nextUndecided([a, b], 5, none)).toBe(1)
  })

  it('returns -1 when everything is skipped or the list is empty', () => {
    expect(nextUndecided([a, b], 0, new Set([a.fingerprint, b.fingerprint]))).toBe(-1)
    expect(nextUndecided([], 0, none)).toBe(-1)
  })
})

describe('resolveCursor', () => {
  it('starts at the first undecided finding without a cursor', () => {
    expect(resolveCursor([a, b], null, new Set([a.fingerprint]))).toBe(1)
  })

  it('follows the finding by fingerprint when the list shifts', () => {
    expect(resolveCursor([c, a, b], { fingerprint: b.fingerprint, index: 1 }, none)).toBe(2)
  })

  it('stays on a parked finding the facilitator stepped back to', () => {
    expect(resolveCursor([a, b], { fingerprint: a.fingerprint, index: 0 }, new Set([a.fingerprint]))).toBe(0)
  })

  it('falls back to the same position when the finding has gone', () => {
    expect(resolveCursor([a, c], { fingerprint: b.fingerprint, index: 1 }, none)).toBe(1)
  })

  it('returns -1 when only parked findings are left', () => {
    expect(resolveCursor([a], { fingerprint: b.fingerprint, index: 0 }, new Set([a.fingerprint]))).toBe(-1)
  })
})

describe('afterDecision', () => {
  it('after a fix the finding is gone and the next one takes its place', () => {
    // b was at index 1 and has been fixed: the new list is [a, c]
    expect(afterDecision([a, c], 1, none)).toEqual({ fingerprint: c.fingerprint, index: 1 })
  })

  it('after parking, moves past the parked finding', () => {
    expect(afterDecision([a, b, c], 1, new Set([b.fingerprint]))).toEqual({ fingerprint: c.fingerprint, index: 2 })
  })

  it('goes back to earlier undecided findings after the last one', () => {
    expect(afterDecision([a, b, c], 2, new Set([c.fingerprint]))).toEqual({ fingerprint: a.fingerprint, index: 0 })
  })

  it('returns null when nothing is left to decide', () => {
    expect(afterDecision([a], 0, new Set([a.fingerprint]))).toBeNull()
    expect(afterDecision([], 0, none)).toBeNull()
  })
})
