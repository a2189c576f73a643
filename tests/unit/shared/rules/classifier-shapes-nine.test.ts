// Titles with the unit after a comma, a generic head's topic inside a longer phrase,
// cards said of their writer ("me to …"), and the company as the one that moves.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'
import { isOperationsManager } from '@shared/rules/role-type'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category

describe('titles', () => {
  it('reads a unit named after the comma as what the Operations Manager runs', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Parcel Network' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Harbour Ferries' })).toBe(true)
  })

  it('still reads a function named first after the comma as someone else’s operations', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Marketing' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, IT' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, Finance Shared Services' })).toBe(false)
  })
})

describe('the topic of a generic head', () => {
  it('reads a people strategy as HR work, however wide it reaches', () => {
    expect(classifyLabel('Draft the business-wide people strategy').domain).toBe('hr')
    expect(categoryOf('Write the company-wide people strategy for the chain')).toBe('hr-beyond-operations')
  })
})

describe('cards said of their writer', () => {
  it('reads the work after "me to"', () => {
    expect(categoryOf('me to decide whether we open a third clinic in Leeds')).toBe('strategy-vision')
  })

  it('does not read "me to" as owning the work', () => {
    const parsed = parseLabel('me to send the weekly figures to finance')
    expect(parsed.owned).toBeUndefined()
    expect(parsed.words.find((w) => w.place !== 'function')).toMatchObject({ lower: 'send', place: 'verb', clause: 0 })
  })
})

describe('the company as the one that moves', () => {
  it('reads past words describing the business to the one that acts', () => {
    expect(categoryOf('decide where the bakery café chain should be in five years')).toBe('strategy-vision')
  })
})
