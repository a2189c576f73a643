import { describe, expect, it } from 'vitest'
import { CATEGORIES, categoryOf, notResponsibleFor, OUT_OF_SCOPE_IDS } from '@shared/rules/categories'

describe('category table', () => {
  it('has the sixteen out-of-scope categories plus operations, each explained', () => {
    expect(OUT_OF_SCOPE_IDS).toHaveLength(16)
    expect(CATEGORIES.size).toBe(17)
    for (const c of CATEGORIES.values()) {
      expect(c.title.length).toBeGreaterThan(0)
      expect(c.reason.length).toBeGreaterThan(20)
      expect(c.owner.length).toBeGreaterThan(0)
      expect(c.instead.length).toBeGreaterThan(10)
    }
  })

  it.each([
    ['hr-beyond-operations', 'HR Manager', true],
    ['hr-beyond-operations', 'Head of People', true],
    ['marketing-campaigns', 'Marketing Manager', true],
    ['strategy-vision', 'Managing Director', true],
    ['strategy-vision', 'Product Owner', false],
    ['major-finance', 'CFO', true],
    ['major-finance', 'Stock Controller', false],
    ['software-it', 'IT Lead', true],
    ['legal-compliance', 'General Counsel', true],
    ['customer-sales', 'Key Account Manager', true],
    ['clerical-admin', 'Administrative Assistant', true],
    ['public-relations', 'Communications Manager', true]
  ] as const)('%s is usually owned by a "%s": %s', (id, title, owns) => {
    expect(categoryOf(id).ownerTitles.some((p) => p.test(title.toLowerCase()))).toBe(owns)
  })
})

describe('notResponsibleFor', () => {
  it('lists every out-of-scope category with its owner for an Operations Manager', () => {
    const items = notResponsibleFor('operations-manager')
    expect(items.map((i) => i.id)).toEqual([...OUT_OF_SCOPE_IDS])
    expect(items.find((i) => i.id === 'hr-beyond-operations')?.owner).toBe('HR')
  })

  it('is empty for other roles', () => {
    expect(notResponsibleFor('other')).toEqual([])
  })
})
