// PNG sizing: the requested scale when it fits, otherwise scaled down to the 16,384 px
// side limit (and the pixel-count cap) with a message that says so and points to SVG/PDF;
// refused when scaling down that far would leave role titles too small to read.

import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, MIN_TITLE_PX, parseScale, PNG_PRESETS, pngPlan } from '@shared/export/png-size'

describe('pngPlan', () => {
  it('multiplies the chart size by the scale when it fits', () => {
    expect(pngPlan(1200, 800, 2)).toEqual({ width: 2400, height: 1600, scale: 2, requestedScale: 2, clamped: false, titlePx: 28 })
  })

  it('offers 1×, 2×, 3× and 300 dpi print presets', () => {
    expect(PNG_PRESETS['print-300dpi']).toBeCloseTo(3.125, 10)
    expect(pngPlan(960, 480, PNG_PRESETS['print-300dpi'])).toMatchObject({ width: 3000, height: 1500, clamped: false })
    expect(pngPlan(100, 50, PNG_PRESETS['3x'])).toMatchObject({ width: 300, height: 150 })
  })

  it('scales down to the side limit, keeping the aspect ratio, and explains why', () => {
    const plan = pngPlan(10_000, 2_500, 3)
    expect(plan.clamped).toBe(true)
    expect(plan.width).toBe(MAX_PNG_SIDE)
    expect(plan.height).toBe(4096)
    expect(plan.scale).toBeCloseTo(1.6384, 6)
    expect(plan.requestedScale).toBe(3)
    expect(plan.message).toContain('30,000 × 7,500')
    expect(plan.message).toContain('16,384')
    expect(plan.message).toMatch(/SVG or PDF/)
    expect(plan.refused).toBeUndefined()
  })

  it('refuses, pointing to PDF and SVG, when fitting the limits would leave titles unreadable', () => {
    // The size of the 5,000-role benchmark chart.
    const plan = pngPlan(52_334, 30_460, 2)
    expect(plan.clamped).toBe(true)
    expect(plan.titlePx).toBeLessThan(MIN_TITLE_PX)
    expect(plan.refused).toMatch(/104,668 × 60,920 px.*role titles would be 4(\.\d)? px high, too small to read, so no PNG was made/)
    expect(plan.refused).toMatch(/Export PDF instead .*split into pages.* or SVG/)
    expect(plan.message).toBe(plan.refused)
  })

  it('keeps an explicitly small scale: the user asked for it and nothing is clamped', () => {
    expect(pngPlan(52_334, 30_460, 0.25)).toMatchObject({ clamped: false, titlePx: 3.5 })
    expect(pngPlan(52_334, 30_460, 0.25).refused).toBeUndefined()
  })

  it('clamps on whichever side is too long', () => {
    const tall = pngPlan(500, 40_000, 1)
    expect(tall).toMatchObject({ height: MAX_PNG_SIDE, clamped: true })
    expect(tall.width).toBeLessThanOrEqual(205)
    const edge = pngPlan(8_192, 100, 2)
    expect(edge).toMatchObject({ width: MAX_PNG_SIDE, clamped: false })
  })

  it('also caps the pixel count, so a large square chart stays renderable', () => {
    const plan = pngPlan(8_000, 8_000, 2)
    expect(plan.clamped).toBe(true)
    expect(plan.width).toBe(plan.height)
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_PNG_PIXELS)
    expect(plan.width * plan.height).toBeGreaterThan(MAX_PNG_PIXELS * 0.99)
    expect(plan.message).toMatch(/million pixels/)
    expect(pngPlan(16_000, 8_000, 1).clamped).toBe(false)
  })

  it('never exceeds the limits whatever the size', () => {
    for (const [w, h, s] of [[16_385, 1, 1], [99_999, 99_999, 3.125], [7, 123_457, 2]] as const) {
      const p = pngPlan(w, h, s)
      expect(Math.max(p.width, p.height)).toBeLessThanOrEqual(MAX_PNG_SIDE)
      expect(p.width * p.height).toBeLessThanOrEqual(MAX_PNG_PIXELS)
      expect(Math.min(p.width, p.height)).toBeGreaterThanOrEqual(1)
    }
  })

  it('predicts the exact size a renderer fitting the longer side produces', () => {
    for (const [w, h, scale] of [[333, 101, 3.125], [101, 333, 3.125], [20_000, 301, 1], [777, 555, 1.5], [1000, 714, 1.3], [20_000, 137, 1]] as const) {
      const plan = pngPlan(w, h, scale)
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#123"/></svg>`
      const fitTo = w >= h ? ({ mode: 'width', value: plan.width } as const) : ({ mode: 'height', value: plan.height } as const)
      const image = new Resvg(svg, { fitTo }).render()
      expect([image.width, image.height], `${w}×${h} at ${scale}`).toEqual([plan.width, plan.height])
    }
  })

  it('refuses sizes and scales that are not positive numbers', () => {
    expect(() => pngPlan(0, 10, 1)).toThrow(RangeError)
    expect(() => pngPlan(10, 10, Number.NaN)).toThrow(RangeError)
    expect(() => pngPlan(10, 10, -2)).toThrow(RangeError)
  })
})

describe('parseScale', () => {
  it('reads numbers, "2x" and preset names', () => {
    expect(parseScale('2')).toBe(2)
    expect(parseScale('1.5x')).toBe(1.5)
    expect(parseScale('3×')).toBe(3)
    expect(parseScale('print')).toBeCloseTo(3.125, 10)
    expect(parseScale('print-300dpi')).toBeCloseTo(3.125, 10)
    expect(parseScale('0')).toBeNull()
    expect(parseScale('big')).toBeNull()
    expect(parseScale('toString')).toBeNull()
  })
})
