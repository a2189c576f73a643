import { describe, expect, it } from 'vitest'
import { cardById } from '@shared/catalogue/cards'
import { DEFAULT_OPS_MANAGER_ID, DEFAULT_OUT_OF_SCOPE_DUTY_IDS, defaultChart } from '@shared/fixtures/default-chart'
import { cleanChart, exceptionsChart, tinyChart } from '@shared/fixtures/test-charts'
import { roleNodeSize } from '@shared/layout/node-size'
import { indexChart } from '@shared/model/index-chart'
import { parseChartFile, serializeChart } from '@shared/format/chart-file'
import type { Chart } from '@shared/model/chart'
import { isOutOfScope, type CategoryId } from '@shared/rules/categories'
import { lintChart } from '@shared/rules/lint'

const outOfScopeOn = (chart: Chart, roleId: string) =>
  chart.duties.filter((d) => d.roleId === roleId && isOutOfScope(d.category as CategoryId))

describe.each([
  ['defaultChart', defaultChart],
  ['tinyChart', tinyChart],
  ['cleanChart', cleanChart],
  ['exceptionsChart', exceptionsChart]
])('%s', (_name, make) => {
  const chart = make()

  it('is a valid chart file once saved, and loads back unchanged', () => {
    const parsed = parseChartFile(serializeChart(chart))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.chart).toEqual(chart)
  })

  it('copies kind, category, group and label from the catalogue card of every duty', () => {
    for (const d of chart.duties) {
      const card = cardById(d.cardId ?? '')
      expect(card, d.id).toBeDefined()
      expect({ label: d.label, kind: d.kind, category: d.category, group: d.group }).toEqual({
        label: card?.label,
        kind: card?.kind,
        category: card?.category,
        group: card?.group
      })
    }
  })

  it('is a fresh value each time, so callers may not share state by accident', () => {
    expect(make()).not.toBe(make())
    expect(make()).toEqual(make())
  })
})

describe('defaultChart', () => {
  const chart = defaultChart()
  const titles = chart.roles.map((r) => r.title)
  const ops = chart.roles.find((r) => r.id === DEFAULT_OPS_MANAGER_ID)!

  it('shows a small company with the usual management roles, each with a named person', () => {
    expect(chart.title).toBe('Northwind Supplies')
    for (const t of ['CEO', 'Operations Manager', 'HR Manager', 'Marketing Manager', 'Finance Manager', 'IT Lead', 'Sales Manager']) {
      expect(titles).toContain(t)
    }
    for (const r of chart.roles) expect(r.person?.trim(), r.title).toBeTruthy()
  })

  it('has one top-level role, the CEO, and team leads reporting to the Operations Manager', () => {
    const tops = chart.roles.filter((r) => !r.reportsTo)
    expect(tops.map((r) => r.title)).toEqual(['CEO'])
    const reportsOfOps = chart.roles.filter((r) => r.reportsTo === ops.id).map((r) => r.title)
    expect(reportsOfOps).toEqual(expect.arrayContaining(['Warehouse Team Lead', 'Customer Service Team Lead']))
  })

  it('gives every role two to four duties and leaves none unassigned', () => {
    for (const r of chart.roles) {
      const n = chart.duties.filter((d) => d.roleId === r.id).length
      expect(n, r.title).toBeGreaterThanOrEqual(2)
      expect(n, r.title).toBeLessThanOrEqual(4)
    }
    expect(chart.duties.every((d) => d.roleId)).toBe(true)
  })

  it('puts exactly two out-of-scope duties on the Operations Manager, next to in-scope work', () => {
    expect(ops.roleType).toBe('operations-manager')
    expect(outOfScopeOn(chart, ops.id).map((d) => d.id)).toEqual([...DEFAULT_OUT_OF_SCOPE_DUTY_IDS])
    expect(chart.duties.filter((d) => d.roleId === ops.id && d.category === 'operations').length).toBeGreaterThanOrEqual(2)
  })

  it('starts with no accepted exceptions, so both warnings are visible', () => {
    expect(chart.exceptions).toEqual([])
  })

  it('is laid out top-down: every report below its manager', () => {
    const pos = new Map(chart.roles.map((r) => [r.id, r]))
    for (const r of chart.roles) {
      expect(Number.isFinite(r.x) && Number.isFinite(r.y), r.title).toBe(true)
      if (r.reportsTo) expect(r.y!, r.title).toBeGreaterThan(pos.get(r.reportsTo)!.y!)
    }
  })
})

describe('the named test charts', () => {
  it('tinyChart: one in-scope and one out-of-scope duty on the Operations Manager', () => {
    const chart = tinyChart()
    expect(outOfScopeOn(chart, 'r-ops')).toHaveLength(1)
    expect(chart.duties.filter((d) => d.roleId === 'r-ops')).toHaveLength(2)
  })

  it('cleanChart: the Operations Manager holds only operations work', () => {
    const chart = cleanChart()
    expect(outOfScopeOn(chart, 'r-ops')).toEqual([])
    expect(chart.duties.filter((d) => d.roleId === 'r-ops').length).toBeGreaterThan(0)
  })

  it('exceptionsChart: one exception still matches its duty, one points at work that moved away', () => {
    const chart = exceptionsChart()
    const [kept, leftOver] = chart.exceptions
    expect(chart.duties.find((d) => d.id === kept.dutyId)?.roleId).toBe(kept.roleId)
    expect(chart.duties.find((d) => d.id === leftOver.dutyId)?.roleId).not.toBe(leftOver.roleId)
    for (const e of chart.exceptions) expect(e.note.trim()).not.toBe('')
  })
})

describe('built-in chart positions', () => {
  it('places every role of the built-in charts, without overlaps', () => {
    for (const chart of [defaultChart(), tinyChart(), cleanChart(), exceptionsChart()]) {
      const { dutiesByRole } = indexChart(chart)
      const boxes = chart.roles.map((r) => ({ ...roleNodeSize(r, dutiesByRole.get(r.id) ?? []), x: r.x!, y: r.y! }))
      for (const b of boxes) expect(Number.isFinite(b.x) && Number.isFinite(b.y)).toBe(true)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, c] = [boxes[i], boxes[j]]
          expect(a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height).toBe(false)
        }
    }
  })
})

const warningsOf = (chart: Chart) => lintChart(chart).findings.filter((f) => f.severity === 'warning')

describe('the built-in charts under the rule pack', () => {
  it('defaultChart shows exactly two scope warnings, both on the Operations Manager', () => {
    const warnings = warningsOf(defaultChart())
    expect(warnings.map((f) => [f.roleId, f.dutyId])).toEqual(DEFAULT_OUT_OF_SCOPE_DUTY_IDS.map((d) => [DEFAULT_OPS_MANAGER_ID, d]))
    expect(warnings.map((f) => f.category)).toEqual(['hr-beyond-operations', 'public-relations'])
  })

  it('tinyChart warns about its one out-of-scope duty only', () => {
    expect(warningsOf(tinyChart()).map((f) => f.dutyId)).toEqual(['d-salaries'])
  })

  it('cleanChart gives no warnings', () => {
    expect(warningsOf(cleanChart())).toEqual([])
  })

  it('exceptionsChart has one accepted finding and one stale exception', () => {
    const result = lintChart(exceptionsChart())
    expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([])
    expect(result.accepted.map((a) => a.finding.dutyId)).toEqual(['d-phones'])
    expect(result.stale.map((e) => e.dutyId)).toEqual(['d-press'])
  })
})
