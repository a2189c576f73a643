import { describe, expect, it } from 'vitest'
import { defaultComparePair, scenarioBase, scenarioTitle } from '@shared/compare/scenario'

describe('scenario names', () => {
  it('names a scenario after its chart and finds the chart again from the name', () => {
    expect(scenarioTitle('Northwind Supplies')).toBe('Northwind Supplies – Proposed')
    expect(scenarioTitle('Northwind Supplies', '  Option B ')).toBe('Northwind Supplies – Option B')
    expect(scenarioBase(scenarioTitle('A – B'))).toBe('A – B')
    expect(scenarioBase('Northwind Supplies')).toBeNull()
  })
})

describe('defaultComparePair', () => {
  const charts = [
    { id: 'p', title: 'Northwind – Proposed' },
    { id: 'x', title: 'Unrelated' },
    { id: 'n', title: 'Northwind' }
  ]

  it('compares an open scenario with the chart it was made from', () => {
    expect(defaultComparePair(charts, 'p')).toEqual({ a: 'n', b: 'p' })
  })

  it('compares an open chart with its scenario', () => {
    expect(defaultComparePair(charts, 'n')).toEqual({ a: 'n', b: 'p' })
  })

  it('falls back to the first other chart, and to nothing when there is only one chart', () => {
    expect(defaultComparePair(charts, 'x')).toEqual({ a: 'p', b: 'x' })
    expect(defaultComparePair([{ id: 'n', title: 'Northwind' }], 'n')).toBeNull()
  })
})
