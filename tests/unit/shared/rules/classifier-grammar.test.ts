// The grammatical signals the classifier reads, one per case: where a word stands
// (subordinate clause, "of" phrase, beneficiary, noun phrase), how the role holds the
// work (passive consultation, a verbless mode noun, a result arriving finished) and the
// shapes of control and selling. Each case names the signal it pins down.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category

describe('parse: where words stand', () => {
  it('opens a later clause at "once", "when" and "so that"', () => {
    const words = parseLabel('Switch the line to the new tooling once quality signs it off').words
    expect(words.find((w) => w.lower === 'quality')?.clause).toBeGreaterThan(0)
  })

  it('reads no verb right after a determiner, and a participle before a noun as describing it', () => {
    const words = parseLabel('Stock the approved spare parts for the redesigned pumps').words
    expect(words.find((w) => w.lower === 'redesigned')?.place).not.toBe('verb')
    expect(words.find((w) => w.lower === 'approved')?.place).not.toBe('verb')
  })

  it('gives a verb the particle that stands after its object', () => {
    const hand = parseLabel('Hand the weekly filing over to the office junior').words[0]
    expect(hand.particle).toBe('over')
  })

  it('marks a passive participle, and folds "re-" into the plain verb', () => {
    expect(parseLabel('Is consulted on depot openings').words.find((w) => w.lower === 'consulted')?.passive).toBe(true)
    expect(parseLabel('Re-pack damaged cartons').words[0].keys).toContain(parseLabel('Pack damaged cartons').words[0].keys[0])
  })

  it('notes the noun an "of" phrase hangs on', () => {
    const words = parseLabel('Storage of the marketing team’s exhibition stands').words
    expect(words.find((w) => w.lower === 'exhibition')?.ofHead).toBe(0)
  })
})

describe('modes: how the work is held', () => {
  it.each([
    ['Is consulted on the workability of the proposed merger for the plants', 'contribute'],
    ['Delegation of invoice filing to the accounts clerks', 'oversee'],
    ['Start producing the new blender range once the designers release it', 'implement'],
    ['Countersign the expense claims typed up by the office team', 'oversee'],
    ['Submit the capex request for a second dock leveller to finance', 'contribute']
  ])('"%s" is held as %s', (label, mode) => {
    expect(classifyLabel(label).mode).toBe(mode)
  })
})

describe('domains: words that decide only where they stand', () => {
  it.each([
    ['Procure lab gloves and goggles for the chemistry laboratory', 'operations'],
    ['Distribution of the marketing department’s trade-show kit', 'operations'],
    ['Raise broken scanner tickets with the IT service desk', 'operations'],
    ['Inspect every delivery vehicle before the morning run', 'operations'],
    ['Review haulier performance every month', 'operations']
  ])('"%s" is not out of scope (counts as %s, or says too little)', (label, category) => {
    expect([category, null]).toContain(categoryOf(label))
  })

  it.each([
    ['Reads the drivers’ text messages to see what they are saying', 'micromanagement'],
    ['Talks walk-in customers into extended warranties', 'customer-sales'],
    ['Suggest premium upgrades to callers who are existing clients', 'customer-sales'],
    ['Fronts the company in interviews with the regional press', 'public-relations'],
    ['Project lead for the finance department’s ledger migration', 'non-operational-projects']
  ])('"%s" is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })
})
