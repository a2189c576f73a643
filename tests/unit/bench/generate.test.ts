import { describe, expect, it } from 'vitest'
import { generateChart } from '../../../bench/generate'
import { isOperationsManager } from '../../../shared/rules/role-type'
import type { Chart } from '../../../shared/model/chart'

function reportsByManager(chart: Chart): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of chart.roles) if (r.reportsTo) counts.set(r.reportsTo, (counts.get(r.reportsTo) ?? 0) + 1)
  return counts
}

describe('generateChart', () => {
  it.each([1, 7, 100, 500, 2000])('makes exactly %i roles with ten cards each, all held by a role of the chart', (size) => {
    const chart = generateChart(size)
    expect(chart.roles).toHaveLength(size)
    expect(chart.duties).toHaveLength(size * 10)
    const ids = new Set(chart.roles.map((r) => r.id))
    expect(ids.size).toBe(size)
    expect(new Set(chart.duties.map((d) => d.id)).size).toBe(chart.duties.length)
    for (const d of chart.duties) expect(ids.has(d.roleId!)).toBe(true)
  })

  it.each([100, 500, 2000])('builds a single tree of %i roles: one root, every manager exists, no loops', (size) => {
    const chart = generateChart(size)
    const byId = new Map(chart.roles.map((r) => [r.id, r]))
    const roots = chart.roles.filter((r) => !r.reportsTo)
    expect(roots).toHaveLength(1)
    for (const role of chart.roles) {
      const seen = new Set<string>()
      let cur = role
      while (cur.reportsTo) {
        expect(seen.has(cur.id)).toBe(false)
        seen.add(cur.id)
        const boss = byId.get(cur.reportsTo)
        expect(boss).toBeDefined()
        cur = boss!
      }
      expect(cur.id).toBe(roots[0].id)
    }
  })

  it('gives every manager 4 to 8 reports, except at most one that takes the remainder', () => {
    const spans = [...reportsByManager(generateChart(2000)).values()]
    expect(spans.filter((n) => n < 4 || n > 8).length).toBeLessThanOrEqual(1)
    expect(spans.every((n) => n <= 8)).toBe(true)
  })

  it('puts about a tenth of the cards on Operations Managers outside their scope, and none elsewhere', () => {
    const chart = generateChart(500)
    const ops = new Set(chart.roles.filter(isOperationsManager).map((r) => r.id))
    expect(ops.size).toBeGreaterThan(5)
    const onOps = chart.duties.filter((d) => ops.has(d.roleId!))
    const outside = onOps.filter((d) => d.category !== 'operations')
    expect(outside.length / onOps.length).toBeCloseTo(0.1, 2)
  })

  it('positions every role, with no two roles at the same spot', () => {
    const chart = generateChart(500)
    const spots = new Set(chart.roles.map((r) => `${r.x},${r.y}`))
    expect(chart.roles.every((r) => Number.isFinite(r.x) && Number.isFinite(r.y))).toBe(true)
    expect(spots.size).toBe(chart.roles.length)
  })

  it('places managers above their reports', () => {
    const chart = generateChart(300)
    const byId = new Map(chart.roles.map((r) => [r.id, r]))
    for (const r of chart.roles) if (r.reportsTo) expect(r.y!).toBeGreaterThan(byId.get(r.reportsTo)!.y!)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateChart(200, { seed: 3 })).toEqual(generateChart(200, { seed: 3 }))
    expect(generateChart(200, { seed: 3 })).not.toEqual(generateChart(200, { seed: 4 }))
  })

  it('refuses a size below one', () => {
    expect(() => generateChart(0)).toThrow(RangeError)
  })
})

describe('generateChart duties', () => {
  it('names most cards for the role’s own unit, so only a small share are the same duty on several roles', () => {
    const chart = generateChart(500)
    const labels = chart.duties.map((d) => d.label.toLowerCase())
    const counts = new Map<string, number>()
    for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1)
    const repeated = labels.filter((l) => counts.get(l)! > 1).length
    expect(repeated / labels.length).toBeGreaterThan(0.01)
    expect(repeated / labels.length).toBeLessThan(0.2)
  })

  it('keeps the Library category on every card, so scope does not depend on wording', () => {
    for (const d of generateChart(100).duties) expect(d.category).toBeTruthy()
  })
})
