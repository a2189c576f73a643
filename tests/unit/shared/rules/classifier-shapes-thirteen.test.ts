// Gaps in the team filled by the role; occasions opened by "once" or "now"; messages asked
// of each worker; choices with "that" left out; design verbs over a thing to sell or a
// campaign; ranks before a dash; and cards whose arrow leaves the thing before as what the
// work is for. Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'
import { isOperationsManager } from '@shared/rules/role-type'

describe('a gap in the team, filled by the role', () => {
  it('makes what is worked on the work done', () => {
    expect(warned('drives the school minibus routes when the garage is short of drivers')).toBe('hands-on-work')
    expect(warned('does the laying out and washing when the team is stretched')).toBe('hands-on-work')
    expect(warned('tile the showroom floor when we are a man down')).toBe('hands-on-work')
  })

  it('is no gap when what is short is a thing', () => {
    expect(warned('chase the mill when the flour order comes up short')).toBeNull()
  })

  it('reads the phones answered in a rush as desk work', () => {
    expect(warned('answers the surgery phone line at busy times')).toBe('clerical')
  })

  it('reads a place staffed for a busy time as resourcing it', () => {
    expect(warned('staff the packing hall for the january sale peak')).toBeNull()
  })
})

describe('the team’s work joined in or done', () => {
  it('reads joining in on the team’s -ing work, and a list of its tasks, as doing it', () => {
    expect(warned('hops in on the tiling when the job runs late')).toBe('hands-on-work')
    expect(warned('doing the linen changes and meal rounds on the unit')).toBe('hands-on-work')
    expect(warned('me on the lathe turning chair legs')).toBe('hands-on-work')
    expect(warned('seal & label the jars in the store with the crew most days')).toBe('hands-on-work')
  })

  it('reads faults fixed with the techs as managing them', () => {
    expect(warned('sort the top five repeat faults with the techs')).toBeNull()
  })
})

describe('control over each worker’s piece of work', () => {
  it('reads a message asked of each worker after every job as control', () => {
    expect(warned('wants a call from each fitter after every install')).toBe('task-control')
    expect(warned('wants a report from each site every month')).toBeNull()
  })

  it('reads each piece the team does, checked, as control, and what they do in it as theirs', () => {
    expect(warned('tastes every soup each chef makes before service')).toBe('task-control')
    expect(warned('check every job sheet the site staff fill in before it is filed')).toBe('task-control')
    expect(warned('No driver can leave the yard until I have checked the load personally')).toBe('task-control')
  })

  it('reads finding who needs training, and how long work takes per job, as running the team', () => {
    expect(warned('spots who on the tills needs a refresher and books it with HR')).toBeNull()
    expect(warned('reviews how long the paperwork takes per delivery and cuts steps')).toBeNull()
  })
})

describe('occasions and owners on a card', () => {
  it('reads "once X -> Y" and "X finalised by … -> Y" as Y done on that occasion', () => {
    expect(classifyLabel('Once the design team sign off the cabinet drawings → sets up the saws for the shop floor').mode).toBe('implement')
    expect(classifyLabel('bring in the new glazing method now R&D have finished it').mode).toBe('implement')
  })

  it('leaves the thing before an arrow as what a verb with its own object is for', () => {
    expect(warned('warranty dispute -> give legal the service logs + fitter reports')).toBeNull()
  })

  it('reads an enquiry made sure to reach its owner as oversight', () => {
    expect(classifyLabel('makes sure any press call at the depot goes straight to comms').mode).toBe('oversee')
  })

  it('reads a department word describing a noun as no owner at work', () => {
    expect(warned('raise the money for six new buses - talk to lenders, pick finance deal')).toBe('finance')
  })
})

describe('what is chosen, designed or sold', () => {
  it('reads a choice with "that" left out, and a rival picked to buy, as strategy', () => {
    expect(warned('Decided we open a third garden centre in York next year')).toBe('strategy')
    expect(warned('pick which of the three rival kennels we buy')).toBe('strategy')
    expect(warned('chooses which market the boatyard chases next')).toBe('strategy')
  })

  it('reads a thing designed to be sold as a product, and the operation’s own layout as not', () => {
    expect(warned('design the oak planter we want to sell online')).toBe('product-design')
    expect(warned('design the shop layout we sell from')).toBeNull()
  })

  it('reads a design verb over a promotion as the campaign', () => {
    expect(warned('design the autumn 3-for-2 promo for every branch')).toBe('marketing')
  })

  it('reads quoting to win jobs as selling', () => {
    expect(warned('quotes for new roofing jobs and goes out to win them')).toBe('sales')
  })
})

describe('a job advert’s longer openings', () => {
  it('reads the work after "will be expected to", "you will be required to"', () => {
    expect(warned('Will be expected to engineer a new folding trailer for the hire range')).toBe('product-design')
    expect(warned('You will be required to meet the private equity owners each quarter to explain results')).toBe('investor-relations')
    expect(warned('You will be expected to plan the weekly rota')).toBeNull()
  })
})

describe('work handed to a desk, written short', () => {
  it('reads delegated to "admin asst" as handed on', () => {
    expect(classifyLabel('invoice keying delegated to admin asst; spot-check a sample monthly').mode).toBe('oversee')
  })
})

describe('titles with a rank before the dash', () => {
  it('keeps the function after the dash', () => {
    expect(isOperationsManager({ title: 'General Manager – Operations, Marina' })).toBe(true)
    expect(isOperationsManager({ title: 'General Manager – Hotel' })).toBe(false)
  })
})
