import { describe, expect, it } from 'vitest'
import { frameTimes, median, percentile, summarizeFrames } from '../../../bench/stats'

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48)
    expect(percentile([5, 1, 3], 0)).toBe(1)
    expect(percentile([5, 1, 3], 100)).toBe(5)
  })

  it('does not reorder the caller’s array and ignores non-finite values', () => {
    const values = [3, Number.NaN, 1, 2]
    expect(median(values)).toBe(2)
    expect(values).toEqual([3, Number.NaN, 1, 2])
  })

  it('is NaN for no values and refuses a percentile outside 0..100', () => {
    expect(median([])).toBeNaN()
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })
})

describe('frame times', () => {
  it('are the gaps between consecutive animation-frame timestamps', () => {
    expect(frameTimes([0, 16, 33, 66])).toEqual([16, 17, 33])
    expect(frameTimes([5])).toEqual([])
  })

  it('summarise to a count, median, 95th percentile and worst frame', () => {
    const stamps = [0]
    for (let i = 0; i < 19; i++) stamps.push(stamps[stamps.length - 1] + 16)
    stamps.push(stamps[stamps.length - 1] + 100)
    const s = summarizeFrames(stamps)
    expect(s.frames).toBe(20)
    expect(s.p50).toBe(16)
    expect(s.max).toBe(100)
    expect(s.p95).toBeGreaterThan(16)
  })
})
