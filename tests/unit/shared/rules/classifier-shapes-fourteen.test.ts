// Fields named by the function word and the word after it; places after the comma; the
// verbs of selling a designed thing; and the shapes a review of the hands-on, control and
// choice cues found too loose. Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'
import { isOperationsManager } from '@shared/rules/role-type'

describe('titles', () => {
  it('reads "Operations Research" as a field of its own, not the operations of anything', () => {
    expect(isOperationsManager({ title: 'Head of Operations Research' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Research Manager' })).toBe(false)
    expect(isOperationsManager({ title: 'Head of Operations' })).toBe(true)
  })

  it('reads a place as the last word of the unit after the comma, past a code', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Data Hall 2' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Research Labs' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Research' })).toBe(false)
  })
})

describe('a thing designed to be sold', () => {
  it('needs a verb of selling itself', () => {
    expect(warned('develop a gift box to sell in the shop')).toBe('product-design')
    expect(warned('design the shelf labels we stock in every branch')).toBeNull()
    expect(warned('develop the loyalty leaflet we launch in spring')).toBe('marketing')
  })
})

describe('the team’s own work, and what only looks like it', () => {
  it('reads a screen or radio used to run or look at the work as no machine worked', () => {
    expect(warned('me on the tablet checking the pick rates')).toBeNull()
    expect(warned('me on the walkie managing the yard')).toBeNull()
    expect(warned('me on the guillotine trimming brochures')).toBe('hands-on-work')
  })

  it('serves in a room named by the word before it, and "serves as" is a part played', () => {
    expect(warned('serves in the dining room at lunch')).toBe('hands-on-work')
    expect(warned('serves in the meeting room')).toBeNull()
    expect(warned('serves as the link to the board at the bar')).toBeNull()
  })

  it('reads a gap planned or staffed as managed, not filled', () => {
    expect(warned("rearranges the rota when we're a man down")).toBeNull()
    expect(warned("calls in agency staff when we're a driver down")).toBeNull()
    expect(warned('tile the showroom floor when we are a man down')).toBe('hands-on-work')
  })

  it('needs a thing driven, and no meeting held with the crew', () => {
    expect(warned('drives the daily stand-up when stretched')).toBeNull()
    expect(warned("drive the school run when we're a driver short")).toBe('hands-on-work')
    expect(warned('holds a huddle with the crew most days')).toBeNull()
    expect(warned('lays bricks with the crew most days')).toBe('hands-on-work')
  })
})

describe('task-level control, and what only looks like it', () => {
  it('passes a piece of work, not a safety check of a thing', () => {
    expect(warned('no driver leaves until I have checked the tachograph')).toBeNull()
    expect(warned("No tech can close a ticket until I've reviewed it")).toBe('task-control')
  })

  it('asks a message of the team, not of outside firms', () => {
    expect(warned('wants a text from each haulier after every drop')).toBeNull()
    expect(warned('wants a text from each plumber after every fitting')).toBe('task-control')
  })

  it('reads every payment from a card or float as money audited', () => {
    expect(warned('audits every fuel-card transaction each month')).toBeNull()
    expect(warned('sit by new staff + watch every transaction all shift')).toBe('task-control')
  })
})

describe('choices the company makes, and what only looks like them', () => {
  it('reads firms chased for money as debtors', () => {
    expect(warned('decides which companies to chase for unpaid invoices')).toBeNull()
    expect(warned('chooses which market the yard chases next')).toBe('strategy')
  })

  it('opens another of the company’s own places, not another door', () => {
    expect(warned('decided we open another goods-in door')).toBeNull()
    expect(warned('decide whether to open a 2nd dealership')).toBe('strategy')
  })
})

describe('the main verb’s object names the work', () => {
  it('leaves the operational words after it to say what the work is about', () => {
    expect(warned('runs the litigation against the shipping line over the dock crane damage')).toBe('legal')
    expect(warned("You will set the long-term strategy for the housing repairs business, including the decision to bid for repairs contracts covering other landlords' stock in new areas")).toBe('strategy')
  })

  it('but not a meeting named after another department, nor work of another’s', () => {
    expect(warned('attends the weekly sales meeting to update the team on stock and lead times')).toBeNull()
    expect(warned("following the CEO's vision for the business, I draw up the staff rota for each site")).toBeNull()
  })
})

describe('a second part saying the role does it', () => {
  it('reads "– I’m selling it", "→ I’m doing them" as the work before, done by the role', () => {
    expect(warned('closing the 40-car fleet deal with the taxi firm – I’m selling it'.replace('’', "'"))).toBe('sales')
    expect(warned("running the litigation against the shipping line; I'm handling the case")).toBe('legal')
  })
})

describe('investor relations', () => {
  it('reads financial reports presented to the owners as investor relations', () => {
    expect(warned('prepare + present the financial reports to our private equity owners')).toBe('investor-relations')
  })
})

describe('whose project it is, said outright', () => {
  it('reads "on behalf of" and "owned by" another department as its project', () => {
    expect(warned('project-manages the Library Service’s refit of the branch libraries on that service’s behalf'.replace(/’/g, "'"))).toBe('other-projects')
    expect(warned('project-manages the warehouse move on behalf of the operations team')).toBeNull()
  })
})

describe('nobody else involved', () => {
  it('reads "no solicitor involved" as the role doing it alone', () => {
    expect(warned('drafting the legal clauses of the supply agreement myself, no solicitor involved')).toBe('legal')
  })
})

describe('a market broken into', () => {
  it('reads breaking into a market chosen as the company’s move', () => {
    expect(warned('picks which market the bakery breaks into next')).toBe('strategy')
  })
})

describe('cards that say the role holds it', () => {
  it('reads "thing: I draft it" as the verb done to the thing', () => {
    expect(warned('public statement on the depot fire: I draft it and put it out')).toBe('public-relations')
  })

  it('reads "→ me" as the role’s own, but not "→ our job:" with the role’s part after it', () => {
    expect(warned('setting the group’s currency hedging policy → me, finance just books it'.replace('’', "'"))).toBe('finance')
    expect(warned("marketing's open day promo → our job: extra buggies charged, caddies booked")).toBeNull()
  })

  it('reads each piece of work waiting for the role’s OK as control', () => {
    expect(warned('each cake a baker decorates needs my OK before it goes out')).toBe('task-control')
  })

  it('reads a member of the crew as one doing its work', () => {
    expect(warned('will empty bins on the round personally as a member of the crew')).toBe('hands-on-work')
  })

  it('reads a place in the owner’s project as a contribution', () => {
    expect(warned('part of the finance system project so purchase orders still flow for the depot')).toBeNull()
  })

  it('reads a department named with its department word as owning the project', () => {
    expect(warned("runs the HR department's payroll-migration project, chairing its steering group and owning its plan")).toBe('other-projects')
  })
})

describe('samples', () => {
  it('reads a sample checked or made as no sale, and samples handed out to buyers as selling', () => {
    expect(warned('spot-checks a sample of finished orders each week')).toBeNull()
    expect(warned('hand out tasting samples at the farmers market to win orders')).toBe('sales')
  })
})

describe('operations readied for another department’s work', () => {
  it('reads operations made to keep up with a campaign as support', () => {
    expect(warned("make sure the bin rounds keep up with the council's recycling campaign")).toBeNull()
  })

  it('reads the role’s own people briefed on a campaign as support, but advice given on the law as that work', () => {
    expect(warned('briefing the call centre on the winter-fuel campaign so they can cope with the extra calls')).toBeNull()
    expect(warned('advises the shift managers on employment law and the HR policies')).toBe('hr')
  })
})

describe('working beside the team, and what only looks like it', () => {
  it('reads checking rounds and things got done with the team as running the work', () => {
    expect(warned('undertakes joint audits of kitchen hygiene with the infection control colleagues')).toBeNull()
    expect(warned('get the oven cycles timed better with the maintenance engineers')).toBeNull()
  })

  it('reads "short of" a thing as no gap in the team', () => {
    expect(warned('takes action where output falls short of the agreed targets')).toBeNull()
    expect(warned('drives the minibus when the garage is short of drivers')).toBe('hands-on-work')
  })
})

describe('a second review of this delivery’s cues', () => {
  it('keeps a "never" in the second part', () => {
    expect(warned('customer quotes - I never write them')).toBeNull()
  })

  it('reads a deadlock in talks as no software work', () => {
    expect(warned('resolve the deadlock between days and nights over the rota')).toBeNull()
  })

  it('reads a run sheet read and a van released as dispatch checks', () => {
    expect(warned("no driver leaves until I've read the run sheet")).toBeNull()
    expect(warned('every van the drivers load needs my OK before it leaves')).toBeNull()
  })

  it('opens another of any kind of site, and chases firms for money only with a word of money', () => {
    expect(warned('decide whether to open a second hub')).toBe('strategy')
    expect(warned('chooses which sectors to chase for new contracts')).toBe('strategy')
  })

  it('fills a gap with any working verb, and reads a building’s owner as no department', () => {
    expect(warned("reloads the trailers when we're a driver down")).toBe('hands-on-work')
    expect(warned('project-manages the dock extension, owned by Prologis')).toBeNull()
    expect(warned('wins work from the council')).toBe('sales')
  })

  it('reads a place after the comma only as the unit’s last word', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Sales Hub Team' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, Data Centre LON2' })).toBe(true)
  })
})

describe('a firm doing a department’s work', () => {
  it('reads "the IT provider" told what operations needs as the owner given input', () => {
    expect(warned("tell the IT provider what the depot's booking system needs to do for the drivers")).toBeNull()
  })
})

describe('words that name another department only in some phrases', () => {
  it('reads inspection findings and staff deployment as operations', () => {
    expect(warned("host the fire officer's inspection and act on the findings")).toBeNull()
    expect(warned('sort the steward deployment plan for the sold-out match')).toBeNull()
    expect(warned('publish findings from the trials of the new compound')).toBe('research')
  })

  it('reads backing the team at peak by moving staff as running it', () => {
    expect(warned('back the bar team at peak by moving staff and sorting kit issues')).toBeNull()
  })
})

describe('lexicon words added this delivery', () => {
  it('knows an investor report, the small claims court and a promotional mailer', () => {
    expect(warned('write and present the annual investor report to the shareholders')).toBe('investor-relations')
    expect(warned('represents the firm at the small claims court over the damaged sofa')).toBe('legal')
    expect(warned('write and send the monthly mailer promoting our new range to clinics')).toBe('marketing')
  })
})

describe('calling round to sell', () => {
  it('reads a card opening with the calling verb as calling, and an idea sold as no sale', () => {
    expect(warned('ring round cafes and caterers to sell weekly standing orders')).toBe('sales')
    expect(warned('ring the drivers to sell the idea of the new rota')).toBeNull()
  })
})

describe('an operation named as a business moved', () => {
  it('reads merging "our depot biz" as the company’s move', () => {
    expect(warned("me deciding on merging our depot biz with the council's recycling arm")).toBe('strategy')
  })
})

describe('a unit named by another function’s word, and a result put into the programme', () => {
  it('reads "Locker Network Operations" as the business’s network, "Network Operations" as IT’s', () => {
    expect(isOperationsManager({ title: 'Bus Network Operations Manager' })).toBe(true)
    expect(isOperationsManager({ title: 'Network Operations Manager' })).toBe(false)
  })

  it('reads a finished result brought into the role’s own programme as implemented', () => {
    expect(classifyLabel("brings R&D's new hinge design into the refit programme once it's ready").mode).toBe('implement')
  })
})

describe('problems solved and callers passed on', () => {
  it('reads recurring causes fixed as managed, not mended', () => {
    expect(warned('reviews the incident logs and fixes recurring causes')).toBeNull()
  })

  it('reads a journalist passed to the press office, past a relative clause, as passed to the owner', () => {
    expect(classifyLabel('passes any reporter who rings the depot straight to the press office').mode).toBe('oversee')
  })
})

describe('an executive’s questions answered', () => {
  it('reads the CFO’s questions answered for the investor deck as input', () => {
    expect(warned("answers the CFO's questions on depot output for the investor deck")).toBeNull()
  })
})
