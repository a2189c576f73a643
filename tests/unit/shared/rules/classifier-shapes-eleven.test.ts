// A thing before an arrow as the verb's object, what goes to a department as input,
// results built into the role's own procedures, the team's posts, shifts and repairs,
// watching people, cases put to government, inquiries carried out, and cards that open
// with "once …,". Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'
import { readCardWording } from '@shared/rules/nlp/card-wording'
import { isOperationsManager } from '@shared/rules/role-type'

const strongDomain = (label: string) => {
  const c = classifyLabel(label)
  return c.strength === 'strong' ? c.domain : null
}
describe('arrows on cards', () => {
  it('reads a thing before the arrow as the object of the verb after it', () => {
    expect(readCardWording('returns backlog -> pass to admin')).toBe('pass returns backlog to admin')
    expect(readCardWording("the lab's new cleaning method -> write it into our SOPs")).toBe("write the lab's new cleaning method into our SOPs")
  })

  it('reads figures sent to the department whose work it is as input to it', () => {
    expect(classifyLabel('headcount per shift -> public affairs for the consultation').mode).toBe('contribute')
    expect(classifyLabel('what the drivers need from the new rota app -> IT').mode).toBe('contribute')
    expect(warned('send comms\u2019 finished statement out to journalists')).toBe('public-relations')
  })
})

describe('results built into the role’s own procedures', () => {
  it('is the role’s own operations, not the other team’s work', () => {
    expect(classifyLabel('Builds the press office’s incident protocol into the site procedures').mode).toBe('own-operations')
    expect(warned('work the new licence terms from legal into our daily checks')).toBeNull()
    expect(warned('Carries out research into new coatings and processes')).toBe('research')
  })
})

describe('operations’ own strand of another team’s project', () => {
  it('is a contribution', () => {
    expect(classifyLabel('website relaunch: I run the ops workstream only').mode).toBe('contribute')
    expect(warned('Be the operations voice on the finance system steering group')).toBeNull()
  })
})

describe('stretches and lists', () => {
  it('ends a stretch at a spaced dash, and a list of parts says little against the work', () => {
    expect(strongDomain('plan the autumn radio ad campaign – budget, stations, scripts')).toBe('marketing')
    expect(warned('monthly depot review with the team — not line by line')).toBeNull()
  })

  it('reads "hrs" as hours, not HR', () => {
    expect(strongDomain('model gate opening hrs against staffing')).not.toBe('hr')
  })
})

describe('the team’s own work', () => {
  it('is the role at one of the team’s posts', () => {
    expect(warned('me on the tills at the Leeds shop Saturdays')).toBe('hands-on-work')
    // (Answering the phones is the desk's work: clerical.)
    expect(warned('sit on the switchboard over lunch')).toBe('clerical')
    expect(warned('serve on the counter 12-2 daily')).toBe('hands-on-work')
  })

  it('is a shift taken, a bare plural mended, or the team’s task carried out', () => {
    expect(warned('Takes an early shift loading the trailers most Mondays')).toBe('hands-on-work')
    expect(warned('fix punctures on the hire bikes')).toBe('hands-on-work')
    expect(warned('repair the dishwasher in the staff kitchen')).toBeNull()
    expect(warned('Carries out the weekly freezer stock count')).toBe('hands-on-work')
    expect(warned('drive the late shuttle when we are a driver short')).toBe('hands-on-work')
  })
})

describe('watching and approving each person’s work', () => {
  it('is task-level control', () => {
    expect(warned('watch the packers on CCTV all morning')).toBe('task-control')
    expect(warned('check the cameras to see which cleaners are on their phones')).toBe('task-control')
    expect(warned('hover over the stylists’ colour mixing')).toBe('task-control')
    expect(warned('drivers must send me each route sheet for approval before every run')).toBe('task-control')
    expect(warned('approve every menu and wine choice the chefs make')).toBe('task-control')
  })
})

describe('government, inquiry, money and choices', () => {
  it('reads a case put to government as government relations', () => {
    expect(warned('lead our pitch to the county cabinet for longer opening hours')).toBe('government-relations')
    expect(warned('Represent the firm in talks with transport ministers on port policy')).toBe('government-relations')
    expect(warned('meet DfT officials to argue for changes to the loading rules')).toBe('government-relations')
  })

  it('reads carrying out a study or an experiment as research, unless it studies operations', () => {
    expect(warned('Carry out the study into hydrogen fuel cells for the next decade')).toBe('research')
    expect(warned('run a time study on the forklift fleet')).toBeNull()
    expect(warned('set up experiments testing new seed coatings')).toBe('research')
    expect(warned('Conduct market research on new customer groups')).not.toBe('research')
  })

  it('reads hundreds of thousands invested as a major financial decision, not a budget run', () => {
    expect(warned('sign off the £600k conveyor investment myself')).toBe('finance')
    expect(warned('run the £600k site budget')).toBeNull()
  })

  it('reads a company choosing which routes or markets it goes into as strategy', () => {
    expect(warned('pick which new bus routes we go into next year')).toBe('strategy')
  })
})

describe('cards opening with an occasion', () => {
  it('reads the role’s part first', () => {
    expect(readCardWording('Once HR sign off the new rota rules, I brief the shift leads')).toBe('brief the shift leads once HR sign off the new rota rules')
    expect(classifyLabel('Once IT hand over the new booking app, I get it live in every branch').mode).toBe('implement')
  })
})

describe('titles', () => {
  it('reads a place after the comma as the unit run', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Flight Kitchen' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Marketing' })).toBe(false)
  })
})

describe('cards that say whose the work is', () => {
  it('reads "– I lead it" and "→ my call" as the work before them, the role’s own', () => {
    expect(warned('agree the £3m asset finance facility – I lead it')).toBe('finance')
    expect(warned('decide: open a 3rd branch in Bristol or sell the van hire arm?? → my call')).toBe('strategy')
  })

  it('reads another team’s deed, an arrow and a plain verb as the role’s work on that occasion', () => {
    expect(readCardWording('sales signed the hotel deal -> schedule extra vans')).toBe('schedule extra vans when sales signed the hotel deal')
    expect(warned('sales won the school contract -> can we run 3 extra routes?')).toBeNull()
  })

  it('reads a rate as per hour, and sets "not me …" aside', () => {
    expect(warned('packers averaging 90/hr? check the board, not me packing')).toBeNull()
  })
})

describe('two duties on one line', () => {
  it('judges a line by the out-of-scope duty it holds after ", and"', () => {
    expect(warned('Lead development of the group strategy, including our move into new regions, and manage daily hotel operations')).toBe('strategy')
    expect(warned('do the night care rounds on the ward, and manage the agency budget')).toBe('hands-on-work')
  })
})

describe('words that look like other work', () => {
  it('reads an advert’s script as marketing and values promoted as behaviour', () => {
    expect(warned('write the cinema ad script for the spring menu')).toBe('marketing')
    expect(warned('Champion an inclusive and respectful working culture')).toBeNull()
    expect(warned('Advise the sales team on lead times before quotes go out to customers')).toBeNull()
  })
})

describe('topics, teams and staffing', () => {
  it('reads a topic before a colon, then a verb, as what the work is for', () => {
    expect(readCardWording('open day: give them the visitor numbers')).toBe('give them the visitor numbers, for open day')
    expect(warned('finance system project: give them our overtime rules')).toBeNull()
  })

  it('reads people found for the work as resourcing it, not doing it', () => {
    expect(warned('keep the pop-up shop stocked and staffed while the board tries the idea')).toBeNull()
    expect(warned('staff the museum front desk on Sundays')).toBe('hands-on-work')
  })

  it('reads a thing sent on to a department as handed over, or as input when it is figures', () => {
    expect(readCardWording('returns paperwork -> admin team')).toBe('pass returns paperwork to admin team')
    expect(warned('footfall figures -> public affairs for the council reply')).toBeNull()
  })

  it('reads questions from a team, answered, as input to it', () => {
    expect(classifyLabel('answer IR’s questions on why output fell - they brief investors').mode).toBe('contribute')
    expect(warned('Field the questions from our private equity owners on returns')).toBe('investor-relations')
  })

  it('reads each piece one named worker does, checked, as control', () => {
    expect(warned('check each room every cleaner does before guests arrive')).toBe('task-control')
  })
})

describe('the role named in the third person', () => {
  it('reads "ops mgr …" and "Head of Ops …" as the role itself', () => {
    expect(readCardWording('IT moving the tills over on Sunday; ops manager keeps two packers in to test them')).toBe('keep two packers in to test them when IT moving the tills over on Sunday')
    expect(warned('ops lead drives the 6am shuttle most weeks')).toBe('hands-on-work')
    expect(warned('Report to the Head of Operations weekly')).toBeNull()
  })

  it('reads another team’s part, then "I …", with the role’s part first', () => {
    expect(warned('HR recruits the drivers; I tell them how many we need per shift')).toBeNull()
  })
})

describe('more wording read as what it is', () => {
  it('reads a slash between lower-case words as one thing and a unit per unit as a rate', () => {
    expect(warned('map the pick/pack/dispatch flow and cut double handling')).toBeNull()
    expect(warned('uni trial: give them bench space + 2 staff hrs/wk')).toBeNull()
  })

  it('reads choosing instruments and a position argued to government', () => {
    expect(warned('pick the fuel hedging instruments for next year myself')).toBe('finance')
    expect(warned('sit on the govt consultation panel on packaging rules - argue our position')).toBe('government-relations')
  })

  it('reads a caller put through to the owning department as handed on', () => {
    expect(warned('put any reporter who calls straight through to the press office')).toBeNull()
  })
})

describe('the last shapes of the round', () => {
  it('reads drafting a contract or lease as legal work, and negotiating a supplier contract as buying', () => {
    expect(warned('draft + negotiate the caterers\u2019 contracts for the summer')).toBe('legal')
    expect(warned('negotiate the new cleaning contract')).toBeNull()
  })

  it('reads work handed over in the passive as handed on', () => {
    expect(warned('returns paperwork handed over to the admin team each Friday')).toBeNull()
  })

  it('reads a sale closed and a post worked as the object as the work itself', () => {
    expect(warned('I close the group booking sales over the phone')).toBe('sales')
    expect(warned('Works the bakery counter on Saturdays')).toBe('hands-on-work')
  })

  it('reads status reports as documents, not the role’s reports', () => {
    expect(classifyLabel('run the finance team’s audit-prep project — my plan, my status reports').mode).not.toBe('direct-reports')
  })

  it('sets aside what the card says is not needed', () => {
    expect(warned('weekly scorecard per team - no need to watch each job')).toBeNull()
  })
})

describe('departments, events and signatures', () => {
  it('reads "HR -> ops:" as a department asking, not initials', () => {
    expect(readCardWording('HR -> ops: overtime hours by team for the pay review')).toBe('input for HR about overtime hours by team for the pay review')
  })

  it('reads a department’s own event before a colon as what the work is for', () => {
    expect(warned('Marketing\u2019s open day: have marshals and spare tills ready')).toBeNull()
  })

  it('reads another team’s tests hosted as support, and a signature as who wrote the card', () => {
    expect(classifyLabel('host the design lab\u2019s drop tests in our loading bay').mode).toBe('support')
    expect(readCardWording('draw up the new bench layout -- Head of Ops')).toBe('draw up the new bench layout')
  })

  it('reads a government department’s officials as that department', () => {
    expect(warned('build contacts with Dept for Education officials to win the new school contract rules')).toBe('government-relations')
  })
})

describe('the last round', () => {
  it('reads the role named before an arrow as who does what follows, and telling a team as feedback', () => {
    expect(warned('Ops mgr → sets the 10-yr vision for the group')).toBe('strategy')
    expect(warned('ops mgr → design team: that crate won\u2019t fit our racking, needs 5cm less')).toBeNull()
  })

  it('reads representing the company where legal work is done as doing it, but representing ops as taking part', () => {
    expect(warned('Represents the company at tribunals and in contract disputes')).toBe('legal')
    expect(warned('represent ops in the cross-functional booking project')).toBeNull()
  })

  it('reads a plan taken to the board for sign-off as the role’s own work', () => {
    expect(warned('write the 10 year business plan, take it to the board for sign-off')).toBe('strategy')
  })

  it('reads values lived, in a phrase or a short list, as behaviour', () => {
    expect(warned('Live the company values on the shop floor')).toBeNull()
    expect(warned('Promotes a friendly, inclusive culture across the depots')).toBeNull()
  })
})

