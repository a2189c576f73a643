// Shapes of how work is held and who does it: finished results put in place, modals, words joined by "and", cards with a dash or an arrow.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { parseLabel } from '@shared/rules/nlp/parse'
import { lintChart } from '@shared/rules/lint'
import { readArrowsAndColons } from '@shared/rules/nlp/card-arrows'
import { opsHolding, warned } from './fixtures'

/** Whether the Operations Manager holding this card gets a warning on the chart, whatever mode the card is held in. */
function warnsOnChart(label: string): boolean {
  return lintChart(opsHolding([label])).findings.some((f) => f.dutyId === 'd1' && f.severity !== 'info')
}

describe('a finished result set up on the team’s machines', () => {
  it('reads setting up the press for a signed-off design as putting it in place, not as the team’s work', () => {
    const label = 'Once engineering signs off the new bracket, sets up the press to run it'
    expect(classifyLabel(label).mode).toBe('implement')
    const findings = lintChart(opsHolding([label])).findings.filter((f) => f.dutyId === 'd1' && f.severity !== 'info')
    expect(findings).toEqual([])
  })

  it('still warns on machines set up as a routine, and on the team’s work done in person', () => {
    expect(warned('Sets up the machines every morning for the operators')).toBe('hands-on-work')
    expect(warned('Implements the new sealing method by personally sealing every crate')).toBe('hands-on-work')
  })
})

describe('words that only look like a handover or production', () => {
  it('does not read "short-handed" as something handed over', () => {
    expect(classifyLabel('Drives the forklift whenever the yard crew is short-handed').mode).toBe('do')
    expect(warned('Drives the forklift whenever the yard crew is short-handed')).toBe('hands-on-work')
  })

  it('does not read "works" as a verb as the place things are made', () => {
    expect(warned('Works as a picker on the Saturday rota, moving pallets between aisles')).toBe('hands-on-work')
  })

  it('still reads "manufacturing" a finished design as putting it in place', () => {
    expect(classifyLabel('Starts manufacturing the signed-off lamp design').mode).toBe('implement')
  })
})

describe('words joined by "and"', () => {
  it('reads an -ing word joined to the verb’s object as a second object, not a verb the role does', () => {
    expect(warnsOnChart('Oversees laundry and cleaning through the housekeepers')).toBe(false)
    expect(classifyLabel('Oversees laundry and cleaning through the housekeepers').domain).not.toBe('hands-on-work')
  })

  it('still reads an -ing verb with an object of its own as a verb', () => {
    expect(parseLabel('Manages the rota and cleaning the vans').words.find((w) => w.lower === 'cleaning')?.place).toBe('verb')
    expect(parseLabel('Oversees laundry and cleaning through the housekeepers').words.find((w) => w.lower === 'cleaning')?.place).toBe('head')
  })

})

describe('work done by hand, written with a hyphen', () => {
  it('reads "Hand-washes" and "hand-finishes" as done in person', () => {
    expect(warned('Hand-washes the vans every Friday')).toBe('hands-on-work')
    expect(warned('hand-finishes the oak tables in the workshop')).toBe('hands-on-work')
  })
})

describe('a finished thing introduced', () => {
  it('reads introducing whatever is said to be finished as putting it in place', () => {
    expect(classifyLabel('Introduces the finalised descaling chemistry from the lab at every depot').mode).toBe('implement')
    expect(warnsOnChart('Introduces the finalised descaling chemistry from the lab at every depot')).toBe(false)
  })

  it('still reads introducing an unfinished thing as doing it', () => {
    expect(classifyLabel('Introduces a new descaling chemistry of his own invention').mode).not.toBe('implement')
  })
})

describe('verbs of growing or joining businesses, said of the role’s own things', () => {
  it('reads merging, expanding or acquiring the role’s own things as operations', () => {
    expect(warnsOnChart('Merges the two early shifts into one')).toBe(false)
    expect(warnsOnChart('Expand the weekend crew')).toBe(false)
    expect(warnsOnChart('Acquires two more pallet trucks')).toBe(false)
  })

  it('still warns on merging with, expanding into or acquiring other businesses', () => {
    expect(warned('Merges with a rival bakery chain')).toBe('strategy')
    expect(warned('Acquire a competitor in the south')).toBe('strategy')
    expect(warned('Acquires Baxter Logistics')).toBe('strategy')
    expect(warned('expand the cafés into Wales')).toBe('strategy')
  })
})

describe('a department’s deed, then the role’s part', () => {
  it('reads "Sales close the deals; the OM makes sure …" as the role’s part, with the deal as its occasion', () => {
    expect(warnsOnChart('Sales close the fleet deals; the OM makes sure the workshop delivers them on time')).toBe(false)
  })

  it('reads a team named in two words doing something as the occasion too', () => {
    expect(warnsOnChart('press office drafts the closure statement; I check the opening times in it')).toBe(false)
  })
})

describe('a thing named before a dash or an arrow, then the role’s verbs on "it" or "them"', () => {
  it('reads the thing as what the role works on', () => {
    expect(readArrowsAndColons('Quarterly letters to the shareholders – I draft and post them')).toBe('I draft and post the Quarterly letters to the shareholders')
    expect(warned('media enquiries about the battery recall → ops mgr answers them all')).toBe('public-relations')
  })

  it('reads "them" after a verb of telling as people, not the thing', () => {
    expect(warnsOnChart('public affairs meeting the council on the car park → ops briefs them on delivery times')).toBe(false)
  })
})

describe('each piece of a worker’s work, past a phrase saying where', () => {
  it('reads signing off every weld on every hull before the welder goes on as control of the task', () => {
    expect(warned('Signs off every seam on every hull before the welder can carry on')).toBe('task-control')
  })
})

describe('investors named as a fund', () => {
  it('reads pitching to a venture fund as investor relations', () => {
    expect(warned('Pitches the expansion story to the venture fund')).toBe('investor-relations')
  })
})

describe('a modal after the thing the role sees to', () => {
  it('reads "can" before a verb as a modal, not a noun', () => {
    const words = parseLabel('Ensure the kitchen can serve the extra covers').words
    expect(words.find((w) => w.lower === 'can')?.place).toBe('function')
    expect(words.find((w) => w.lower === 'serve')?.place).toBe('verb')
  })

  it('still reads a can as a thing', () => {
    expect(parseLabel('Empty the oil can').words.find((w) => w.lower === 'can')?.place).toBe('head')
  })
})

describe('the role’s own side seen to cope with a campaign', () => {
  it('reads the campaign only describing what comes in as support for it', () => {
    expect(classifyLabel('Ensure the salon can honour the spring campaign vouchers').mode).toBe('support')
    expect(classifyLabel('Make sure the booking office can handle the extra enquiries from marketing’s radio campaign').mode).toBe('support')
    expect(warnsOnChart('Ensures the workshop can keep the promise marketing puts on the posters')).toBe(false)
  })

  it('still warns when the campaign itself is what is run', () => {
    expect(warned('Ensure the team runs the spring campaign')).toBe('marketing')
  })
})

describe('the selling named as the sales team’s own deed', () => {
  it('reads work kept up to what sales sold as support for it', () => {
    expect(warnsOnChart('Keep the laundry turnaround for the hotel client up to what sales sold them')).toBe(false)
    expect(warnsOnChart('Checks the wedding transport runs on the day as the sales team sold it')).toBe(false)
    expect(classifyLabel('Keeps van stock in step with what the sales team is selling').mode).toBe('support')
  })

  it('still warns when the role does the selling', () => {
    expect(warned('Sells what the sales team sold last year')).toBe('sales')
  })
})

describe('staffing a post, or a whole place', () => {
  it('reads staffing a post one person works as doing the team’s work', () => {
    expect(warned('Staff the returns counter on Saturdays')).toBe('hands-on-work')
    expect(warned('Staffs the car wash kiosk at weekends')).toBe('hands-on-work')
  })

  it('reads staffing a whole place, a queue or extra posts as arranging who works them', () => {
    expect(warnsOnChart('Staff the marina properly over the regatta weekend')).toBe(false)
    expect(warnsOnChart('Staffs the returns queue so parcels get booked in the same day')).toBe(false)
    expect(warnsOnChart('Staff the extra kiosks on cup final day')).toBe(false)
  })
})

describe('the owner named doing it, after "with" or in the passive', () => {
  it('reads "with the comms team fronting them" and "with the clerk doing the keying" as theirs', () => {
    expect(warnsOnChart('Keeps the quay running on open days, with the communications team fronting the press')).toBe(false)
    expect(classifyLabel('Keeps the data entry for delivery notes in check, with the admin clerk doing the keying').mode).toBe('oversee')
  })

  it('reads work "done by" a team as theirs, the words just before it included', () => {
    expect(classifyLabel('Weekly cycle count plan → counting done by the early team').mode).toBe('oversee')
    expect(classifyLabel('Depot paperwork – filling in the trip sheets is done by the office assistant').mode).toBe('oversee')
  })

  it('still warns when the role does the work beside the owner’s', () => {
    expect(warned('Packing is done by the agency crew, I do the picking')).toBe('hands-on-work')
  })
})

describe('the role’s side joined to a department, and what the role sees fits', () => {
  it('reads "ops + IT: make sure the upgrade suits the loading sequence" as working with IT', () => {
    expect(classifyLabel('Depot ops + IT: make sure the scanner upgrade suits the picking sequence').mode).toBe('coordinate')
  })
})

describe('a finished design installed, and advice from legal', () => {
  it('reads installing a finished design as putting it in place', () => {
    expect(classifyLabel('Install the finished chair design in the new lecture hall').mode).toBe('implement')
  })

  it('does not read commissioning a design as putting it in place, nor a department that advises as its owner', () => {
    expect(warned('Commission the final packaging design from an outside agency')).toBe('product-design')
    expect(warned('I write the press releases – PR advises on tone')).toBe('public-relations')
  })
})

describe('what these shapes leave alone', () => {
  it('still reads the team’s work done to fill a gap as done, whatever particle its verb takes', () => {
    expect(warned('Brings up the kegs from the cellar when the bar team is short')).toBe('hands-on-work')
    expect(warned('Moves out the old stock to the skip when the porters are off')).toBe('hands-on-work')
  })

  it('still reads buying or growing other businesses as strategy', () => {
    expect(warned('Acquires two local bakeries')).toBe('strategy')
    expect(warned('expand the cafés into new regions')).toBe('strategy')
    expect(warned('Merge our bakery with the competitor’s unit on the estate')).toBe('strategy')
  })

  it('reads a crew grown with agency staff, and deliveries merged, as the role’s own', () => {
    expect(warnsOnChart('Expand the weekend crew with agency staff')).toBe(false)
    expect(warnsOnChart('Merges the Tuesday and Thursday deliveries')).toBe(false)
  })

  it('does not read the role’s own work as the owner’s when something is also "done by" others', () => {
    expect(warned('Counts the stock every Friday, the recount done by the night team')).toBe('hands-on-work')
  })

  it('does not read a department before "ops" as the role’s side', () => {
    expect(warned('Marketing ops + IT: make sure the new CRM fits the campaign calendar')).not.toBeNull()
  })

  it('reads the team’s work as done when a worker is off, even where it goes is a factory', () => {
    expect(warned('Moves out the old stock from the factory when the porters are off')).toBe('hands-on-work')
  })

  it('reads the helpline, a stall, the box office and front of house as posts one person works, not a whole shop', () => {
    expect(warned('Staff the helpline on Saturdays')).toBe('hands-on-work')
    expect(warned('Staff the stall at the farmers market')).toBe('hands-on-work')
    expect(warned('Staff the box office on match days')).toBe('hands-on-work')
    expect(warned('Staff the front of house on Sundays')).toBe('hands-on-work')
    expect(warned('Staff front of house on Sundays')).toBe('hands-on-work')
    expect(warnsOnChart('Staff the shop properly over the sale weekend')).toBe(false)
  })

  it('does not read "before" a meeting as each piece held up for the role', () => {
    expect(warnsOnChart('Reads every review on the booking site before the Monday meeting')).toBe(false)
    expect(warned('Checks every weld on the hull before the welder moves on')).toBe('task-control')
  })

  it('keeps a modal in the clause of the phrase it follows', () => {
    const words = parseLabel('Ensure the kitchen can serve the extra covers').words
    const clauseOf = (w: string): number | undefined => words.find((x) => x.lower === w)?.clause
    expect(clauseOf('can')).toBe(clauseOf('kitchen'))
    expect(clauseOf('serve')).toBe(clauseOf('kitchen'))
  })
})

describe('picking what to work on', () => {
  it('reads picking the things, issues or areas to fix as choosing, not picking stock', () => {
    expect(warnsOnChart('Reads the complaint figures each month and picks the three issues to fix first')).toBe(false)
    expect(warnsOnChart('picks the two areas to improve next quarter')).toBe(false)
    expect(warned('Picks the mezzanine area on Saturdays')).toBe('hands-on-work')
  })

  it('still reads picking goods as the team’s work', () => {
    expect(warned('Picks the online orders each morning')).toBe('hands-on-work')
  })
})

describe('misspellings cards often carry', () => {
  it('reads "schedual" as a schedule and "recieve" as receive', () => {
    expect(warnsOnChart('Hoovering schedual for the treatment rooms')).toBe(false)
    expect(parseLabel('recieve the pallets at goods-in').words.some((w) => w.lemma === 'receive')).toBe(true)
  })
})

describe('investors visiting a site', () => {
  it('reads hosting the investors’ site visit as investor relations, not site work', () => {
    expect(warned('Hosts the investors’ site visit at the bottling plant')).toBe('investor-relations')
  })
})

describe('quotes where the press is named', () => {
  it('reads quotes given with the press named as words for the papers', () => {
    expect(warned('Press enquiries on the closure – I give the quotes')).toBe('public-relations')
  })

  it('still reads quotes for customers as prices', () => {
    expect(warned('Prepare quotes for new customers')).toBe('sales')
  })
})

describe('a department named doing its own work, in a clause about what the role readies', () => {
  it('reads staffing an event marketing is advertising as support for it', () => {
    expect(warnsOnChart('Staff and run the open farm day that marketing is advertising')).toBe(false)
    expect(classifyLabel('Opens the car park early for the fun run the marketing team is promoting').mode).toBe('support')
  })

  it('still warns when the role writes the department’s work', () => {
    expect(warned('Write the ads for the sale that marketing is running')).toBe('marketing')
  })
})

describe('what is logged, then the department chased about it', () => {
  it('reads logging a fault and chasing IT as working with IT', () => {
    expect(classifyLabel('Patchy wifi in the hall → log it & chase IT').mode).toBe('coordinate')
    expect(warnsOnChart('log the scanner dropouts and chase IT')).toBe(false)
  })

  it('still warns when the role builds the thing itself', () => {
    expect(warned('Log the new app features and build them, chase IT')).toBe('it-software')
  })
})

describe('a topic, a colon, then a list of its parts', () => {
  it('reads the list as the topic’s parts, not as work that opens with a verb', () => {
    expect(warnsOnChart('Stockroom budget: shelving, labels, couriers')).toBe(false)
    expect(warnsOnChart('Changeover plan at the quay: unload, wash down, reload in 30 min')).toBe(false)
  })

  it('still reads the list as the topic’s own work where the topic is another department’s', () => {
    expect(warned('Spring newsletter campaign: plan it, write it, send it (me)')).toBe('marketing')
  })
})

describe('"crew" naming the people before a noun of planning', () => {
  it('reads "Crew training calendar" and "Crew rotation plan" as plans, not crewing', () => {
    expect(warnsOnChart('Crew training needs analysis for the depots')).toBe(false)
    expect(warnsOnChart('Crew training calendar for the winter')).toBe(false)
    expect(warnsOnChart('Crew rotation plan for the summer')).toBe(false)
  })

  it('still reads crewing a boat as the team’s work', () => {
    expect(warned('Crew the boat on Saturdays')).toBe('hands-on-work')
  })
})
