// Fields named by the function word and the word after it; places after the comma; the
// verbs of selling a designed thing; and the shapes a review of the hands-on, control and
// choice cues found too loose. Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { isOperationsManager } from '@shared/rules/role-type'

/** The answer a warning would come from: a strong out-of-scope domain done or decided. */
const warned = (label: string) => {
  const c = classifyLabel(label)
  return c.strength === 'strong' && c.mode === 'do' && c.domain !== 'operations' && c.domain !== 'general' ? c.domain : null
}

describe('titles', () => {
  it('reads "Operations Research" as a field of its own, not the operations of anything', () => {
    expect(isOperationsManager({ title: 'Head of Operations Research' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Research Manager' })).toBe(false)
    expect(isOperationsManager({ title: 'Head of Operations' })).toBe(true)
  })

  it('reads a place anywhere in the unit after the comma', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Data Hall 2' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Research Labs' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Research' })).toBe(false)
  })
})

describe('a thing designed to be sold', () => {
  it('needs a verb of selling itself', () => {
    expect(warned('develop a gift box to sell in the shop')).toBe('product-design')
    expect(warned('design the shelf labels we stock in every branch')).toBeNull()
    expect(warned('develop the loyalty leaflet we launch in spring')).toBe('marketing')
  })
})
