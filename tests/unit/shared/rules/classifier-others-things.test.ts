// Operational work done on another department's things, rooms, vehicles and events stays
// operational; the shapes that say so are read from where words stand. Each case names
// its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const word = (label: string, lower: string) => parseLabel(label).words.find((w) => w.lower === lower)

describe('parse: what is to be done to a thing', () => {
  it('reads participles at the end of a label, after their object, as what is done to it', () => {
    expect(word('Keeps the design team’s loan bikes insured and repaired', 'insured')?.place).toBe('function')
    expect(word('Keeps the design team’s loan bikes insured and repaired', 'insured')?.passive).toBe(true)
    expect(word('Gets the broken lockers in the HR corridor replaced', 'replaced')?.place).toBe('function')
  })
})

describe('classify: other departments’ things and occasions', () => {
  it.each([
    ['Keeps the research minibus taxed and insured'],
    ['Gets the leaking boiler in the finance wing fixed'],
    ['Arranges refreshments for the legal team’s client workshop'],
    ['Orders the flowers and seating for the marketing awards dinner'],
    ['Renews the contract with the company that cleans the design studio'],
    ['Oversees the clearance of old monitors from the software team’s floor'],
    ['Arranges the rental of lighting rigs for the product launch'],
    ['Services the delivery vans the sales reps borrow'],
    ['Has the design studio’s kettles descaled and cleaned every week'],
    ['Agrees prices with the wholesaler for the staff canteen']
  ])('"%s" raises no warning', (label) => {
    expect([null, 'operations']).toContain(categoryOf(label))
  })

  it.each([
    ['Helps the loaders stack the cages at the back door', 'individual-tasks'],
    ['Assists the cleaners to mop the canteen after lunch', 'individual-tasks'],
    ['Takes a turn on the checkout when the queue is long', 'individual-tasks'],
    ['Shows each waiter which tables to clear and in what order', 'micromanagement'],
    ['Gives a quote to the local radio station after the flood', 'public-relations'],
    ['Pushes councillors to change the rules on night deliveries', 'government-relations'],
    ['Helps out in the stock room when the shop is busy', 'individual-tasks']
  ])('"%s" is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })

  it('names the occasion’s words and the operational thing as the evidence', () => {
    const c = classifyLabel('Arranges the catering for the board’s away day')
    expect(c.domain).toBe('operations')
    expect(c.evidence).toContain('catering')
  })

  it('names the helping verb and the workers as the evidence for joining in', () => {
    const c = classifyLabel('Helps the drivers unload the trailers')
    expect(c.domain).toBe('hands-on-work')
    expect(c.evidence).toEqual(expect.arrayContaining(['Helps']))
  })
})
