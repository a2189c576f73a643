// Shapes of how work is held and who does it: finished results put in place, modals, words joined by "and", cards with a dash or an arrow.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { parseLabel } from '@shared/rules/nlp/parse'
import { lintChart } from '@shared/rules/lint'
import { opsHolding, warned } from './fixtures'

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
    expect(warned('Oversees laundry and cleaning through the housekeepers')).toBeNull()
    expect(classifyLabel('Oversees laundry and cleaning through the housekeepers').domain).not.toBe('hands-on-work')
  })

  it('still reads an -ing verb with an object of its own as a verb', () => {
    expect(warned('Manages the rota and cleaning the vans')).toBeNull()
    expect(classifyLabel('Manages the rota and cleaning the vans').evidence).toContain('cleaning')
  })

  it('reads a known verb in "-s" after a phrase’s noun as the clause’s next verb', () => {
    expect(warned('Speaks for the yard at the harbour board’s review and lobbies for lower dues')).toBe('government-relations')
  })

  it('leaves a plural noun after a phrase’s noun as a second object', () => {
    expect(warned('Orders paper for the office and boxes for the shop')).toBeNull()
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
    expect(warned('Introduces the finalised descaling chemistry from the lab at every depot')).toBeNull()
  })

  it('still reads introducing an unfinished thing as doing it', () => {
    expect(classifyLabel('Introduces a new descaling chemistry of his own invention').mode).not.toBe('implement')
  })
})

describe('verbs of growing or joining businesses, said of the role’s own things', () => {
  it('reads merging, expanding or acquiring the role’s own things as operations', () => {
    expect(warned('Merges the two early shifts into one')).toBeNull()
    expect(warned('Expand the weekend crew')).toBeNull()
    expect(classifyLabel('Acquires two more pallet trucks').domain).not.toBe('strategy')
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
    expect(warned('Sales close the fleet deals; the OM makes sure the workshop delivers them on time')).toBeNull()
  })

  it('reads a team named in two words doing something as the occasion too', () => {
    expect(warned('press office drafts the closure statement; I check the opening times in it')).toBeNull()
  })
})

describe('a thing named before a dash or an arrow, then the role’s verbs on "it" or "them"', () => {
  it('reads the thing as what the role works on', () => {
    expect(warned('Quarterly letters to the shareholders – the ops manager drafts and posts them')).toBe('investor-relations')
    expect(warned('media enquiries about the battery recall → ops mgr answers them all')).toBe('public-relations')
  })

  it('reads "them" after a verb of telling as people, not the thing', () => {
    expect(warned('public affairs meeting the council on the car park → ops briefs them on delivery times')).toBeNull()
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
    expect(warned('Makes sure the tills can take the extra custom from marketing’s half-term campaign')).toBeNull()
    expect(warned('Ensures the workshop can keep the promise marketing puts on the posters')).toBeNull()
  })

  it('still warns when the campaign itself is what is run', () => {
    expect(warned('Ensure the team runs the spring campaign')).toBe('marketing')
  })
})

describe('the selling named as the sales team’s own deed', () => {
  it('reads work kept up to what sales sold as support for it', () => {
    expect(warned('Keep the laundry turnaround for the hotel client up to what sales sold them')).toBeNull()
    expect(warned('Checks the wedding transport runs on the day as the sales team sold it')).toBeNull()
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
    expect(warned('Staff the marina properly over the regatta weekend')).toBeNull()
    expect(warned('Staffs the returns queue so parcels get booked in the same day')).toBeNull()
    expect(warned('Staff extra ticket kiosks for the cup final')).toBeNull()
  })
})

describe('the owner named doing it, after "with" or in the passive', () => {
  it('reads "with the comms team fronting them" and "with the clerk doing the keying" as theirs', () => {
    expect(warned('Keeps the quay running on open days, with the communications team fronting the press')).toBeNull()
    expect(classifyLabel('Oversight of the data entry for delivery notes, with the admin clerk doing the keying').mode).toBe('oversee')
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
    expect(classifyLabel('Install and commission the finished loading-dock design').mode).toBe('implement')
  })

  it('reads legal named as who advises as the owner of the law', () => {
    expect(classifyLabel('Check our burial records meet the regs – legal advises on the law').mode).toBe('support')
  })
})
