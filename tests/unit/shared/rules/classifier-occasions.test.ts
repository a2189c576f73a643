// More signals read from where words stand: what a verb of ensuring governs, relative
// clauses, phrases of time, what is given to whom, limits, names of outside bodies, and
// projects owned by a department. Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const word = (label: string, lower: string) => parseLabel(label).words.find((w) => w.lower === lower)

describe('parse: clauses of others’ doing', () => {
  it('reads the verb after "ensure" + a noun phrase as that phrase’s doing, in the clause ensured', () => {
    const verb = word('Ensures spare parts reach the night engineers by six', 'reach')
    expect(verb?.place).toBe('verb')
    expect(verb?.clause).toBeGreaterThan(0)
    expect(word('Ensures spare parts reach the night engineers by six', 'parts')?.ensured).toBe(true)
  })

  it('opens a relative clause after a noun ("the courier that collects the samples")', () => {
    expect(word('Manages the courier that collects the samples', 'collects')?.clause).toBeGreaterThan(0)
  })

  it('keeps a base-form word after "and" a noun when the verb is written "-s"', () => {
    expect(word('Services the conveyors and pallet wrappers', 'pallet')?.place).not.toBe('verb')
    expect(word('Checks the trailers and seals the doors', 'seals')?.place).toBe('verb')
  })

  it('reads a reflexive as saying who does it', () => {
    expect(word('Clears the blocked chute himself', 'himself')?.place).toBe('mod')
  })
})

describe('classify: occasions, recipients and owners', () => {
  it.each([
    ['Keeps the outlet stores stocked during the brand team’s summer promotion'],
    ['Books extra drivers ahead of the investor open day'],
    ['Gives the product engineers a list of parts that jam on the line'],
    ['Provides the recruitment team with weekend shift patterns for adverts'],
    ['Works with the company’s solicitors on a claim from a haulier'],
    ['Ensures the press kits the PR team needs reach the venue in time'],
    ['Puts the laboratory’s revised cleaning method into everyday use'],
    ['Turns the new five-year plan into quarterly targets for each depot'],
    ['Signs off each purchase order over £10,000 for the site'],
    ['Picks a courier firm for the overnight parts run'],
    ['Plans cover for the reception desk over the bank holiday']
  ])('"%s" raises no warning', (label) => {
    expect([null, 'operations']).toContain(categoryOf(label))
  })

  it.each([
    ['Scrum master for the web development team', 'non-operational-projects'],
    ['Demands to approve every quote the estimators send', 'micromanagement'],
    ['Makes the pickers ask permission before each break', 'micromanagement'],
    ['Carries out field research into new crop varieties', 'research-development'],
    ['Represents the company at meetings with the Ministry of Justice', 'government-relations'],
    ['Decides whether the group should expand into Poland', 'strategy-vision'],
    ['Does the picking on the mezzanine at weekends', 'individual-tasks'],
    ['Runs a till in the café at lunchtime', 'individual-tasks'],
    ['Negotiates the company’s new invoice finance facility', 'major-finance']
  ])('"%s" is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })

  it('says which words decided a contribution to a team: the giving verb and the people given to', () => {
    const c = classifyLabel('Gives the sales team a weekly picture of stock on hand')
    expect(c.mode).toBe('contribute')
    expect(c.modeCue).toEqual(['Gives', 'sales'])
  })
})
