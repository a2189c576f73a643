import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Chart, Duty, Role } from '@shared/model/chart'
import { layoutChart, type LayoutDirection, type RolePosition } from '@shared/layout/layout-chart'
import { placeUnplacedRoles } from '@shared/layout/place-unplaced'
import { generateChart } from '../../../../bench/generate'
import { compactCards, estimateNodeHeight, roleNodeSize, VISIBLE_CHIPS } from '@shared/layout/node-size'
import { defaultChart } from '@shared/fixtures/default-chart'
import { indexChart } from '@shared/model/index-chart'

/** A deterministic pseudo-random source, so a failing layout can be reproduced. */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const LABELS = ['Plan routes', 'Negotiate salaries', 'Set the company HR strategy', 'Run stock counts', 'QA', 'Oversee the returns process for damaged goods']

/** Roles whose manager is one of the roles before them; `roots` of them start new hierarchies. */
function generatedChart(roleCount: number, seed: number, roots = 1, isolated = 0): Chart {
  const random = seeded(seed)
  const roles: Role[] = []
  const duties: Duty[] = []
  for (let i = 0; i < roleCount; i++) {
    const reportsTo = i < roots ? null : `r${Math.floor(random() * i)}`
    roles.push({ id: `r${i}`, title: i % 7 === 3 ? 'Operations Manager' : `Role ${i}`, reportsTo, x: 0, y: 0 })
    const count = Math.floor(random() * 10)
    for (let k = 0; k < count; k++) duties.push({ id: `d${i}-${k}`, label: LABELS[Math.floor(random() * LABELS.length)], roleId: `r${i}` })
  }
  for (let i = 0; i < isolated; i++) roles.push({ id: `lone${i}`, title: `Unattached ${i}`, reportsTo: null })
  return { id: 'c', title: 'Generated', roles, duties, exceptions: [] }
}

interface Box { id: string; x: number; y: number; width: number; height: number }

function boxes(chart: Chart, positions: readonly RolePosition[]): Box[] {
  const { roleById, dutiesByRole } = indexChart(chart)
  // Big charts draw compact cards, and are laid out for them.
  const compact = compactCards(chart.roles.length)
  return positions.map((p) => ({ ...p, ...roleNodeSize(roleById.get(p.id) as Role, dutiesByRole.get(p.id) ?? [], compact) }))
}

/** Overlaps among many boxes: sorted by left edge, each box is checked only against those that start before it ends. */
function overlappingFast(all: readonly Box[]): [string, string][] {
  const sorted = [...all].sort((a, b) => a.x - b.x)
  const hits: [string, string][] = []
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width; j++) {
      const b = sorted[j]
      if (a.y < b.y + b.height && b.y < a.y + a.height) hits.push([a.id, b.id])
    }
  }
  return hits
}

function overlapping(all: readonly Box[]): [string, string][] {
  const hits: [string, string][] = []
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]
      const b = all[j]
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hits.push([a.id, b.id])
    }
  }
  return hits
}

/** Every report lies wholly below (down) or wholly right of (right) its manager. */
function misplacedReports(chart: Chart, all: readonly Box[], direction: LayoutDirection): string[] {
  const byId = new Map(all.map((b) => [b.id, b]))
  return chart.roles
    .filter((r) => r.reportsTo)
    .filter((r) => {
      const m = byId.get(r.reportsTo as string) as Box
      const b = byId.get(r.id) as Box
      return direction === 'down' ? m.y + m.height >= b.y : m.x + m.width >= b.x
    })
    .map((r) => r.id)
}

describe('estimateNodeHeight', () => {
  it('grows with the number of chips shown and stops growing once the rest fold into "+N more"', () => {
    const heights = Array.from({ length: 12 }, (_, n) => estimateNodeHeight(n))
    for (let n = 2; n <= VISIBLE_CHIPS + 1; n++) expect(heights[n]).toBeGreaterThanOrEqual(heights[n - 1])
    expect(heights[6]).toBeGreaterThan(heights[1])
    expect(heights[11]).toBe(heights[VISIBLE_CHIPS + 1])
  })

  it('gives long labels a row each when the labels are known', () => {
    const long = Array.from({ length: 4 }, () => 'Oversee the returns process for damaged goods')
    expect(estimateNodeHeight(4, { labels: long })).toBeGreaterThan(estimateNodeHeight(4))
    expect(estimateNodeHeight(4, { labels: ['QA', 'HR', 'IT', 'PR'] })).toBeLessThanOrEqual(estimateNodeHeight(4))
  })

  it('makes room for the role-type line of an Operations Manager', () => {
    expect(estimateNodeHeight(3, { operationsManager: true })).toBeGreaterThan(estimateNodeHeight(3))
  })
})

describe('layoutChart', () => {
  for (const direction of ['down', 'right'] as const) {
    it(`places a 60-role tree without overlaps, managers ${direction === 'down' ? 'above' : 'left of'} their reports`, () => {
      const chart = generatedChart(60, 7)
      const laid = boxes(chart, layoutChart(chart, { direction }).positions)
      expect(laid).toHaveLength(60)
      expect(overlapping(laid)).toEqual([])
      expect(misplacedReports(chart, laid, direction)).toEqual([])
    })

    it(`lays out a forest with unattached roles without overlaps (${direction})`, () => {
      const chart = generatedChart(40, 11, 4, 5)
      const laid = boxes(chart, layoutChart(chart, { direction }).positions)
      expect(laid.map((b) => b.id).sort()).toEqual(chart.roles.map((r) => r.id).sort())
      expect(overlapping(laid)).toEqual([])
      expect(misplacedReports(chart, laid, direction)).toEqual([])
    })
  }

  it('keeps random forests free of overlaps in both directions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 35 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer(), fc.constantFrom<LayoutDirection>('down', 'right'), (n, roots, lone, seed, direction) => {
        const chart = generatedChart(Math.max(n, roots), seed, roots, lone)
        const laid = boxes(chart, layoutChart(chart, { direction }).positions)
        expect(overlapping(laid)).toEqual([])
        expect(misplacedReports(chart, laid, direction)).toEqual([])
      }),
      { numRuns: 25 }
    )
  })

  it('centres a manager over its reports in the default chart', () => {
    const chart = defaultChart()
    const laid = boxes(chart, layoutChart(chart, { direction: 'down' }).positions)
    const ceo = laid.find((b) => b.id === 'role-ceo') as Box
    const reports = laid.filter((b) => chart.roles.find((r) => r.id === b.id)?.reportsTo === 'role-ceo')
    const span = (Math.min(...reports.map((b) => b.x)) + Math.max(...reports.map((b) => b.x + b.width))) / 2
    expect(Math.abs(ceo.x + ceo.width / 2 - span)).toBeLessThan(40)
  })

  it('stacks a team of individual contributors in a column under its manager', () => {
    const chart: Chart = {
      id: 'c', title: 'Team', duties: [], exceptions: [],
      roles: [{ id: 'm', title: 'Lead' }, ...['a', 'b', 'c', 'd'].map((id) => ({ id, title: id, reportsTo: 'm' }))]
    }
    const laid = boxes(chart, layoutChart(chart, { direction: 'down' }).positions)
    const xs = new Set(laid.filter((b) => b.id !== 'm').map((b) => b.x))
    expect(xs.size).toBe(1)
    expect(overlapping(laid)).toEqual([])
  })

  it('is deterministic and reports the size it covers', () => {
    const chart = generatedChart(80, 5, 2, 3)
    const a = layoutChart(chart, { direction: 'down' })
    expect(layoutChart(chart, { direction: 'down' })).toEqual(a)
    const laid = boxes(chart, a.positions)
    expect(Math.max(...laid.map((b) => b.x + b.width))).toBeLessThanOrEqual(a.width)
    expect(Math.max(...laid.map((b) => b.y + b.height))).toBeLessThanOrEqual(a.height)
    expect(Math.min(...laid.map((b) => b.x))).toBeGreaterThanOrEqual(0)
  })

  it('leaves the roles of a collapsed branch out and closes the gap', () => {
    const chart = generateChart(120)
    const full = layoutChart(chart, { direction: 'down' })
    const branch = chart.roles.find((r) => r.reportsTo === 'r0')!.id
    const folded = layoutChart(chart, { direction: 'down', collapsed: new Set([branch]) })
    const byId = new Map(chart.roles.map((r) => [r.id, r]))
    const below = (id: string): boolean => {
      for (let m = byId.get(id)?.reportsTo; m; m = byId.get(m)?.reportsTo) if (m === branch) return true
      return false
    }
    const hidden = chart.roles.filter((r) => below(r.id)).length
    expect(hidden).toBeGreaterThan(0)
    expect(folded.positions).toHaveLength(chart.roles.length - hidden)
    expect(folded.positions.some((p) => p.id === branch)).toBe(true)
    expect(folded.width * folded.height).toBeLessThan(full.width * full.height)
  })

  it("lays out the benchmark's 2,000-role chart near the canvas's shape, under 15,000 px wide, without overlaps", () => {
    const chart = generateChart(2000)
    const laid = layoutChart(chart, { direction: 'down' })
    const aspect = laid.width / laid.height
    expect(aspect).toBeGreaterThanOrEqual(1)
    expect(aspect).toBeLessThanOrEqual(4)
    expect(laid.width).toBeLessThan(15_000)
    expect(laid.positions).toHaveLength(2000)
    expect(overlappingFast(boxes(chart, laid.positions))).toEqual([])
  }, 60_000)

  it('still lays out a chart file whose reporting lines form a loop', () => {
    const chart: Chart = {
      id: 'c', title: 'Loop', duties: [], exceptions: [],
      roles: [
        { id: 'a', title: 'A', reportsTo: 'c' },
        { id: 'b', title: 'B', reportsTo: 'a' },
        { id: 'c', title: 'C', reportsTo: 'b' },
        { id: 'd', title: 'D', reportsTo: 'd' }
      ]
    }
    const laid = boxes(chart, layoutChart(chart, { direction: 'down' }).positions)
    expect(laid).toHaveLength(4)
    expect(overlapping(laid)).toEqual([])
  })

  it('returns nothing for a chart without roles', () => {
    expect(layoutChart({ id: 'c', title: 'Empty', roles: [], duties: [], exceptions: [] }, { direction: 'right' })).toEqual({ positions: [], width: 0, height: 0 })
  })
})

describe('placeUnplacedRoles', () => {
  it('places roles without a position below the placed ones and moves nothing else', () => {
    const chart: Chart = {
      id: 'c', title: 'Half', duties: [], exceptions: [],
      roles: [{ id: 'p', title: 'Placed', x: 40, y: 10 }, { id: 'm', title: 'New lead' }, { id: 'a', title: 'A', reportsTo: 'm' }, { id: 'b', title: 'B', reportsTo: 'p' }]
    }
    const out = placeUnplacedRoles(chart)
    expect(out.roles[0]).toEqual(chart.roles[0])
    for (const r of out.roles.slice(1)) expect(r.y!).toBeGreaterThan(10 + 100)
    expect(out.roles.find((r) => r.id === 'b')?.reportsTo).toBe('p')
    expect(overlapping(boxes(out, out.roles.map((r) => ({ id: r.id, x: r.x!, y: r.y! }))))).toEqual([])
    expect(placeUnplacedRoles(out)).toBe(out)
  })
})
