// Work handed on after an arrow to whoever holds it now; a department's name straight after a
// verb of handing over as who receives the figures. Each case names its signal; none is a
// tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { isOperationsManager } from '@shared/rules/role-type'
import { warned } from './fixtures'

describe('work handed on after an arrow', () => {
  it('reads "→ <someone> owns it now" and "→ <desk> from now on" as handing the work over', () => {
    expect(warned('invoice filing → Priya does it now, I spot-check the batch')).toBeNull()
    expect(warned('data entry of the goods-in notes -> office admin from now on')).toBeNull()
    expect(classifyLabel('counting stock on the shop floor -> stores crew handles it, I check the gaps').mode).toBe('oversee')
  })

  it('leaves work the role still does itself as it was', () => {
    expect(warned('invoice filing → I do it now')).toBe('clerical')
    expect(warned('counting stock on the shop floor')).toBe('hands-on-work')
    expect(warned('data entry of the goods-in notes myself from now on')).toBe('clerical')
  })
})

describe('a department receiving what is handed to it', () => {
  it('reads "give/send <department> <figures>" as input to that department', () => {
    expect(warned('Send public affairs the lorry-mile figures for the consultation')).toBeNull()
    expect(warned('Give government relations numbers on how the curfew would hit night shifts')).toBeNull()
    expect(warned('Give our investor relations contact the quarterly throughput readings')).toBeNull()
  })

  it('still warns when the role does the department’s work with outsiders', () => {
    expect(warned('Lobby the minister on the curfew')).toBe('government-relations')
    expect(warned('Send the ministry our position paper on the curfew')).toBe('government-relations')
  })
})

describe('words that name something else here', () => {
  it('reads a code named by what it marks as a label, and a press a job goes on as a machine', () => {
    expect(warned('Check the lot codes on every tray before despatch')).toBeNull()
    expect(warned('Give the carton reprint a slot on press 4')).toBeNull()
    expect(warned('Fix the bug in the scanner code')).toBe('it-software')
  })

  it('reads customers and suppliers taken on as no staff', () => {
    expect(warned('Onboard the new carriers onto the booking portal')).toBeNull()
    expect(warned('Onboard new starters across the whole company')).toBe('hr')
  })

  it('reads what can physically be made as capacity, not work in person', () => {
    expect(warned('How much can the mill physically roll next year? numbers for the board')).toBeNull()
    expect(warned('Physically unload the trailers myself every night')).toBe('hands-on-work')
  })

  it('reads a system used for the role’s own work as IT’s result put to use', () => {
    expect(classifyLabel('Use the IT job-logging system to track repairs through to sign-off').mode).toBe('implement')
    expect(warned('Use python to automate the weekly reports')).toBe('it-software')
  })
})

describe('new words and shapes of other domains', () => {
  it('knows treasury and the company’s cash, ransomware and a brand refresh', () => {
    expect(warned('Decide where the company’s cash goes each quarter')).toBe('finance')
    expect(warned('Remove the ransomware from the office laptops')).toBe('it-software')
    expect(warned('Run the agency on the biscuit brand refresh')).toBe('marketing')
  })

  it('reads choosing which firm to buy as the company’s move', () => {
    expect(warned('Choose which firm we buy next year')).toBe('strategy')
    expect(warned('Choose which cleaning firm we use for the offices')).toBeNull()
  })

  it('reads signing off each thing one worker does as control', () => {
    expect(warned('Approve each bed a porter makes before they go on to the next')).toBe('task-control')
    expect(warned('Approve each new supplier before the first order')).toBeNull()
  })

  it('reads whether operations can make it as feasibility input', () => {
    expect(warned('Go through the new product drawings to check we can build them at volume')).toBeNull()
    expect(warned('Draw up the new product drawings')).toBe('product-design')
  })
})

describe('minutes', () => {
  it('reads the heading of the minutes as where it was said', () => {
    expect(warned('Minutes 4/11 – action: ops manager to rebalance the picking shifts')).toBeNull()
    expect(warned('Minutes 4/11 – action: ops manager to type up the minutes')).toBe('clerical')
  })
})

describe('a department with "relations" in its name', () => {
  it('reads investor relations handed figures as who receives them', () => {
    expect(warned('Feed the on-time figures to investor relations for the annual report')).toBeNull()
    expect(warned('Present the annual results to investors')).toBe('investor-relations')
  })
})

describe('clauses that say what the work is for or about', () => {
  it('reads another department’s work named only after "so" as what the role’s work supports', () => {
    expect(warned('Roster the phone team so the sales team’s new accounts get a call back the same day')).toBeNull()
    expect(warned('Rewrite the adverts so the sales pitch lands better')).toBe('marketing')
  })

  it('reads an -ing after a noun, before a preposition and an article, as a clause about the noun', () => {
    expect(warned('Write the press release reacting to the inspection findings')).toBe('public-relations')
    expect(warned('Hand invoice filing to the office junior')).toBeNull()
  })

  it('reads "make the call on" and "have the final say on" as deciding', () => {
    expect(warned('Make the call on expanding the bakery chain into Wales')).toBe('strategy')
    expect(warned('Have the final say on opening the group in a new country')).toBe('strategy')
  })

  it('reads a capitalised operations word after a firm’s name as part of the name', () => {
    expect(warned('Decide on buying Harlow Logistics (acquisition)')).toBe('strategy')
  })
})

describe('a verb of looking after things used to describe another thing', () => {
  it('gives no operations weight to "the shipping line’s …" before another domain’s work', () => {
    expect(warned('Handle the shipping company’s lawsuit over lost cargo')).toBe('legal')
    expect(warned('Write the shipping firm’s public statements after an incident')).toBe('public-relations')
    expect(warned('Manage the shipping schedule for the north yard')).toBeNull()
  })
})

describe('words listed between commas', () => {
  it('reads a noun or describing word alone between commas as an item of the list, not a verb', () => {
    expect(warned('Bookings desk → ops arranges coaches, crew, parking')).toBeNull()
    expect(warned('Clear the yard for the VIP visit (safe, tidy)')).toBeNull()
    expect(warned('Neat, tidy loading bay for the customer audit')).toBeNull()
  })

  it('still reads a working verb after a comma as the next duty', () => {
    expect(warned('Plan the rota, tidy the stockroom myself every night')).toBe('hands-on-work')
  })
})

describe('who does the work a label names', () => {
  it('reads the noun before "they" and its verb as what they spoke of', () => {
    expect(warned('Give the R&D lab the oven humidity logs they asked for')).toBeNull()
  })

  it('reads participles after "have" or "get" opening the label as work others do', () => {
    expect(warned('Have the minibuses cleaned and crewed for the school trips sales booked')).toBeNull()
    expect(warned('Cleaned and crewed the minibuses myself for the school trips')).toBe('hands-on-work')
  })

  it('reads sessions and sittings staffed as people found for them', () => {
    expect(warned('Staff each sitting from the booking numbers')).toBeNull()
  })

  it('reads each piece one seamstress sews, checked, as control', () => {
    expect(warned('Check every hem each seamstress finishes before she starts the next')).toBe('task-control')
  })
})

describe('a department’s want or deed beside the role’s work', () => {
  it('reads what a department wants, then what the role does about it, as the occasion', () => {
    expect(warned('PR wants shots of the new kitchen – arrange a safe slot for their photographer')).toBeNull()
    expect(warned('Keep the tours running on time; comms has invited the local paper')).toBeNull()
  })

  it('still warns when the role does the department’s work after the dash', () => {
    expect(warned('PR wants coverage of the reopening – write the press release')).toBe('public-relations')
  })
})

describe('closing, deploying and prototyping', () => {
  it('reads contracts closed with customers as sales, not contracts ended with suppliers or closed by sales', () => {
    expect(warned('Close new cleaning contracts with office tenants')).toBe('sales')
    expect(warned('Close the contract with the old haulier')).toBeNull()
    expect(warned('sales closed the council contract → plan the crews for it')).toBeNull()
  })

  it('reads people deployed as put to work, and software deployed as IT work', () => {
    expect(warned('Deploy stewards across the stands to meet the safety plan')).toBeNull()
    expect(warned('Deploy the new release to the ticket servers')).toBe('it-software')
  })

  it('reads a new line of products as a range', () => {
    expect(warned('Prototype a new line of reusable coffee cups')).toBe('product-design')
  })

  it('knows evidence given to a committee, laws shaped and VLANs', () => {
    expect(warned('Give evidence to the select committee on port charges')).toBe('government-relations')
    expect(warned('Shape the new licensing legislation through the trade body')).toBe('government-relations')
    expect(warned('Set up the VLANs for the new sorting hall')).toBe('it-software')
  })
})

describe('places and flows looked after for others', () => {
  it('reads another department’s place seen to be ready as looked after for it', () => {
    expect(warned('Make sure the research labs are clean, stocked and ready for Monday')).toBeNull()
    expect(warned('Run the experiments in the research labs')).toBe('research')
  })

  it('reads the flow of another department’s things as what operations moves', () => {
    expect(warned('Manage the flow of marketing brochures through the depot')).toBeNull()
  })

  it('reads guidance as investors’ only when named so, and scanning invoices as desk work', () => {
    expect(warned('Follow the legal team’s guidance on the new signage')).toBeNull()
    expect(warned('Agree the full-year earnings guidance with the analysts')).toBe('investor-relations')
    expect(warned('Scan and post the supplier invoices every morning')).toBe('clerical')
  })
})

describe('two verbs over one object, and whose an -ing is', () => {
  it('reads the object of "draft and deliver", "plan and buy" as the first verb’s work too', () => {
    expect(warned('Write and deliver the shareholder update pack')).toBe('investor-relations')
    expect(warned('Plan and buy the bus-shelter ads for the spring timetable')).toBe('marketing')
    expect(warned('Order and deliver the marketing leaflets to the branches')).toBeNull()
  })

  it('reads an -ing after whose it is as describing the thing', () => {
    expect(warned('Run the trade body’s lobbying campaign on night deliveries')).toBe('government-relations')
  })
})

describe('more of the team’s work and who holds it', () => {
  it('knows making up rooms, pumping fuel and boning out', () => {
    expect(warned('Make up the twin rooms on the second floor')).toBe('hands-on-work')
    expect(warned('Pump fuel for the hire boats at the jetty')).toBe('hands-on-work')
    expect(warned('Bone out the lamb shoulders on the cutting line')).toBe('hands-on-work')
  })

  it('reads a department’s own manager as not the role, and the role’s reports as its own', () => {
    expect(warned('Discipline the receptionist who reports to the Sales Manager')).toBe('hr')
    expect(warned('Handle the grievance for the loader who reports to me, with HR advising')).toBeNull()
  })
})

describe('more of what operations does for other departments', () => {
  it('reads samples sent to a lab as the role’s own checks', () => {
    expect(classifyLabel('Send the swabs from the packing hall to the lab for listeria tests').mode).toBe('own-operations')
  })

  it('reads a department kept supplied with facts as given input', () => {
    expect(classifyLabel('Keep the press office supplied with facts on the outage – they handle the media').mode).toBe('contribute')
  })

  it('reads joining a department’s meetings as taking part', () => {
    expect(warned('Join the marketing team’s rebrand meetings for the van livery logistics')).toBeNull()
  })

  it('reads enough made for a department’s promotion, and a thing freed for its trials, as support', () => {
    expect(warned('Produce enough hampers for the promotion marketing are running')).toBeNull()
    expect(classifyLabel('Free up the pilot line on Fridays for the R&D trials').mode).toBe('support')
  })

  it('reads prices agreed with millers and dairies as paid, and whether the room can deliver as feasibility', () => {
    expect(warned('Agree flour prices with the millers')).toBeNull()
    expect(warned('Check the print room can hit the turnaround marketing is advertising')).toBeNull()
  })
})

describe('surveillance and holding people until approved', () => {
  it('reads people watched on CCTV, by name or all shift, as control, and checking the cameras as looking after kit', () => {
    expect(warned('Watch the CCTV of the cleaners all shift')).toBe('task-control')
    expect(warned('Check the CCTV cameras are recording in the car park')).toBeNull()
    expect(warned('Monitor the drivers’ key strokes on the booking screens')).toBe('task-control')
  })

  it('reads each piece signed off before people may move on as control, and one job handed over as not', () => {
    expect(warned('Sign off each pallet wrap before the loaders can move on to the next')).toBe('task-control')
    expect(warned('Sign off the job before the crew move on to the next site')).toBeNull()
  })
})

describe('what the new shapes must leave alone', () => {
  it('keeps a working verb joined to delivering as the team moving things', () => {
    expect(warned('Print and deliver the marketing leaflets to every branch')).toBeNull()
  })

  it('keeps a label in title case from reading its words as a firm’s name', () => {
    expect(warned('Oversee Annual Warehouse Budget And Headcount Planning')).toBeNull()
  })

  it('keeps outside firms’ work checked as goods, not people', () => {
    expect(warned('Check every delivery a supplier sends against the purchase order')).toBeNull()
  })

  it('keeps ending a contract, giving evidence at a hearing and policy with HR out of sales and government work', () => {
    expect(warned('Close the old waste collection contract when the site shuts')).toBeNull()
    expect(warned('Give evidence at disciplinary hearings for warehouse staff')).toBeNull()
  })

  it('keeps a verb in a list after a comma, the role’s own in-person cover, buying words and data moves', () => {
    expect(warned('Check the trailers, clean, refuel')).toBe('hands-on-work')
    expect(warned('Can physically cover the packing line when we are a man down')).toBe('hands-on-work')
    expect(warned('Review purchase spend with the finance director')).toBeNull()
    expect(warned('Oversee the transfer of customer data to the new CRM')).toBe('it-software')
    expect(warned('Deploy the new release to the handheld scanners')).toBe('it-software')
  })

  it('hands work to someone named before "now owns it"', () => {
    expect(warned('invoice filing → Priya now owns it')).toBeNull()
  })
})

describe('the last round’s shapes', () => {
  it('reads each step approved before someone may continue, and people made to report every few minutes, as control', () => {
    expect(warned('Approve each step of every service job before the fitter may continue')).toBe('task-control')
    expect(warned('Require the porters to report to me every ten minutes on where they are')).toBe('task-control')
    expect(warned('Require drivers to report every defect on the vehicle')).toBeNull()
  })

  it('reads acceptance testing alongside IT as coordination', () => {
    expect(classifyLabel('Act for operations alongside IT during user acceptance testing of the new booking system').mode).toBe('coordinate')
  })

  it('reads a hotel lobby as a place, and lobbying someone as government work', () => {
    expect(warned('Have the bar and lobby spotless for the awards night')).toBeNull()
    expect(warned('Lobby the council for a later licence')).toBe('government-relations')
  })

  it('reads taking blood pressure as the team’s clinical work', () => {
    expect(warned('Take the residents’ blood pressure on the morning round')).toBe('hands-on-work')
  })
})

describe('the organisation moved into new work', () => {
  it('reads the company, group or brand moved into new work as its direction', () => {
    expect(warned('Decide whether the bakery group moves into frozen desserts')).toBe('strategy')
    expect(warned('Take the bakery chain into the Irish market next year')).toBe('strategy')
  })

  it('leaves a move into a new site, or stock moved into a bay, as operations', () => {
    expect(warned('We move into the new warehouse in May: plan the racking')).toBeNull()
    expect(warned('Move the stock into bay 4 before the audit')).toBeNull()
  })
})

describe('cutting back, or cutting in person', () => {
  it('reads a verb of cutting back done in person as the work itself', () => {
    expect(warned('Cut and blow-dry clients myself when a stylist is off')).toBe('hands-on-work')
    expect(classifyLabel('Cut the admin team’s filing backlog by half').mode).toBe('oversee')
  })
})

describe('what the second reading of the last rounds found', () => {
  it('keeps checking that cameras and screens work as looking after kit', () => {
    expect(warned('Check the CCTV cameras on the trailers are working')).toBeNull()
    expect(warned('Monitor CCTV to make sure all fire exits are clear')).toBeNull()
    expect(warned('Check the staff computer screens all day to see who is working')).toBe('task-control')
  })

  it('keeps a move said as a time, or people taken into a place, as operations', () => {
    expect(warned('Check grit stocks before we go into winter')).toBeNull()
    expect(warned('Take the school group into the visitor centre for the safety briefing')).toBeNull()
  })

  it('keeps setting off, and vehicles checked before the round, out of control', () => {
    expect(warned('Check every van before drivers go on the road')).toBeNull()
    expect(warned('Check each delivery before the drivers can carry on with their round')).toBeNull()
  })

  it('keeps contracts with suppliers, and ended ones, out of sales', () => {
    expect(warned('Close the contracts with the old hauliers when the site shuts')).toBeNull()
    expect(warned('Close the contract with the landlord')).toBeNull()
    expect(warned('closing the hospital cleaning contract deal')).toBe('sales')
  })

  it('keeps the hall a hall, and a firm’s name in a short label a name', () => {
    expect(warned('Inspect the lobby for litter before guests arrive')).toBeNull()
    expect(warned('Keep the lobbies tidy')).toBeNull()
    expect(warned('ops mgr lobbies the planning committee to approve the new yard')).toBe('government-relations')
    expect(warned('Book Hendry Removals')).toBeNull()
  })

  it('keeps supervisors and agents deployed as people, and outside contractors reporting in as no control', () => {
    expect(warned('Deploy supervisors across the night shift')).toBeNull()
    expect(warned('Require contractors to report to me every hour while hot works are live')).toBeNull()
  })
})

describe('a unit named after the comma or in brackets by its services or division', () => {
  it('reads "Operations Manager, Engineering Services" and "(Facilities Division)" as the unit run', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Engineering Services' })).toBe(true)
    expect(isOperationsManager({ title: 'Ops Mgr (Facilities Division)' })).toBe(true)
  })

  it('keeps another function named alone, or before the title, as that function’s operations', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Marketing' })).toBe(false)
    expect(isOperationsManager({ title: 'Engineering Operations Manager' })).toBe(false)
  })
})

describe('the last tuning sets’ shapes', () => {
  it('reads a lab booked for the role’s own swab or water tests as its own checks', () => {
    expect(classifyLabel('Book the outside lab for the monthly water tests').mode).toBe('own-operations')
    expect(warned('Book the lab for the new product trials')).toBe('research')
  })

  it('reads a post or a figure held as a position, and brand positioning as marketing', () => {
    expect(warned('Add a second till position to the Saturday rota')).toBeNull()
    expect(warned('Agree the brand positioning for the new range')).toBe('marketing')
  })

  it('reads a promise checked to be doable as support, and stretching dough as the team’s work', () => {
    expect(classifyLabel('Check the sales team’s next-day promise is doable before it goes out').mode).toBe('support')
    expect(warned('Stretch dough on the Friday night shift')).toBe('hands-on-work')
  })
})

describe('pitches, fit-outs and hire shops', () => {
  it('reads the sports pitch before an operational head, and a pitch to someone as selling', () => {
    expect(warned('Pitch maintenance and line marking around the fixture list')).toBeNull()
    expect(warned('Pitch our cleaning contracts to local offices')).toBe('sales')
  })

  it('reads fitting out a place as a refit, and a hire shop as renting', () => {
    expect(warned('Fit out the two new kitchens before opening')).toBeNull()
    expect(warned('Open the bike hire shop for the summer')).toBeNull()
  })
})
