// People said to report to someone else; a list of parts after the work it belongs to.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { parseLabel } from '@shared/rules/nlp/parse'
import { isOperationsManager } from '@shared/rules/role-type'
import { warned } from './fixtures'

describe('people who report to someone else', () => {
  it('reads "none of whom report to …" and "who report to another manager" as not the role’s reports', () => {
    expect(warned('Holds disciplinary meetings for the bakery staff, none of whom report to him')).toBe('hr')
    expect(warned('Runs grievance hearings for drivers who report to another supervisor')).toBe('hr')
    expect(warned('Handles disciplinary cases for cleaners who report to a different manager')).toBe('hr')
  })

  it('still reads the role’s own reports as such', () => {
    expect(warned('Handles disciplinary cases for the cleaners who report to me')).toBeNull()
    expect(classifyLabel('Handles disciplinary cases for the cleaners who report to me').mode).toBe('direct-reports')
  })
})

describe('a list of parts after the work it belongs to', () => {
  it('does not count the parts of another department’s work against it', () => {
    expect(warned('Plans and runs the spring radio ad campaign – budget, targeting, reporting')).toBe('marketing')
  })

  it('leaves operational work with a list of its parts as operations', () => {
    expect(warned('Plans and runs the spring stock count – budget, targeting, reporting')).toBeNull()
  })
})

describe('the role’s own part, named as such', () => {
  it('reads "…; my bit is …" and "… – my job is …" as holding only the part named', () => {
    expect(warned('Comms deal with the reporters; my bit is getting the trains running again')).toBeNull()
    expect(warned('The brand slogan is marketing’s – my job is making the depot live up to it')).toBeNull()
  })

  it('warns when the part named is itself another department’s work', () => {
    expect(warned('Marketing set the budget; my bit is writing and running the radio ads')).toBe('marketing')
    expect(warned('Write the press release on the recall – my job')).toBe('public-relations')
  })
})

describe('specialists named doing the work', () => {
  it('reads "reps do the selling" and "the developers … they write the code" as theirs', () => {
    expect(warned('Gets the demo stock to the trade show on time — reps do the selling')).toBeNull()
    expect(warned('Walk the developers through how the yard works so the screens fit – they write the code')).toBeNull()
  })

  it('still warns when the role does it with what the specialists made', () => {
    expect(warned('Read out the statement the comms team wrote to the reporters at the gate')).toBe('public-relations')
  })
})

describe('doing the team’s work as one of them', () => {
  it('reads "… as an agent", "… as a porter" as the team’s work', () => {
    expect(warned('Takes the overflow calls as an agent on Monday mornings')).toBe('hands-on-work')
    expect(warned('Moves patients between wards as a porter at weekends')).toBe('hands-on-work')
  })

  it('leaves a part played for the team alone', () => {
    expect(warned('Chairs the shift huddle as a facilitator')).toBeNull()
    expect(warned('Plans the rota as a team with the supervisors')).toBeNull()
  })

  it('reads covering the team’s own round while one of them is away as doing it', () => {
    expect(warned('Covers the early cleaning round when a cleaner rings in sick')).toBe('hands-on-work')
  })
})

describe('desk work done by hand', () => {
  it('is desk work, not the team’s hands-on work', () => {
    expect(warned('Records each returned parcel by hand in the ledger')).toBe('clerical')
    expect(warned('Books the weekly collections by hand in the paper diary')).toBe('clerical')
  })

  it('leaves hands-on work by hand as it was', () => {
    expect(warned('Washes the glasses by hand after service')).toBe('hands-on-work')
  })
})

describe('a working verb over a plan or a measure', () => {
  it('reads the plan or the measure worked on as operations, not hands-on work', () => {
    expect(warned('Loads the weekly dyeing schedule so the vats stay busy')).toBeNull()
    expect(warned('Pack station rate per hour ↑')).toBeNull()
    expect(warned('Lift servicing timetable for the winter closure')).toBeNull()
  })

  it('still reads the team’s things loaded or packed as the team’s work', () => {
    expect(warned('Loads the vans myself at 5am')).toBe('hands-on-work')
    expect(warned('Packs the web orders on Saturdays')).toBe('hands-on-work')
  })
})

describe('input on something', () => {
  it('reads "input on/to …" as a view given, not data keyed in', () => {
    expect(warned('Input on the new loyalty scheme idea: till times, queue length')).toBeNull()
    expect(warned('Input to the lease talks on loading-bay hours')).toBeNull()
  })

  it('still reads keying data in as desk work', () => {
    expect(warned('Input the delivery notes into the stock system each evening')).toBe('clerical')
  })
})

describe('the role named by its initials, and a new business started', () => {
  it('reads "OM …" and "Head of <site> Ops to …" as the role doing it', () => {
    expect(warned('OM writes the code for the new booking app')).toBe('it-software')
    expect(warned('Agreed: Head of Depot Ops to go out and secure the £5m funding for the new fleet')).toBe('finance')
  })

  it('reads starting a new business as the company’s move', () => {
    expect(warned('Makes the call to launch a new garden-furniture business')).toBe('strategy')
    expect(warned('Launch a new removals business')).toBe('strategy')
  })

  it('leaves new operational things started alone', () => {
    expect(warned('Start the new shift pattern in May')).toBeNull()
    expect(warned('Win new business from the schools')).toBe('sales')
  })
})

describe('a legal dispute named by what it is about', () => {
  it('reads a dispute with the landlord, and defending the company, as legal work', () => {
    expect(warned('Handles the rent dispute with the landlord, letters from their solicitor included')).toBe('legal')
    expect(warned('Defends the company against the neighbour’s noise claim')).toBe('legal')
  })

  it('leaves the landlord and the lease as premises work when nothing is disputed', () => {
    expect(warned('Agree the lease renewal terms on the depot with the landlord’s agent')).toBeNull()
    expect(warned('Reports roof leaks to the landlord')).toBeNull()
  })
})

describe('picking a choice, and risks of money', () => {
  it('reads picking a structure, an approach or a format as choosing, not picking stock', () => {
    expect(warned('Leads the takeover talks with the rival ferry line and picks the deal structure')).toBe('strategy')
    expect(warned('Picks the approach for the new returns process')).toBeNull()
  })

  it('still reads picking goods as the team’s work', () => {
    expect(warned('Picks the web orders myself on Saturdays')).toBe('hands-on-work')
  })

  it('reads currency and interest-rate risk as the company’s finance', () => {
    expect(warned('Manages the group’s currency risk on euro purchases')).toBe('finance')
    expect(warned('Looks after interest rate exposure on the company’s loans')).toBe('finance')
  })
})

describe('serving food or guests', () => {
  it('reads food, drink or guests served as the team’s work', () => {
    expect(warned('I serve hot dogs at half time')).toBe('hands-on-work')
    expect(warned('Serves mulled wine at the winter market stall')).toBe('hands-on-work')
  })

  it('leaves notice, needs and markets served alone', () => {
    expect(warned('Serve notice on the cleaning contractor')).toBeNull()
    expect(warned('Makes sure the depot serves the needs of the northern region')).toBeNull()
  })
})

describe('answering the phones', () => {
  it('reads answering a phone line as desk work, whatever the line is for', () => {
    expect(warned('Answers the residents’ repairs phone line on Mondays')).toBe('clerical')
    expect(warned('answer the kayak hire booking phone line')).toBe('clerical')
  })

  it('leaves questions answered and lines run alone', () => {
    expect(warned('Answers the auditors’ questions on the picking line')).toBeNull()
  })
})

describe('each piece of one worker’s work looked at', () => {
  it('reads "looks at every … each <worker> …" and a described worker as control over people', () => {
    expect(warned('Looks at every cake each baker finishes before it goes in the window')).toBe('task-control')
    expect(warned('Checks every trolley each night porter returns')).toBe('task-control')
  })

  it('leaves things looked at as things looked after', () => {
    expect(warned('Looks at every forklift before the early shift')).toBeNull()
  })
})

describe('a programme of research into something, and a particle after a pronoun', () => {
  it('reads "the research programme into a new process" as research, not a result put into procedures', () => {
    expect(warned('Leads the research programme into a solvent-free degreasing process, running the trials')).toBe('research')
  })

  it('still reads a result written into the role’s procedures as its own operations', () => {
    expect(warned('Writes the lab’s proven cleaning method into our procedures')).toBeNull()
  })

  it('keeps a particle after "it" with its verb, whatever follows', () => {
    const words = parseLabel('Take the new rota and roll it out across all sites').words
    expect(words.find((w) => w.lower === 'out')?.place).toBe('function')
    expect(words.find((w) => w.lower === 'roll')?.particle).toBe('out')
  })
})

describe('the team’s work named before a measure, with no verb', () => {
  it('reads a measure or a rule of the team’s work as managed, not done', () => {
    expect(warned('Packing bench throughput per shift')).toBeNull()
    expect(warned('loading bay quality: damage %')).toBeNull()
    expect(warned('Crew manning levels per sailing')).toBeNull()
  })

  it('still reads the team’s work done as done', () => {
    expect(warned('Packing the web orders on Saturdays')).toBe('hands-on-work')
  })
})

describe('marketing’s finished things put in place by operations', () => {
  it('reads branded kit or signs fitted once marketing signed them off as supporting marketing', () => {
    expect(warned('Get the new branded signage fitted at both depots once marketing have approved the artwork')).toBeNull()
    expect(warned('Put up the new menu boards once marketing have finalised the rebrand')).toBeNull()
  })

  it('still warns when the role launches marketing’s finished campaign itself', () => {
    expect(warned('Launch the spring campaign marketing signed off: schedule the posts and run the ads')).toBe('marketing')
  })
})

describe('paperwork named, and paperwork done', () => {
  it('reads paperwork and records kept ready for an inspection as the site’s own compliance', () => {
    expect(warned('fire officer visit prep – paperwork + walkround')).toBeNull()
    expect(warned('Allergen records kept up to date in every kitchen')).toBeNull()
  })

  it('still reads doing, scanning or filing the paperwork as desk work', () => {
    expect(warned('Book the taxis and do the paperwork for each hire')).toBe('clerical')
    expect(warned('Scanning and archiving paperwork for head office')).toBe('clerical')
  })
})

describe('specialists given what the role knows', () => {
  it('reads a list, a maximum or the tolerances given to designers or developers as input', () => {
    expect(warned('Give the developers a list of what the gate kiosks must do')).toBeNull()
    expect(warned('tell the designers the oven max is 600mm before they finalise')).toBeNull()
    expect(warned('Give designers the tolerances our cutting table can hold')).toBeNull()
  })

  it('still warns when the role gives them a design of its own', () => {
    expect(warned('Give the designers a new design for the lid')).toBe('product-design')
  })
})

describe('the role’s part in another department’s project', () => {
  it('reads a seat on its steering or working group, or its own PM named, as taking part', () => {
    expect(warned('finance system project: ops on the working group for the depot side')).toBeNull()
    expect(warned('new intranet project (IT PM) – ops gives the shift data needs')).toBeNull()
    expect(warned('Loyalty app project (run by the digital team): trial it at one shop')).toBeNull()
  })

  it('still warns when the role runs the project or its group', () => {
    expect(warned('Chair the steering group for IT’s new intranet project')).not.toBeNull()
    expect(warned('Be the project manager for the rebrand run by the marketing department')).toBe('other-projects')
  })
})

describe('what these shapes leave alone', () => {
  it('keeps places, floors and other departments’ heads out of them', () => {
    expect(warned('Log it on the IT helpdesk system')).toBeNull()
    expect(warned('Serve 40 stores from the Leeds depot')).toBeNull()
    expect(warned('Create the new division org chart')).toBeNull()
    expect(warned('Head of Marketing Operations runs the campaign calendar')).toBeNull()
    expect(warned('Logs every IT issue on the helpdesk portal')).toBeNull()
    expect(warned('Order the stock – my part is done once it’s in')).toBeNull()
  })

  it('still reads the team’s work on a floor or by hand as the team’s work', () => {
    expect(warned('Mop the ground level after close')).toBe('hands-on-work')
    expect(warned('Fills the sandbags by hand')).toBe('hands-on-work')
    expect(warned('Run the depot; my job is also to cover the tills at lunch')).toBe('hands-on-work')
  })
})

describe('kept within the law, and a department’s rules applied', () => {
  it('reads the role’s own work kept legal as its compliance', () => {
    expect(warned('forklift inspection records kept legal for the whole fleet')).toBeNull()
    expect(warned('legal weight limits on the tipper – set the loading rules')).toBeNull()
    expect(warned('Build the legal-minimum rest breaks into every rota')).toBeNull()
  })

  it('reads a department’s new rules applied to the role’s own work as put in place', () => {
    expect(warned('Apply legal’s new retention rules to our CCTV process')).toBeNull()
  })

  it('still warns on legal work itself', () => {
    expect(warned('Decide our legal strategy in the dispute with the landlord')).toBe('legal')
    expect(warned('Times every toilet break')).toBe('task-control')
  })
})

describe('presented for investors, represented at a tribunal, and "his own"', () => {
  it('reads financial reports presented for the owners as investor relations', () => {
    expect(warned('Prepares and presents the financial report pack for the fund owners')).toBe('investor-relations')
  })

  it('still reads reports prepared for someone else to present as input', () => {
    expect(warned('Prepares the financial report pack for the fund owners')).toBeNull()
  })

  it('reads representing the company at a tribunal or a court as legal work', () => {
    expect(warned('Represents the company at the employment tribunal over the sacked driver')).toBe('legal')
    expect(warned('Represents operations at the weekly planning meeting')).toBeNull()
  })

  it('does not read "his own" or "her own" alone as the role’s reports', () => {
    expect(warned('Ops drafts the chain’s five-year expansion vision and takes it to the board as his own strategy')).toBe('strategy')
  })
})

describe('plural workers, a reporting line, and a lone network after the title', () => {
  it('reads every piece of work the techs do, signed off first, as control over people', () => {
    expect(warned('Has to sign off every small job the site techs do before they start')).toBe('task-control')
  })

  it('does not read a reporting line as a report handed over', () => {
    expect(warned('Gives a final written warning to a bar assistant who doesn’t report to her')).toBe('hr')
  })

  it('reads "Operations Manager, Network" as the role, and other functions after the comma as theirs', () => {
    expect(isOperationsManager({ title: 'Senior Operations Manager, Network' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Network Security' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, IT' })).toBe(false)
  })
})

describe('rates, readings and reviews of the team’s work', () => {
  it('reads a rate per customer, a reading per batch or a pattern as measured or planned', () => {
    expect(warned('Serving time per customer – aiming for under 2 mins')).toBeNull()
    expect(warned('Harvest peak shift pattern -> 4 on 3 off')).toBeNull()
  })

  it('still reads serving customers as the team’s work', () => {
    expect(warned('Serving customers at the hatch during the rush')).toBe('hands-on-work')
  })
})

describe('work booked with those who do it', () => {
  it('reads servicing booked with the maker’s engineers as arranged, not joined', () => {
    expect(warned('Books the annual boiler servicing with the maker’s engineers')).toBeNull()
  })

  it('still reads working alongside the team as joining in', () => {
    expect(warned('Lays the patio slabs with the site crew most days')).toBe('hands-on-work')
  })
})

describe('"hire" as a rental', () => {
  it('reads the hire of things as renting them, not employing', () => {
    expect(warned('Book the scaffold tower hire for the roof job')).toBeNull()
    expect(warned('Hire-period tracking so the kit comes back on time')).toBeNull()
  })

  it('still reads hiring people as people work', () => {
    expect(warned('Hire two new drivers for the sales team')).toBe('hr')
    expect(warned('Onboard every new hire across the company')).toBe('hr')
  })
})

describe('enquiries routed to whose work they are', () => {
  it('reads reporters, press calls or press handling passed to the press office or comms as keeping out of it', () => {
    expect(warned('Puts any journalist who calls the depot straight through to the press office')).toBeNull()
    expect(warned('front desk: any media enquiries → straight to the comms team')).toBeNull()
    expect(warned('Works with communications on the flood closure, leaving all press handling to them')).toBeNull()
  })

  it('still warns when the role deals with the press itself', () => {
    expect(warned('Answers the journalists’ calls about the depot fire')).toBe('public-relations')
    expect(warned('Write the press release and send it to the comms team')).toBe('public-relations')
  })
})

describe('the press or the brand as the effect of the role’s own work', () => {
  it('reads the press named after "=" or "…, protecting …" as what the work brings about', () => {
    expect(warned('keep the trams on time - fewer delays = kinder press')).toBeNull()
    expect(warned('Keep the lifts running, protecting the centre’s reputation with shoppers and press')).toBeNull()
  })

  it('still warns when the role is named as doing the press work', () => {
    expect(warned('ops mgr = spokesperson on local radio after the flood')).toBe('public-relations')
  })
})

describe('an outside party’s own calls', () => {
  it('reads the press’s or the investors’ calls handled as their work, whatever they are about', () => {
    expect(warned('Handle reporters’ calls about the fire at the recycling depot')).toBe('public-relations')
    expect(warned('Take media calls about the flood at the warehouse site')).toBe('public-relations')
  })

  it('leaves customers’ calls about deliveries as operations', () => {
    expect(warned('Handle customer calls about late deliveries at the depot')).toBeNull()
  })
})

describe('a public body described by its people', () => {
  it('reads working with a body’s members to change its rules as government relations', () => {
    expect(warned('Campaign with port authority board members to change the berthing legislation')).toBe('government-relations')
  })

  it('leaves working with a body’s people on the role’s own site alone', () => {
    expect(warned('Work with the local authority planners to change the yard layout')).toBeNull()
  })
})

describe('the role naming itself as who makes the call', () => {
  it('reads "Should we …? I’m the one making that call" and "I’m the one calling it on whether …" as deciding it', () => {
    expect(warned("Should we buy out the rival laundry? I'm the one making that call")).toBe('strategy')
    expect(warned("I'm the one calling it on whether we open in Scotland next year")).toBe('strategy')
    expect(warned('Decision recorded: Head of Ops picks the takeover target and leads the talks')).toBe('strategy')
  })

  it('leaves a question the role does not decide alone', () => {
    expect(warned('Should we buy out the rival laundry? Board to decide; ops gives the capacity figures')).toBeNull()
  })
})

describe('pitching to the owners met', () => {
  it('reads "meets the owners … to pitch them …" as investor relations, not selling', () => {
    expect(warned('Meets the fund owners each quarter to pitch them the expansion story')).toBe('investor-relations')
  })

  it('still reads pitching to buyers as selling', () => {
    expect(warned('Meets the buyers monthly to pitch them the new range')).toBe('sales')
  })
})

describe('an advert list’s heading', () => {
  it('reads "Key responsibility: you will …" by what follows, not as keying', () => {
    expect(warned('Key responsibility: you will plan servicing for the lifts and boilers')).toBeNull()
    expect(warned('Main accountabilities – you will write the code for the booking app')).toBe('it-software')
  })
})

describe('a department owning or configuring its part', () => {
  it('reads "IT owns the servers", "they configure it" and "…’s baby – our job is …" as theirs', () => {
    expect(warned('Ops + IT: make sure the booking system fits the clinic day, IT owns the servers')).toBeNull()
    expect(warned('Tell IT what the stock software needs for goods-in; they configure it')).toBeNull()
    expect(warned('Loyalty promo is marketing’s baby – our job is enough staff and stock to deliver it')).toBeNull()
  })
})

describe('phrases that stop at a bounding preposition, and training in the work', () => {
  it('does not join "spend … within plan" into a company spending plan', () => {
    expect(warned('Holds the site team’s overtime budget and keeps spend within plan')).toBeNull()
  })

  it('reads the team’s work named before "training" as what the training is in', () => {
    expect(warned('Rolls out the new pallet wrapper the engineers built, incl. crew training')).toBeNull()
  })

  it('still reads the company’s spending plan and the team’s work itself', () => {
    expect(warned('Set the company spending plan for next year')).toBe('finance')
    expect(warned('Clean train interiors at the depot overnight')).toBe('hands-on-work')
  })
})

describe('the parts of running another department’s project', () => {
  it('reads the plan, budget and sign-offs named beside the project as running it', () => {
    expect(warned('Project lead for the summer sponsorship campaign – owns the plan, budget and sign-offs')).toBe('other-projects')
    expect(warned('Project-manages HR’s new payroll launch end to end: plan, budget, supplier, go-live')).toBe('other-projects')
  })

  it('leaves operations’ own project with its plan and budget alone', () => {
    expect(warned('Run the warehouse move project – plan, budget, go-live')).toBeNull()
  })
})

describe('working one of the team’s rounds', () => {
  it('reads driving or working a round as doing it', () => {
    expect(warned('Drives and works a window-cleaning round two days a week')).toBe('hands-on-work')
  })

  it('leaves working out the rounds as planning', () => {
    expect(warned('Works out the rounds for next week')).toBeNull()
  })
})

describe('what the later shapes leave alone', () => {
  it('still warns on press, people and legal work they come near', () => {
    expect(warned('Handle press enquiries on the night, reporting to the comms team')).toBe('public-relations')
    expect(warned('Handle the flood closure, keeping the press informed')).toBe('public-relations')
    expect(warned('Sign off every hire for the marketing team')).toBe('hr')
    expect(warned('Runs legal for the group alongside operations')).toBe('legal')
    expect(warned('Should we merge with the other firm? I’m the one making that call')).toBe('strategy')
  })

  it('still reads the team’s work, selling and a report handed over as they were', () => {
    expect(warned('Clean training rooms every evening')).toBe('hands-on-work')
    expect(warned('Wash colours for the care home laundry')).toBe('hands-on-work')
    expect(warned('Order picking with the agency pickers on Saturdays')).toBe('hands-on-work')
    expect(warned('Visit the pub owners and pitch them our new beer range')).toBe('sales')
    expect(warned('Send a report to the solicitors on the unfair dismissal claim')).toBeNull()
    expect(warned('Minutes 12/03 – decision recorded: ops to give the capacity figures')).toBeNull()
  })
})
