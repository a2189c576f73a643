// Shapes read from where words stand: hyphened little words, relative and contact
// clauses, handing work to a person, winning buyers over, pay set for people, choosing
// what goes into a piece of work, outlets named as papers, and watching people at their
// work. Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const word = (label: string, lower: string) => parseLabel(label).words.find((w) => w.lower === lower)

describe('parse: little words and later clauses', () => {
  it('reads a little word hyphened to the next as part of a name, not a preposition', () => {
    expect(word('Reports weekly on-time dispatch rates', 'on')?.place).toBe('mod')
    expect(word('Reports weekly on-time dispatch rates', 'weekly')?.place).toBe('mod')
    expect(word('Runs the in-house print shop', 'in')?.prep).toBeUndefined()
  })

  it('reads the verb of a relative clause opened by "that" before a particle', () => {
    expect(word('Manages the store room that gives out safety boots', 'gives')?.place).toBe('verb')
    expect(word('Manages the store room that gives out safety boots', 'gives')?.clause).toBe(1)
  })

  it('reads a contact clause after one noun that acts, and after "each"', () => {
    expect(word('Files the forms the school sends to parents', 'sends')?.place).toBe('verb')
    expect(word('Checks the stock every porter counts at night', 'counts')?.clause).toBe(1)
    // "the office supplies": a thing, not a subject and its verb.
    expect(word('Orders the office supplies for the reception', 'supplies')?.place).toBe('head')
  })

  it('reads "to court" as a place, and an -ing verb after people before a preposition as a clause about them', () => {
    expect(word('Takes a former tenant to court over unpaid rent', 'court')?.place).not.toBe('verb')
    expect(word('Issues visitor badges to engineers working on the new software floor', 'working')?.clause).toBe(1)
    expect(word('Supervises the post team handing out parcels to the design studio', 'handing')?.clause).toBe(1)
  })

  it('reads a state kept after its object as no noun ("keeps the lifts working")', () => {
    expect(word('Keeps the lifts working', 'lifts')?.place).toBe('head')
    expect(word('Keeps the lifts working', 'working')?.place).toBe('function')
  })

  it('reads publishing a statement as doing it, not implementing it', () => {
    expect(classifyLabel('Puts out a statement on the news story about the recall').mode).toBe('do')
  })

  it('reads a first word before a particle and a noun phrase as a phrasal verb', () => {
    expect(word('Calls up regular diners to fill empty tables', 'calls')?.place).toBe('verb')
  })
})

describe('classify: in scope', () => {
  it.each([
    ['Hands the scanning backlog to the records clerk'],
    ['Passes the invoice matching to the accounts assistants'],
    ['Sends quarterly on-time shipping figures to investor relations'],
    ['Runs the mail room that sends out the fundraising appeals'],
    ['Looks after the depot that stores the marketing team’s roadshow trailers'],
    ['Issues visitor badges to engineers working on the new software floor'],
    ['Buys the paint the design studio uses for its models'],
    ['Books a van for the clear-out of the old HR storeroom'],
    ['Gets the temp to do the photocopying on Fridays'],
    ['Bleeds the radiators in the marketing suite before winter'],
    ['Chases the insurance claim for the storm damage to the reception area'],
    ['Supervises the stores team issuing tablets to the new field engineers'],
    ['Makes sure the data centre’s server hall is locked every evening'],
    ['Reports faults with the picking app to the IT support portal']

  ])('"%s" raises no warning', (label) => {
    expect([null, 'operations']).toContain(categoryOf(label))
  })

  it('reads getting someone else to do the team’s work as oversight', () => {
    expect(classifyLabel('Gets the temp to do the photocopying on Fridays').mode).toBe('oversee')
    expect(classifyLabel('Gets on the checkout to serve customers').mode).not.toBe('oversee')
  })

  it('reads sharing the team’s work out to someone named as oversight', () => {
    expect(classifyLabel('Chooses which filing jobs go to the weekend temp').mode).toBe('oversee')
  })

  it('reads handing work to a person as oversight', () => {
    expect(classifyLabel('Hands the scanning backlog to the records clerk').mode).toBe('oversee')
  })
})

describe('classify: out of scope in plain words', () => {
  it.each([
    ['Phones lapsed customers to persuade them to come back', 'customer-sales'],
    ['Calls up regular diners to get them to book again', 'customer-sales'],
    ['Settles how much the care assistants are paid', 'hr-beyond-operations'],
    ['Chooses the music for the new radio advert', 'marketing-campaigns'],
    ['Drafts the contracts the charity signs with its donors', 'legal-compliance'],
    ['Talks to the evening paper about the store closures', 'public-relations'],
    ['Hovers over the trainee cooks while they plate every dish', 'micromanagement'],
    ['Makes the cashiers ask her before each refund', 'micromanagement'],
    ['Codes the self-service kiosks to accept the new vouchers', 'software-it'],
    ['Chooses who is appointed to the new supervisor posts', 'hr-beyond-operations'],
    ['Decides which regions the business should trade in from next year', 'strategy-vision'],
    ['Persuades the garden centres to stock the new compost', 'customer-sales'],
    ['Gets local cafés to order our coffee beans', 'customer-sales'],
    ['Plans how the business pays for its second bakery', 'major-finance'],
    ['Dreams up the look of the new range of lamps', 'product-design'],
    ['Decides what the charity will look like in ten years', 'strategy-vision'],
    ['Looks into staff complaints about their line managers', 'hr-beyond-operations'],
    ['Decides whether the group should sell its printing arm', 'strategy-vision'],
    ['Finds lenders to finance the second cold store', 'major-finance'],
    ['Bakes the bread when the baker is off', 'individual-tasks'],
    ['Fixes the office wifi network when staff cannot log on', 'software-it'],
    ['Gives a statement to radio reporters about the closure', 'public-relations'],
    ['Picks the overseas markets the group should expand into', 'strategy-vision'],
    ['Writes up the notes from each board meeting', 'clerical-admin'],
    ['Decides where the business wants to be by 2040', 'strategy-vision'],
    ['Picks the presenter for the new TV advert', 'marketing-campaigns'],
    ['Calls round nearby offices to sell them lunch deliveries', 'customer-sales']
  ])('"%s" is %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })

  it('does not read persuading officials as selling', () => {
    expect(categoryOf('Persuades local councillors to approve the night deliveries')).not.toBe('customer-sales')
  })

  it('does not read "on paper" or what suppliers are paid as those shapes', () => {
    expect(categoryOf('Sets out the delivery plan on paper for the drivers')).not.toBe('public-relations')
    expect(categoryOf('Decides how much the cleaning contractors get paid per visit')).not.toBe('hr-beyond-operations')
  })

  it('names the words that decided the shape', () => {
    const c = classifyLabel('Settles how much the care assistants are paid')
    expect(c.evidence.join(' ')).toMatch(/paid/)
  })
})
