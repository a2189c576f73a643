import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseChartFile, serializeChart } from '@shared/format/chart-file'
import { GENERATED_FIXTURES } from '../../../fixtures/charts/generated'

const read = (name: string) => readFileSync(resolve(__dirname, '../../../fixtures/charts', name), 'utf8')

describe('chart fixture files', () => {
  it.each(Object.entries(GENERATED_FIXTURES))('%s matches its built-in chart (regenerate with: npx tsx tests/fixtures/charts/generate.ts)', (name, make) => {
    expect(read(name)).toBe(serializeChart(make()))
  })

  it.each([
    ['bad-cycle.orgchart.json', 'roles[0].reportsTo', /reporting loop/],
    ['bad-json.orgchart.json', '', /not valid JSON at line 6, column 5/],
    ['bad-format.orgchart.json', 'format', /made by a newer Org Workbench/]
  ])('%s is refused with a located problem', (name, path, message) => {
    const result = parseChartFile(read(name))
    expect(result).toEqual({ ok: false, problems: [{ path, message: expect.stringMatching(message) }], count: 1 })
  })

  it('xss-labels.orgchart.json loads with its hostile text kept verbatim', () => {
    const result = parseChartFile(read('xss-labels.orgchart.json'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const labels = result.chart.duties.map((d) => d.label)
    expect(labels).toContain('<img src=x onerror=alert(1)>')
    expect(labels.some((l) => l.includes('👩🏽‍💼'))).toBe(true)
    expect(result.chart.roles.map((r) => r.title)).toContain('<img src=x onerror=alert(1)>')
    expect(result.chart.duties.map((d) => d.id)).toContain('__proto__')
  })
})
