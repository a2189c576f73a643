import { describe, expect, it } from 'vitest'
import { CHART_FILE_EXTENSION, suggestedFileName } from '@shared/format/chart-file'

describe('suggestedFileName', () => {
  it.each([
    ['Northwind Supplies', 'Northwind Supplies.orgchart.json'],
    ['  Q3   reorg  ', 'Q3 reorg.orgchart.json'],
    ['Ops/Finance: "v2" <draft>?', 'Ops Finance v2 draft.orgchart.json'],
    ['a\\b|c*d', 'a b c d.orgchart.json'],
    ['tab\there\nnewline', 'tab here newline.orgchart.json'],
    ['..hidden.', 'hidden.orgchart.json'],
    ['', 'Untitled chart.orgchart.json'],
    ['???', 'Untitled chart.orgchart.json'],
    ['CON', 'CON chart.orgchart.json'],
    ['Équipe Nord 🚚', 'Équipe Nord 🚚.orgchart.json']
  ])('turns %j into %j', (title, name) => {
    expect(suggestedFileName(title)).toBe(name)
  })

  it('keeps long names to 100 characters before the extension without splitting an emoji', () => {
    const name = suggestedFileName(`${'a'.repeat(99)}🚚🚚`)
    expect(name.endsWith(CHART_FILE_EXTENSION)).toBe(true)
    const base = name.slice(0, -CHART_FILE_EXTENSION.length)
    expect(base).toBe('a'.repeat(99))
  })
})
