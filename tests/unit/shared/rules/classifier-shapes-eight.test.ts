// Workshop-card wording: shorthand written out, typos read as the word meant, outside
// parties met with as the work itself, shared verbs read by their object, and the company's
// own moves (buying a rival, where it invests, where it opens) read from their shape.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { rawWords } from '@shared/rules/nlp/raw-words'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const lowers = (label: string) => rawWords(label).map((r) => r.lower).join(' ')

describe('shorthand and typos', () => {
  it('writes out card shorthand before reading the label', () => {
    expect(lowers('mgmt of govt regs re: the 3PL + POs')).toBe('management of government regulations about the third party logistics and purchase orders')
  })

  it('drops "end to end", which says how completely, not what the work is', () => {
    expect(categoryOf('Runs the website relaunch project end to end')).toBe('non-operational-projects')
  })

  it('reads a word the model has never seen as the one lexicon word it is a slip from', () => {
    expect(rawWords('Updates the recruitmnet tracker')[2].keys).toContain(rawWords('recruitment')[0].keys[0])
    expect(categoryOf('Runs the recruitmnet drive for the whole company')).toBe('hr-beyond-operations')
  })

  it('leaves real words alone, however close to a lexicon word', () => {
    expect(rawWords('Dairy deliveries on the coast trail')[0].keys).not.toContain(rawWords('diary')[0].keys[0])
    expect(rawWords('Influence planners')[0].keys).not.toContain(rawWords('influencer')[0].keys[0])
  })
})

describe('outside parties are the work, not an owner worked with', () => {
  it('reads meetings with fund people as investor relations held directly', () => {
    const c = classifyLabel('Holds quarterly calls with the fund managers backing us')
    expect(c.domain).toBe('investor-relations')
    expect(c.mode).toBe('do')
  })

  it('reads government departments met with as government relations', () => {
    expect(categoryOf('Meets government departments about the new freeport')).toBe('government-relations')
  })

  it('still reads the company\'s own press office as the owner worked with', () => {
    expect(classifyLabel('Works with the press office on what drivers say at the depot gate').mode).toBe('coordinate')
  })

  it('reads outside people named in the plural as whom the work is with', () => {
    expect(categoryOf('keep shareholders happy after the profit warning')).toBe('investor-relations')
  })
})

describe('shared verbs read by their object', () => {
  it('reads designing a benefits package as HR', () => {
    expect(categoryOf('Designs the new staff benefits package')).toBe('hr-beyond-operations')
  })

  it('reads filing a patent application as legal, not clerical', () => {
    expect(categoryOf('Files the patent application for the new valve')).toBe('legal-compliance')
  })
})

describe("the company's own moves", () => {
  it('reads buying out a rival as strategy', () => {
    expect(categoryOf('decide if we buy out the rival bakery chain')).toBe('strategy-vision')
  })

  it('reads where the company invests its money as finance', () => {
    expect(categoryOf('decide where the business invests its cash pile')).toBe('major-finance')
  })

  it('reads what the company invests in as strategy', () => {
    expect(categoryOf('decide which regions the business should invest in')).toBe('strategy-vision')
  })

  it('reads which towns the shops open in as strategy', () => {
    expect(categoryOf('choose which towns the cafes open in next year')).toBe('strategy-vision')
  })

  it('reads how the business gets funded as finance', () => {
    expect(categoryOf('work out how the company gets financed after the loan ends')).toBe('major-finance')
  })
})

describe("the team's work in card wording", () => {
  it('reads a till shift, a courier round and a bar as hands-on work', () => {
    expect(categoryOf('cover a till shift on saturdays')).toBe('individual-tasks')
    expect(categoryOf('do the courier round on mondays')).toBe('individual-tasks')
    expect(categoryOf('serve behind the bar at the festival')).toBe('individual-tasks')
  })

  it('reads driving a van route and answering the phone line as the work itself', () => {
    expect(categoryOf('drive the van route when cover is short')).toBe('individual-tasks')
    expect(categoryOf('answer the main phone line at lunch')).toBe('clerical-admin')
  })

  it('reads staffing up a team as resourcing, not doing the work', () => {
    expect(categoryOf('staff up the warehouse for peak')).not.toBe('individual-tasks')
  })

  it('reads picking a supplier or a target as choosing', () => {
    expect(categoryOf('pick a new haulier for returns')).not.toBe('individual-tasks')
    expect(categoryOf('pick the takeover target')).toBe('strategy-vision')
  })
})

describe('modes in card wording', () => {
  it('reads the team\'s work given to a named person or team as handed off', () => {
    expect(classifyLabel('give the filing to Priya on reception').mode).toBe('oversee')
    expect(classifyLabel('pass the data entry to the office junior').mode).toBe('oversee')
  })

  it('does not read advice given to the board as handing work off', () => {
    expect(classifyLabel('Gives legal advice to the board on the lease').mode).not.toBe('oversee')
  })

  it('reads looking at how a team works as oversight', () => {
    expect(classifyLabel('look at how the office team handles the data entry').mode).toBe('oversee')
  })

  it('reads "my supervisors" as the role\'s own direct reports', () => {
    expect(classifyLabel('grievance meeting with one of my supervisors').mode).toBe('direct-reports')
  })

  it('reads a department just before what it did as who did it', () => {
    expect(categoryOf('deliver the big order marketing booked')).not.toBe('marketing-campaigns')
  })
})

describe('more card shapes', () => {
  it('reads the company opening somewhere, said of "we", as strategy', () => {
    expect(categoryOf('decide if we open in spain next year')).toBe('strategy-vision')
    expect(categoryOf('pick which rival gym we take over')).toBe('strategy-vision')
  })

  it('reads "not my report" as not a direct report', () => {
    expect(classifyLabel('grievance hearing for a finance clerk (not my report)').mode).not.toBe('direct-reports')
  })

  it('reads a promo as marketing, and stock for a promo as operations', () => {
    expect(categoryOf('run the easter promo')).toBe('marketing-campaigns')
    expect(categoryOf('make sure stock covers the easter promo')).not.toBe('marketing-campaigns')
  })

  it('reads what something promised, after "as", as the measure of the work', () => {
    expect(categoryOf('ship orders as the adverts promised')).not.toBe('marketing-campaigns')
  })

  it('reads getting things to a team as moving them', () => {
    const c = classifyLabel('get the product samples to the sales team by friday')
    expect(c.domain !== 'sales' || c.strength === 'weak').toBe(true)
  })

  it('reads a finished result introduced, or decisions passed on to the team, as implementing', () => {
    expect(classifyLabel('Introduce the recipe approved by the development kitchen across all sites').mode).toBe('implement')
    expect(classifyLabel('Communicate the company strategy to the shift teams').mode).toBe('implement')
  })

  it('reads "front" before a desk as a place, not fronting anything', () => {
    expect(categoryOf('check how front desk handles complaints')).not.toBe('public-relations')
  })

  it('reads hands-on work with machines and vehicles in card wording', () => {
    expect(categoryOf('set up the bread oven every morning')).toBe('individual-tasks')
    expect(categoryOf('drive the tram on bank holidays')).toBe('individual-tasks')
  })

  it('reads barristers and a timeline and budget for another team as their work', () => {
    expect(categoryOf('instruct barristers on the boundary dispute')).toBe('legal-compliance')
    expect(categoryOf("Own the timeline and budget for the HR team's payroll switch")).toBe('non-operational-projects')
  })
})

describe('pressing a case on public rules', () => {
  it('reads campaigning for or against a law or tax as government relations', () => {
    expect(categoryOf('campaign against the new fuel levy')).toBe('government-relations')
    expect(categoryOf('Lobbies councillors for changes to the parking rules')).toBe('government-relations')
  })

  it('does not read pressing people to follow rules, or a case with a landlord, as government relations', () => {
    expect(categoryOf('Pushes the team to follow the new safety rules')).not.toBe('government-relations')
    expect(categoryOf('Argues the case for a change to the parking rules with the landlord')).not.toBe('government-relations')
  })
})

describe('what a project is to do', () => {
  it('reads the purpose of a project as the project itself', () => {
    expect(categoryOf("Leads the project to replace the finance team's invoicing software")).toBe('non-operational-projects')
  })
})

describe('card wording, third round', () => {
  it('reads the choosing verb that has a question after it', () => {
    expect(categoryOf('Set the yearly targets and decide which new regions we open in next')).toBe('strategy-vision')
    expect(categoryOf('pick where the business heads after this year')).toBe('strategy-vision')
  })

  it('reads an abbreviation in the plural as the abbreviation', () => {
    expect(categoryOf("keep the VCs' expectations in check")).toBe('investor-relations')
  })

  it('reads telling people step by step as control', () => {
    expect(categoryOf('tell the pickers which aisle to do next, step by step')).toBe('micromanagement')
    expect(categoryOf('Keys the delivery notes into the system line by line')).not.toBe('micromanagement')
  })

  it('reads a person an HR verb acts on as whom, not the work', () => {
    expect(categoryOf('discipline a clerk in the accounts team')).toBe('hr-beyond-operations')
  })

  it('reads staffing places in the plural as resourcing them', () => {
    expect(categoryOf("staff the tills for the brand team's launch weekend")).not.toBe('individual-tasks')
  })

  it('reads what the adverts promise as the measure of the work', () => {
    expect(categoryOf('Make sure deliveries honour what the adverts promise')).not.toBe('marketing-campaigns')
  })

  it('reads a person standing in for a manager as managing', () => {
    expect(categoryOf('Stands in for the general manager when absent')).not.toBe('individual-tasks')
  })

  it('reads "in-house" after what is built as where it is built', () => {
    expect(categoryOf('Build the returns app in-house and fix its bugs')).toBe('software-it')
  })
})

describe('card wording, fourth round', () => {
  it('reads a direction picked for the company as strategy', () => {
    expect(categoryOf('pick the 10 yr direction for the bakery chain')).toBe('strategy-vision')
  })

  it('reads people hired as hiring, things hired as renting', () => {
    expect(categoryOf('hire new dentists for all the practices')).toBe('hr-beyond-operations')
    expect(categoryOf('hire a marquee and generators for the open day')).not.toBe('hr-beyond-operations')
  })

  it('reads "look after" servers as IT work', () => {
    expect(categoryOf('look after the office servers')).toBe('software-it')
  })

  it('reads joining another team\'s project as contributing to it', () => {
    expect(classifyLabel('join the cross-team website project for the warehouse side').mode).toBe('contribute')
  })

  it('reads the same work as those who normally do it as hands-on', () => {
    expect(categoryOf('Do the same deliveries as the drivers you manage')).toBe('individual-tasks')
  })

  it('reads appearing on a podcast as public relations, not marketing', () => {
    expect(categoryOf('Appear on podcasts to talk about the brand')).toBe('public-relations')
  })

  it('reads reporting to backers as investor relations, not direct reports', () => {
    expect(classifyLabel('Keep the backers happy by reporting to them every month').mode).not.toBe('direct-reports')
  })
})

describe('card wording, last rounds', () => {
  it('reads a sum in millions spent as a major financial decision', () => {
    expect(categoryOf('sign off £3m spend on a new warehouse')).toBe('major-finance')
    expect(categoryOf('sign off the £300 spend on new gloves')).not.toBe('major-finance')
  })

  it('reads winning politicians over as government relations', () => {
    expect(categoryOf('win councillors over on the new depot')).toBe('government-relations')
  })

  it('reads where a named business goes as its strategy, not a fund buying shares', () => {
    expect(categoryOf('sort out where the bakery goes over the next 5 years')).toBe('strategy-vision')
    expect(categoryOf('Chooses which shares the pension fund should buy')).not.toBe('strategy-vision')
  })

  it('reads "serve as" as acting in a role, not supporting', () => {
    expect(classifyLabel("Serve as project manager for the HR team's move to new payroll software").mode).not.toBe('support')
  })
})

describe('checking each piece of the team\'s work, and pressing government', () => {
  it('reads re-checking every piece the team did as control, even done personally', () => {
    expect(categoryOf('Personally re-checks every order the team picks')).toBe('micromanagement')
  })

  it('reads pressing a government body as government relations', () => {
    expect(categoryOf("press the minister's office for a new rail link")).toBe('government-relations')
  })

  it('does not read data named in what a statement is about as a contribution', () => {
    expect(classifyLabel('draft a public statement re: the data breach').mode).not.toBe('contribute')
  })
})
