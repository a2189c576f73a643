// Signals that decide a card by its shape rather than by one word: words read in the
// right place (a subject pronoun's clause, a trailing adverb, a list of nouns, a place
// or destination), doing the team's work by hand or beside them, appearing in public,
// control over people versus over things, and ways of holding work (asking, seeing that
// others have what they need, setting up a team's system). Each case names its signal.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'
import { stem } from '@shared/rules/text'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const word = (label: string, lower: string) => parseLabel(label).words.find((w) => w.lower === lower)

describe('parse: more places words stand', () => {
  it('opens a clause at a subject pronoun and at "whenever"', () => {
    expect(word('Does the same checks as the inspectors she manages', 'manages')?.clause).toBeGreaterThan(0)
    expect(word('Covers the gatehouse whenever a guard calls in sick', 'guard')?.clause).toBeGreaterThan(0)
  })

  it('reads a verb-looking word straight after the verb, and items of a noun list, as nouns', () => {
    expect(word('Improve pack rates on the mezzanine', 'pack')?.place).toBe('mod')
    expect(word('Selects paints, tiles and finishes for the showroom', 'finishes')?.place).not.toBe('verb')
  })

  it('reads no verb straight after a preposition', () => {
    expect(word('Sends the banners to trade fairs', 'trade')?.place).not.toBe('verb')
  })

  it('keeps short -ll words apart from their look-alikes', () => {
    expect(stem('fill')).not.toBe(stem('file'))
    expect(stem('labelled')).toBe(stem('label'))
  })
})

describe('classify: shapes', () => {
  it.each([
    ['Physically shrink-wraps pallets on busy days', 'individual-tasks'],
    ['Serves breakfast alongside the waiters when the hotel is full', 'individual-tasks'],
    ['Sorts the returns by hand on Mondays', 'individual-tasks'],
    ['Appears on regional television to talk about the factory', 'public-relations'],
    ['Gives podcast interviews about the brand', 'public-relations'],
    ['Times every operator’s tea breaks', 'micromanagement'],
    ['Advises the directors on data protection law', 'legal-compliance']
  ])('"%s" is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })

  it.each([
    ['Inspects every loading bay door each morning'],
    ['Checks each haulier’s on-time record every month'],
    ['Runs the heating and lighting contracts in the design studios'],
    ['Sends the display stands to trade fairs'],
    ['Buys monitors and headsets for the new call-centre starters'],
    ['Cleans up the master stock records'],
    ['Picks which carriers get the Scottish lanes'],
    ['Makes sure the payroll clerks are trained on the new forms'],
    ['Proposes a new racking project for the capital plan'],
    ['Makes sure drivers have tablets and logins before go-live'],
    ['Raises HR tickets when contracts for new starters are late'],
    ['Sets up the document system the admin team uses for customs paperwork']
  ])('"%s" raises no warning', (label) => {
    expect([null, 'operations']).toContain(categoryOf(label))
  })

  it('says which words decided: the hands-on shape names the verb and the people it joins', () => {
    const c = classifyLabel('Lays paving with the ground crew')
    expect(c.domain).toBe('hands-on-work')
    expect(c.evidence.join(' ')).toMatch(/Lays/)
    expect(c.evidence.join(' ')).toMatch(/crew/)
  })
})
