// Whose work it is, named doing it; systems fitted to how the work is done; measures; things
// said aloud; faults raised with their owner; teams told what happened; cases put to
// government; campaigns' promises met; people made to answer to the role; and cards whose
// arrows, "=" and colons name what the work is about or whose it is. Each case names its
// signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'
import { readCardWording } from '@shared/rules/nlp/card-wording'

describe('the owner named doing its part', () => {
  it('leaves the role the operational part', () => {
    expect(warned('press day for journalists: stands built and floor clear')).toBe('public-relations')
    expect(classifyLabel('press day for journalists: stands built and floor clear, the PR agency runs it').mode).toBe('support')
    expect(classifyLabel('press day for journalists: stands built and floor clear, run by the PR agency').mode).toBe('support')
    expect(warned('forecourt clear and staff briefed for the shareholder tour, CEO does the talking')).toBeNull()
    expect(warned('hall laid out for the minister visit arranged by public affairs')).toBeNull()
  })

  it('is oversight when a team of the role’s does the desk or hands-on work', () => {
    expect(classifyLabel('data entry of the delivery notes -> admin clerk does it, I check the totals').mode).toBe('oversee')
  })

  it('does not hide the same work named for the role after it', () => {
    expect(warned('the crew does the unloading, I do the stacking myself')).toBe('hands-on-work')
  })
})

describe('systems fitted to how the work is done', () => {
  it('is coordination with the department worked with', () => {
    expect(classifyLabel('Work with the IT vendor so the new booking software matches how the desk takes calls').mode).toBe('coordinate')
  })
})

describe('measures', () => {
  it('reads work named as a rate or a share as a figure, not the work', () => {
    expect(warned('weekly scorecard: pallets/hr, re-pick %, late loads')).toBeNull()
    expect(warned('wrap 200 pallets per hour myself')).toBe('hands-on-work')
  })

  it('reads minutes of time as time, not meeting minutes', () => {
    expect(warned('give the designers changeover minutes for the new mould')).toBeNull()
    expect(warned('take the minutes at the board meeting')).toBe('clerical')
  })
})

describe('shorthand', () => {
  it('reads w/ as with and till before a clause as until', () => {
    expect(classifyLabel('scanner app keeps crashing -> raise w/ IT').mode).toBe('coordinate')
    expect(warned('keep the hosts on paper tickets till they fix it')).toBeNull()
  })

  it('keeps a typo’s first letter', () => {
    expect(warned('hand-sort the bales on the belt')).toBe('hands-on-work')
  })
})

describe('faults and the department that fixes them', () => {
  it('reads a fault before an arrow as the occasion', () => {
    expect(readCardWording('label printer down -> log it with IT')).toBe('log it with IT when label printer is down')
    expect(warned('till software crashed -> log it with IT support')).toBeNull()
  })
})

describe('things said aloud', () => {
  it('reads where the role ends up as the work it does', () => {
    expect(warned('Somehow I ended up interviewing for the finance team')).toBe('hr')
    expect(warned('She always ends up at the counter upselling extended warranties')).toBe('sales')
    expect(readCardWording("You'll find her on the packing bench most mornings")).toBe('work on the packing bench most mornings')
  })

  it('reads an occasion said first, with no comma', () => {
    expect(readCardWording("When the agency temps don't show I'm the one stacking the shelves")).toBe("stacking the shelves when the agency temps don't show")
    expect(readCardWording('When R&D test the new brake pads I give them a spare van')).toBe('give them a spare van when R&D test the new brake pads')
  })
})

describe('teams told', () => {
  it('is input when what they are told is what happened or what cannot be done', () => {
    expect(warned('tell comms exactly what went wrong with the night delivery so they can reply to the paper')).toBeNull()
    expect(classifyLabel("warn marketing the bottling line can't do the gift packs before June").mode).toBe('contribute')
    expect(warned('tell every picker exactly what to pick next')).toBe('task-control')
  })

  it('is input when the department is kept updated or its piece is checked for the facts', () => {
    expect(classifyLabel('keep the press office updated on the road closures for the race').mode).toBe('contribute')
    expect(classifyLabel("fact-check comms' statement on the recall").mode).toBe('contribute')
  })
})

describe('a sample and a target', () => {
  it('reads a sample checked as a share of the work, and a target carried as held', () => {
    expect(warned('review a sample of the delivery notes each week')).toBeNull()
    expect(warned('Carries a personal sales target for trade accounts')).toBe('sales')
  })
})

describe('cases put to government', () => {
  it('reads campaigns aimed at government and talks to loosen a body’s rules as government relations', () => {
    expect(warned('run our campaign at the county council for later opening hours')).toBe('government-relations')
    expect(warned('speak for the firm at the Department of Transport consultation')).toBe('government-relations')
    expect(warned('negotiate with the harbour authority to relax the mooring rules')).toBe('government-relations')
  })

  it('reads a reputation managed after a pile-on as public relations', () => {
    expect(warned('manage our image on social after the review pile-on')).toBe('public-relations')
  })
})

describe('the role on a card', () => {
  it('reads bare "ops" before a verb said of it as the role', () => {
    expect(readCardWording('sales promised a rush job → ops schedules the extra shift')).toBe('I schedule the extra shift when sales promised a rush job')
    expect(readCardWording('ops team books the vans')).toBe('ops team books the vans')
  })

  it('reads a thing before the arrow, with no deed, as what the work is about', () => {
    expect(readCardWording('landlord dispute → Ops Lead handles it, writes the letter before action')).toBe('I handle the landlord dispute, writes the letter before action')
    expect(warned("ex-tenant's claim → ops mgr decides: settle or fight")).toBe('legal')
  })
})

describe('ways of working', () => {
  it('reads redesigning a flow or a process as operations, and a product as design', () => {
    expect(warned('redesign the returns flow to cut touches')).toBeNull()
    expect(warned('redesign the kettle handle for the new range')).toBe('product-design')
  })
})

describe('what a campaign promised', () => {
  it('is support when operations meets it', () => {
    expect(warned("make sure delivery times match the 'next day' promise in the ads")).toBeNull()
    expect(warned('extra checkout staff for the spring discount marketing are pushing')).toBeNull()
    expect(warned('run the spring discount campaign on social')).toBe('marketing')
  })
})

describe('whose work a card says it is', () => {
  it('reads "X = not me" and "work = clerk" as the owner named', () => {
    expect(readCardWording('R&D = not me. I send them the reject rates')).toBe('I send them the reject rates; R&D does the rest')
    expect(classifyLabel('Returns data entry = clerk. I review the error rate weekly').mode).toBe('oversee')
  })

  it('reads an approved result before an arrow as the occasion, and "our job:" as support', () => {
    expect(readCardWording('Approved shelf design -> book the fitters')).toBe('book the fitters when shelf design is approved')
    expect(classifyLabel("Marketing's summer fair -> our job: gazebos up, tills ready").mode).toBe('support')
  })
})

describe('people made to answer to the role', () => {
  it('is control over each of their tasks', () => {
    expect(warned('Pickers have to ask me before moving any pallet')).toBe('task-control')
    expect(warned('Nobody changes a recipe without my OK')).toBe('task-control')
    expect(warned('suppliers have to send me their invoices by Friday')).toBeNull()
  })
})

describe('staffing up', () => {
  it('finds people for the work rather than doing it', () => {
    expect(warned('Staff the bar up for the cup final')).toBeNull()
    expect(warned('staff the till myself on Saturdays')).toBe('hands-on-work')
  })
})

describe('callers and faults passed to their owner', () => {
  it('is oversight when the role sees that staff pass them on', () => {
    expect(classifyLabel('Make sure the drivers pass any journalist straight to the press office').mode).toBe('oversee')
  })

  it('reads a desk named doing its own work, then the role’s part, as oversight', () => {
    expect(classifyLabel('reception answers the phones; I review the call times monthly').mode).toBe('oversee')
    expect(warned('marketing runs the campaign; I write the ads myself')).toBe('marketing')
  })

  it('reads a finished piece before an arrow as the occasion', () => {
    expect(readCardWording('noise study done → new quiet hours rolled out')).toBe('new quiet hours rolled out when noise study is done')
  })
})

describe('decisions and results from elsewhere', () => {
  it('reads a decision taken elsewhere, or another team’s result worked into the role’s papers, as the occasion', () => {
    expect(warned('Takeover of the dairy agreed by the board; merge their depot routines into ours')).toBeNull()
    expect(classifyLabel("Legal's new refund rules -> update our job sheets").mode).toBe('own-operations')
  })

  it('reads work run for a team at its request, or booked with it for its trial, as support or coordination', () => {
    expect(warned("Run the lab's trial batch on the late shift as they asked")).toBeNull()
    expect(classifyLabel('Book a line stoppage with R&D for their oven trial').mode).toBe('coordinate')
  })

  it('reads the organisation itself moving into new work as strategy, and a team moving as operations', () => {
    expect(warned('Decide whether the bakery moves into wedding cakes')).toBe('strategy')
    expect(warned('decide whether the pick team moves into the new shed')).toBeNull()
  })

  it('reads testing a system for IT against how the work is done as coordination', () => {
    expect(classifyLabel('UAT on the new booking system with IT – does it fit how the desk works?').mode).toBe('coordinate')
    expect(warned('test the new app myself and fix the bugs in the code')).toBe('it-software')
  })
})
