import { describe, expect, it } from 'vitest'
import { CATALOGUE, cardById, catalogueGroups } from '@shared/catalogue/cards'
import { CARD_KINDS } from '@shared/model/chart'
import { CATEGORY_IDS, OUT_OF_SCOPE_IDS } from '@shared/rules/categories'

const duties = CATALOGUE.filter((c) => c.kind === 'duty')
const functions = CATALOGUE.filter((c) => c.kind === 'function')
const byLabel = new Map(CATALOGUE.map((c) => [c.label, c]))

describe('the built-in catalogue', () => {
  it('has at least 130 cards with unique, well-formed ids', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(130)
    const ids = CATALOGUE.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^card-[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('uses short, trimmed, distinct labels that fit on a chip', () => {
    for (const c of CATALOGUE) {
      expect(c.label.length, c.id).toBeGreaterThan(0)
      expect(c.label.length, c.id).toBeLessThanOrEqual(60)
      expect(c.label.trim(), c.id).toBe(c.label)
    }
    const lower = CATALOGUE.map((c) => `${c.kind}:${c.label.toLowerCase()}`)
    expect(new Set(lower).size).toBe(lower.length)
  })

  it('gives every card a known kind and category', () => {
    for (const c of CATALOGUE) {
      expect(CARD_KINDS, c.id).toContain(c.kind)
      expect(CATEGORY_IDS as readonly string[], c.id).toContain(c.category)
    }
  })

  it('covers every out-of-scope category with at least four duties', () => {
    for (const category of OUT_OF_SCOPE_IDS) {
      expect(duties.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(4)
    }
  })

  it('offers at least 35 in-scope operations duties', () => {
    expect(duties.filter((c) => c.category === 'operations').length).toBeGreaterThanOrEqual(35)
  })

  it.each([
    ['Operations', 'operations'],
    ['Logistics', 'operations'],
    ['Procurement', 'operations'],
    ['Supply Chain', 'operations'],
    ['Quality', 'operations'],
    ['Facilities', 'operations'],
    ['Health & Safety', 'operations'],
    ['Customer Service', 'operations'],
    ['Marketing', 'marketing-campaigns'],
    ['Sales', 'customer-sales'],
    ['Human Resources', 'hr-beyond-operations'],
    ['Finance', 'major-finance'],
    ['Legal', 'legal-compliance'],
    ['IT', 'software-it'],
    ['Software Development', 'software-it'],
    ['Product', 'product-design'],
    ['R&D', 'research-development'],
    ['Public Relations', 'public-relations'],
    ['Investor Relations', 'investor-relations'],
    ['Government Relations', 'government-relations'],
    ['Administration', 'clerical-admin'],
    ['Strategy', 'strategy-vision'],
    ['Project Management', 'non-operational-projects']
  ])('has a %s function card in category %s', (label, category) => {
    const card = functions.find((c) => c.label === label)
    expect(card).toBeDefined()
    expect(card?.category).toBe(category)
    expect(card?.group).toBe(label)
  })

  it.each([
    ['Schedule warehouse shifts', 'operations'],
    ['Reduce waste in production', 'operations'],
    ['Identify training needs in the team', 'operations'],
    ['Align order fulfilment with marketing promises', 'operations'],
    ['Assess operational feasibility of strategies', 'operations'],
    ['Cost-benefit analysis of operational improvements', 'operations'],
    ['Discipline direct reports', 'operations'],
    ['Work with IT so systems support operations', 'operations'],
    ['Keep processes compliant with regulations', 'operations'],
    ['Implement finalized product designs in production', 'operations'],
    ['Provide operational data to investors', 'operations'],
    ['Write press releases', 'public-relations'],
    ['Negotiate salaries', 'hr-beyond-operations'],
    ['Recruit new hires', 'hr-beyond-operations'],
    ['Design marketing campaigns', 'marketing-campaigns'],
    ['Build the mobile app', 'software-it'],
    ['Manage servers', 'software-it'],
    ['Lobby government officials', 'government-relations'],
    ['Pitch to investors', 'investor-relations'],
    ['Sell to key accounts', 'customer-sales'],
    ['Answer phones', 'clerical-admin'],
    ['Data entry', 'clerical-admin'],
    ['Approve every task of each employee', 'micromanagement'],
    ['Manage the marketing campaign project', 'non-operational-projects']
  ])('files the duty "%s" under %s', (label, category) => {
    const card = byLabel.get(label)
    expect(card?.kind).toBe('duty')
    expect(card?.category).toBe(category)
  })
})

describe('cardById', () => {
  it('finds every card by its id and nothing for an unknown id', () => {
    for (const c of CATALOGUE) expect(cardById(c.id)).toBe(c)
    expect(cardById('card-does-not-exist')).toBeUndefined()
    expect(cardById('__proto__')).toBeUndefined()
  })
})

describe('catalogueGroups', () => {
  const groups = catalogueGroups()

  it('puts every card in exactly one group, named after its business function', () => {
    const all = [...groups.values()].flat()
    expect(all.length).toBe(CATALOGUE.length)
    expect(new Set(all.map((c) => c.id)).size).toBe(CATALOGUE.length)
    for (const [name, cards] of groups) for (const c of cards) expect(c.group).toBe(name)
  })

  it('leads each group with its function card, followed by duties only', () => {
    for (const [name, cards] of groups) {
      expect(cards[0].kind, name).toBe('function')
      expect(cards[0].label, name).toBe(name)
      expect(cards.slice(1).every((c) => c.kind === 'duty'), name).toBe(true)
    }
  })

  it('lists groups in the order of their function cards', () => {
    expect([...groups.keys()]).toEqual(functions.map((f) => f.group))
  })

  it('groups any card list, putting function cards first even when they come last', () => {
    const [fn, duty] = [functions[0], duties.find((d) => d.group === functions[0].group)!]
    const custom = catalogueGroups([duty, fn])
    expect(custom.get(fn.group)).toEqual([fn, duty])
  })
})
