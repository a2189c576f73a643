import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Chart, Duty, Role } from '@shared/model/chart'
import { autoLayout, type LayoutDirection, type RolePosition } from '@shared/layout/auto-layout'
import { estimateNodeHeight, roleNodeSize, VISIBLE_CHIPS } from '@shared/layout/node-size'
import { defaultChart } from '@shared/fixtures/default-chart'

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
  return positions.map((p) => {
    const role = chart.roles.find((r) => r.id === p.id) as Role
    return { ...p, ...roleNodeSize(role, chart.duties.filter((d) => d.roleId === role.id)) }
  })
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

describe('autoLayout', () => {
  for (const direction of ['down', 'right'] as const) {
    it(`places a 60-role tree without overlaps, managers ${direction === 'down' ? 'above' : 'left of'} their reports`, async () => {
      const chart = generatedChart(60, 7)
      const laid = boxes(chart, await autoLayout(chart, { direction }))
      expect(laid).toHaveLength(60)
      expect(overlapping(laid)).toEqual([])
      expect(misplacedReports(chart, laid, direction)).toEqual([])
    })

    it(`lays out a forest with unattached roles without overlaps (${direction})`, async () => {
      const chart = generatedChart(40, 11, 4, 5)
      const laid = boxes(chart, await autoLayout(chart, { direction }))
      expect(laid.map((b) => b.id).sort()).toEqual(chart.roles.map((r) => r.id).sort())
      expect(overlapping(laid)).toEqual([])
      expect(misplacedReports(chart, laid, direction)).toEqual([])
    })
  }

  it('keeps random forests free of overlaps in both directions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 35 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer(), fc.constantFrom<LayoutDirection>('down', 'right'), async (n, roots, lone, seed, direction) => {
        const chart = generatedChart(Math.max(n, roots), seed, roots, lone)
        const laid = boxes(chart, await autoLayout(chart, { direction }))
        expect(overlapping(laid)).toEqual([])
        expect(misplacedReports(chart, laid, direction)).toEqual([])
      }),
      { numRuns: 25 }
    )
  })

  it('centres a manager over its reports in the default chart', async () => {
    const chart = defaultChart()
    const laid = boxes(chart, await autoLayout(chart, { direction: 'down' }))
    const ceo = laid.find((b) => b.id === 'role-ceo') as Box
    const reports = laid.filter((b) => chart.roles.find((r) => r.id === b.id)?.reportsTo === 'role-ceo')
    const span = (Math.min(...reports.map((b) => b.x)) + Math.max(...reports.map((b) => b.x + b.width))) / 2
    expect(Math.abs(ceo.x + ceo.width / 2 - span)).toBeLessThan(2)
  })

  it('starts the arranged chart where the chart already was', async () => {
    const chart = generatedChart(12, 3)
    const moved = { ...chart, roles: chart.roles.map((r, i) => ({ ...r, x: 500 + i * 13, y: -200 + i * 7 })) }
    const positions = await autoLayout(moved, { direction: 'down' })
    expect(Math.min(...positions.map((p) => p.x))).toBe(500)
    expect(Math.min(...positions.map((p) => p.y))).toBe(-200)
  })

  it('still lays out a chart file whose reporting lines form a loop', async () => {
    const chart: Chart = {
      id: 'c', title: 'Loop', duties: [], exceptions: [],
      roles: [
        { id: 'a', title: 'A', reportsTo: 'c' },
        { id: 'b', title: 'B', reportsTo: 'a' },
        { id: 'c', title: 'C', reportsTo: 'b' },
        { id: 'd', title: 'D', reportsTo: 'd' }
      ]
    }
    const laid = boxes(chart, await autoLayout(chart, { direction: 'down' }))
    expect(laid).toHaveLength(4)
    expect(overlapping(laid)).toEqual([])
  })

  it('returns nothing for a chart without roles', async () => {
    expect(await autoLayout({ id: 'c', title: 'Empty', roles: [], duties: [], exceptions: [] }, { direction: 'right' })).toEqual([])
  })
})
