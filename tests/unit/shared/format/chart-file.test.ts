import { describe, expect, it } from 'vitest'
import { CHART_FORMAT, parseChartFile, serializeChart } from '@shared/format/chart-file'
import { defaultChart } from '@shared/fixtures/default-chart'
import { exceptionsChart } from '@shared/fixtures/test-charts'
import type { Chart } from '@shared/model/chart'

const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: CHART_FORMAT, title: 'T', roles: [{ id: 'r1', title: 'CEO' }], duties: [], ...over })

describe('serializeChart', () => {
  it('writes the format id first and the fields of each entry in a fixed order', () => {
    const chart: Chart = {
      id: 'c1',
      title: 'Order',
      roles: [{ y: 5, x: 4, reportsTo: null, person: 'P', title: 'T', id: 'r1' }],
      duties: [{ cardId: 'card-x', group: 'G', category: 'operations', roleId: 'r1', kind: 'duty', label: 'L', id: 'd1' }],
      exceptions: [{ note: 'N', dutyId: 'd1', roleId: 'r1', ruleId: 'rule' }]
    }
    const data = JSON.parse(serializeChart(chart))
    expect(Object.keys(data)).toEqual(['format', 'id', 'title', 'roles', 'duties', 'exceptions'])
    expect(data.format).toBe(CHART_FORMAT)
    expect(Object.keys(data.roles[0])).toEqual(['id', 'title', 'person', 'reportsTo', 'x', 'y'])
    expect(Object.keys(data.duties[0])).toEqual(['id', 'label', 'kind', 'roleId', 'category', 'group', 'cardId'])
    expect(Object.keys(data.exceptions[0])).toEqual(['ruleId', 'roleId', 'dutyId', 'note'])
  })

  it('leaves out fields that are not set, and keeps an explicit null', () => {
    const chart: Chart = {
      id: 'c1',
      title: 'T',
      roles: [{ id: 'r1', title: 'A', person: undefined, reportsTo: null }],
      duties: [{ id: 'd1', label: 'L', roleId: undefined }],
      exceptions: []
    }
    const text = serializeChart(chart)
    expect(text).not.toContain('person')
    expect(text).not.toContain('roleId')
    expect(JSON.parse(text).roles[0].reportsTo).toBeNull()
  })

  it('is pretty-printed, ends with a newline and gives the same bytes every time', () => {
    const text = serializeChart(defaultChart())
    expect(text).toMatch(/^\{\n {2}"format"/)
    expect(text.endsWith('}\n')).toBe(true)
    expect(serializeChart(defaultChart())).toBe(text)
  })
})

describe('parseChartFile on valid files', () => {
  it.each([
    ['the default chart', defaultChart],
    ['a chart with exceptions, one of them stale', exceptionsChart]
  ])('round-trips %s: ids, positions, duties and exceptions come back equal', (_name, make) => {
    const chart = make()
    const parsed = parseChartFile(serializeChart(chart))
    expect(parsed).toMatchObject({ ok: true })
    if (parsed.ok) expect(parsed.chart).toEqual(chart)
  })

  it('gives a chart without an id a new one', () => {
    const a = parseChartFile(file())
    const b = parseChartFile(file(), { newChartId: () => 'chart-fixed' })
    expect(a.ok && a.chart.id).toMatch(/^chart-[0-9a-z]{10}$/)
    expect(b.ok && b.chart.id).toBe('chart-fixed')
  })

  it('keeps the id the file gives', () => {
    const parsed = parseChartFile(file({ id: 'chart-from-file' }))
    expect(parsed.ok && parsed.chart.id).toBe('chart-from-file')
  })

  it('treats a missing exceptions list as empty and ignores fields it does not know', () => {
    const parsed = parseChartFile(file({ roles: [{ id: 'r1', title: 'CEO', colour: 'red' }], theme: 'dark' }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.chart.exceptions).toEqual([])
    expect(parsed.chart.roles).toEqual([{ id: 'r1', title: 'CEO' }])
    expect(parsed.warnings).toEqual([])
  })

  it('accepts a byte-order mark and Windows line endings', () => {
    const parsed = parseChartFile(`\uFEFF${serializeChart(defaultChart()).replace(/\n/g, '\r\n')}`)
    expect(parsed.ok).toBe(true)
  })

  it('keeps exceptions that refer to missing work, with a warning that they will show as stale', () => {
    const parsed = parseChartFile(file({ exceptions: [{ ruleId: 'rule', roleId: 'r1', dutyId: 'gone', note: 'kept for now' }] }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.chart.exceptions).toHaveLength(1)
    expect(parsed.warnings).toEqual([expect.stringMatching(/exceptions\[0\].*"gone".*stale/)])
  })

  it('keeps only the first of two exceptions for the same finding, and says so', () => {
    const e = { ruleId: 'rule', roleId: 'r1', note: 'first' }
    const parsed = parseChartFile(file({ exceptions: [e, { ...e, note: 'second' }] }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.chart.exceptions.map((x) => x.note)).toEqual(['first'])
    expect(parsed.warnings).toEqual([expect.stringMatching(/exceptions\[1\]/)])
  })
})
