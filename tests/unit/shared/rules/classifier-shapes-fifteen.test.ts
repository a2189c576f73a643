// Titles typed with one slip; work said to be done by hand; a till named by its number; a
// phrase of another domain's work as the object; contractors work is passed to. Each case
// names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { isOperationsManager } from '@shared/rules/role-type'
import { warned } from './fixtures'

describe('titles with one slip', () => {
  it('reads a letter missed, doubled or swapped in "Operations" or "Manager"', () => {
    expect(isOperationsManager({ title: 'Operatins Manager' })).toBe(true)
    expect(isOperationsManager({ title: 'Opeartions Manager, North Depot' })).toBe(true)
    expect(isOperationsManager({ title: 'Senior Operationss Mananger' })).toBe(true)
  })

  it('keeps another function named before a mistyped word', () => {
    expect(isOperationsManager({ title: 'Marketing Operatons Manager' })).toBe(false)
    expect(isOperationsManager({ title: 'Opperations Analyst' })).toBe(false)
  })
})

describe('work done by hand', () => {
  it('reads "manually" and "with your own hands" as in person', () => {
    expect(warned('Manually enter every goods-in note into the stock system')).toBe('clerical')
    expect(warned('Fix the pallet wrappers and swap their rollers with your own hands')).toBe('hands-on-work')
    expect(warned('Cut the number of orders keyed manually')).toBeNull()
  })

  it('reads a till named by its number as a post staffed', () => {
    expect(warned('Staff till 2 at lunch')).toBe('hands-on-work')
    expect(warned('Open the café till 4 on Sundays')).toBeNull()
  })
})

describe("a phrase of another domain's work as the object", () => {
  it('names the work past what the work is about', () => {
    expect(warned('Decide our legal strategy in the row with the landlord over the yard lease')).toBe('legal')
    expect(warned('Sets the legal strategy for the dispute with the haulier over the depot lease')).toBe('legal')
    expect(warned('sits in the design review to flag what would jam the filling line')).toBeNull()
  })
})

describe('work passed to a contractor', () => {
  it('is handed to its owner', () => {
    expect(warned('Pass printer faults to our IT contractor')).toBeNull()
    expect(warned('Log network outages with the managed-service provider')).toBeNull()
  })
})

describe('who approved it, and who the work is for', () => {
  it('reads a department that approved a thing as no word of its work', () => {
    expect(warned('Run the HR-approved overtime rules on every shift')).toBeNull()
    expect(warned('Write the HR-approved recruitment policy')).toBe('hr')
  })

  it('reads an office named for a department as that department', () => {
    expect(warned('Provide timelines to the press office when a line goes down')).toBeNull()
    expect(warned('Post the quarterly update letter to our private equity owners')).toBe('investor-relations')
  })

  it('reads specialists worked with as the owner', () => {
    expect(warned('Works with the pack designers so the new carton runs on the line')).toBeNull()
  })
})

describe('a desk or calendar with an operational word', () => {
  it("is no IT desk and no one's diary", () => {
    expect(warned('Run the facilities helpdesk process and contractor call-out times')).toBeNull()
    expect(warned('Keep the cleaning rota calendar for all four sites')).toBeNull()
    expect(warned('Run the IT helpdesk')).toBe('it-software')
  })
})

describe('a deal already done', () => {
  it('reads "now the merger is signed" as once it is', () => {
    expect(warned('Now the takeover is signed, bring both depots onto one pick process')).toBeNull()
  })
})

describe('watching over each worker', () => {
  it('reads standing over the team, or "however small", as control of the work', () => {
    expect(warned('Stand over the packers and check every box they tape')).toBe('task-control')
    expect(warned('Signs off every refund, however small, before the till staff can give it')).toBe('task-control')
    expect(warned('Set the goals with the team leaders and stopped hovering over the lines')).toBeNull()
  })

  it("reads the team needing the role's OK for each thing they do as control", () => {
    expect(warned('Cleaners need my OK for each task they start')).toBe('task-control')
  })
})

describe("the team's own work, named by its phrase", () => {
  it('reads laying bricks, emptying bins, reading meters and personal care as the work', () => {
    expect(warned('lay bricks on the garden wall job')).toBe('hands-on-work')
    expect(warned('Empty the bins on the Tuesday round')).toBe('hands-on-work')
    expect(warned('Reads the water meters on the estate round')).toBe('hands-on-work')
    expect(warned('Gives personal care to residents at weekends')).toBe('hands-on-work')
    expect(warned('Review personal care plans with the senior carers')).toBeNull()
  })

  it('reads a personal sales target as selling', () => {
    expect(warned('Personal target: 15 new customers signed a month')).toBe('sales')
  })
})

describe("taking part in another department's work", () => {
  it("reads attending a project's meetings as contributing", () => {
    expect(warned("attend the loyalty-scheme project's weekly meeting to flag store rota clashes")).toBeNull()
    expect(warned('Attend customer meetings to sell our services')).toBe('sales')
  })

  it('reads a question put to the owner about its work as coordination', () => {
    expect(warned('Q for marketing: how many extra orders will the spring promo bring?')).toBeNull()
    expect(warned('ask sales when the big contract starts so we can staff it')).toBeNull()
  })

  it('reads the owner named hosting, after a dash, as the owner', () => {
    expect(warned("get the yard tidy for the reporter's visit – comms team hosting")).toBeNull()
  })

  it('reads what the ads say, before what the role does, as their promise', () => {
    expect(warned("Ads say 'same day' – check we can actually ship that")).toBeNull()
    expect(warned('Write ads that say we deliver next day')).toBe('marketing')
  })
})

describe("a word of the team's work describing a measure or a schedule", () => {
  it('reads a standard, a turnaround or an error rate of the work as managing it', () => {
    expect(warned('cleaning standards for the trains overnight')).toBeNull()
    expect(warned('Packing error rate reviewed every Monday')).toBeNull()
    expect(warned('clean the trains overnight')).toBe('hands-on-work')
  })

  it('reads "programme", so spelt, as scheduling, not coding', () => {
    expect(warned('Programme the gym and studio timetable for the new term')).toBeNull()
    expect(warned('programme the new booking tool in python')).toBe('it-software')
  })

  it('reads a budget gone through line by line as no watching of people', () => {
    expect(warned('Runs the depot budget line by line with finance')).toBeNull()
    expect(warned("check each driver's log sheet line by line")).toBe('task-control')
  })
})

describe('a desk taught, a press run', () => {
  it('reads training a desk as overseeing its people', () => {
    expect(warned('train reception on the new check-in screens')).toBeNull()
    expect(warned('Book the hotels and train tickets for the crew')).toBe('clerical')
  })

  it('reads a press a job goes on as a machine', () => {
    expect(warned('Decide which orders go on which press each shift')).toBeNull()
    expect(warned('talk to the press about the strike')).toBe('public-relations')
  })
})

describe('the work itself as the first verb', () => {
  it('reads designing a range as design, whatever is built along the way', () => {
    expect(warned('Design the next toaster range, producing the CAD models and hand-built prototypes')).toBe('product-design')
  })

  it('reads writing a new recipe as product design, testing recipes as research', () => {
    expect(warned('Write the recipe for our new winter ale')).toBe('product-design')
    expect(warned('test new sauce recipes in the development kitchen')).toBe('research')
  })

  it('reads what interviews are about as no contribution', () => {
    expect(warned('Be the public face of the trust on local radio, giving interviews about ambulance times')).toBe('public-relations')
  })
})

describe('meeting minutes', () => {
  it('reads "action: ops to …" and "agreed: …" as the work the role takes on', () => {
    expect(warned('action: ops to file the delivery notes in the cabinet each night')).toBe('clerical')
    expect(warned('agreed: ops to plan and run the spring ticket campaign')).toBe('marketing')
    expect(warned('action: ops to own the yard schedule')).toBeNull()
  })

  it('reads an owner that installs or builds the thing as the owner', () => {
    expect(warned('Write the operational needs for the new rota software; IT builds it')).toBeNull()
  })

  it('reads a lab worked with as its people', () => {
    expect(warned('agree sample turnaround times with the test lab')).toBeNull()
    expect(warned('run the stability experiments with the lab')).toBe('research')
  })
})

describe('the role keeping its own work within the rules', () => {
  it("reads compliance alone as the role's own processes", () => {
    expect(warned('Ensure compliance with the food standards rules at every kitchen')).toBeNull()
    expect(warned('tachograph compliance – weekly checks')).toBeNull()
    expect(warned('Run the company-wide GDPR compliance programme')).toBe('legal')
  })

  it("reads a strategy named by the work as how that work is done", () => {
    expect(warned('picking strategy for the new chilled aisle')).toBeNull()
    expect(warned('Write the parks service strategy for the next decade')).toBe('strategy')
  })

  it('reads cutting or automating desk work as improving it', () => {
    expect(warned('Automate the invoice entry so nobody keys them twice')).toBeNull()
    expect(warned('cut keys for customers at the counter')).toBe('hands-on-work')
  })

  it('reads a heading and a bullet as the start of the work', () => {
    expect(warned('Key responsibilities: • write the press releases')).toBe('public-relations')
  })
})

describe('what the shapes above leave alone', () => {
  it('keeps "till" as "until" before a time, and an approved thing in capitals', () => {
    expect(warned('Staff till late on Fridays')).toBeNull()
    expect(warned('Use the Marketing-Approved wording on the shop signs')).toBeNull()
  })

  it('keeps coding verbs the two spellings share, and the press briefed a number of times', () => {
    expect(warned('Programmed the robots on line 3')).toBe('it-software')
    expect(warned('Brief the press 3 times a week during the strike')).toBe('public-relations')
  })

  it('keeps what someone else stopped doing, and a department that keeps losing things', () => {
    expect(warned('The agency stopped posting for us so I write and post the Instagram content')).toBe('marketing')
    expect(warned('Write the job adverts because HR keeps losing them')).toBe('hr')
  })

  it('keeps other forms of a title word apart from a slip', () => {
    expect(isOperationsManager({ title: 'Managed Operations' })).toBe(false)
  })

  it('reads a design verb after "I" as the design', () => {
    expect(warned('I design the next toaster range, producing the CAD models and hand-built prototypes')).toBe('product-design')
  })
})

describe('words of the trade', () => {
  it('reads giveaway on a line as overfill, not a promotion', () => {
    expect(warned('reduce giveaway on the pie line')).toBeNull()
    expect(warned('run the Christmas giveaway on Instagram')).toBe('marketing')
  })

  it('reads installing kit, with no software named, as no IT work', () => {
    expect(warned('Manages the project to install the new compactor')).toBeNull()
    expect(warned('install the new software on the tills')).toBe('it-software')
  })

  it('reads a measure driven up as improved, not driven', () => {
    expect(warned('Drive OEE on the canning line from 60% to 80%')).toBeNull()
    expect(warned('drive the gritter when we are short')).toBe('hands-on-work')
  })
})

describe('a PM named after "as"', () => {
  it('reads capital "PM" after "as" or an article as the project manager', () => {
    expect(warned("Act as PM for the intranet rebuild owned by the HR team")).toBe('other-projects')
    expect(warned('shift ends at 3 PM')).toBeNull()
  })
})

describe("another department's campaign as what the work is for", () => {
  it('reads operations readied for a campaign as support', () => {
    expect(warned("Make sure the bakery can make enough for marketing's two-for-one weekend")).toBeNull()
    expect(warned('Make flyers for the promo')).toBe('marketing')
    expect(warned('Thinks up ideas for the spring advertising campaign')).toBe('marketing')
  })
})

describe('a function word naming a place, and the role named as who will be responsible', () => {
  it('reads "Data Centre" before the title as a place', () => {
    expect(isOperationsManager({ title: 'Data Centre Operations Manager' })).toBe(true)
    expect(isOperationsManager({ title: 'Data Operations Manager' })).toBe(false)
    expect(isOperationsManager({ title: 'Security Operations Centre Manager' })).toBe(false)
  })

  it('reads "The Operations Manager will be responsible for …" as the work itself', () => {
    expect(warned("The Operations Manager will be responsible for setting the group's ten-year vision")).toBe('strategy')
  })

  it('reads lashing as the crew\'s work and a lashing gang as people', () => {
    expect(warned('lash the containers on deck')).toBe('hands-on-work')
    expect(warned('Lashing gang get PPE and a clear plan from me; they do the lashing')).toBeNull()
  })
})

describe('desk and system words', () => {
  it('reads booking taxis as desk work, and database corruption as IT work', () => {
    expect(warned('book the taxis for the visiting auditors')).toBe('clerical')
    expect(warned('Orders stationery for the accounts team')).toBeNull()
    expect(warned('Diagnose and fix the database corruption on the stock server')).toBe('it-software')
  })
})

describe('what a department needs, and what is sent to it', () => {
  it('reads a department needing the role\'s figures as input given to it', () => {
    expect(warned('public affairs team need our noise readings for their consultation reply')).toBeNull()
    expect(warned('marketing need to run the promo')).toBe('marketing')
  })

  it('reads a thing sent to a department after an arrow as given to it, but not work done first', () => {
    expect(warned('payback figures for the new chillers → finance')).toBeNull()
    expect(warned('write the press release → comms')).toBe('public-relations')
  })

  it('reads a method statement as operations paperwork', () => {
    expect(warned('Own the method statements for the shutdown maintenance work')).toBeNull()
  })
})

describe('a list of nouns at the start of a card', () => {
  it('reads a first word joined to a noun no verb could be as part of the phrase', () => {
    expect(warned('crew & van allocation for the weekend jobs')).toBeNull()
    expect(warned('Pack and label the boxes')).toBe('hands-on-work')
    expect(warned('Cooks and plates meals in the staff canteen')).toBe('hands-on-work')
  })
})

describe('a business named after the comma', () => {
  it('reads a laundry, dairy or garage after the comma as the unit run', () => {
    expect(isOperationsManager({ title: 'Ops Manager, Commercial Laundry' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Commercial' })).toBe(false)
  })
})

describe("a statement and what it answers, and the workshop's own jobs", () => {
  it('reads an -ing after the statement, before its object, as a clause about it', () => {
    expect(warned('Draft the public statement answering the complaint about the lost parcel')).toBe('public-relations')
    expect(warned('Stop double-checking each box-office refund; the duty managers own them')).toBeNull()
  })

  it('reads changing brakes, oil or tyres and folding sheets as the team\'s work', () => {
    expect(warned('change the brake pads on the minibuses')).toBe('hands-on-work')
    expect(warned('Fixing kart brakes and swapping tyres between sessions – that is on me')).toBe('hands-on-work')
    expect(warned('Plan and buy the billboard advertising for the spring range')).toBe('marketing')
  })
})

describe('what designers are shown, and specs read', () => {
  it('reads showing designers how the work is done as input to their design', () => {
    expect(warned('show the designers how pallets get strapped so the new crate survives it')).toBeNull()
    expect(warned('Tells reporters the company\'s side of the story')).toBe('public-relations')
  })

  it('reads a finished design\'s specs or drawings, read or learnt, as taken into production', () => {
    expect(warned('Reads the new product specs and plans the line runs around them')).toBeNull()
    expect(warned('Write the product specs for the new range')).toBe('product-design')
  })
})

describe('what operations needs, written down for its owner', () => {
  it('reads writing up what operations needs from a system as input', () => {
    expect(warned('Write up what the depot needs from the new routing software for IT')).toBeNull()
    expect(warned('write up ops requirements for the new rota app')).toBeNull()
    expect(warned('Write the code for the new booking software')).toBe('it-software')
  })
})

describe('desk work redesigned', () => {
  it('reads redesigning or reworking how desk work is done as improving it', () => {
    expect(warned('Redesign how the delivery notes are filed so admin can find them')).toBeNull()
    expect(warned('redesign the website')).toBe('it-software')
  })
})

describe('what a second reader found too loose', () => {
  it('keeps writing a campaign\'s words, designing after reading drawings, and directing another team', () => {
    expect(warned('Write up what the new ad campaign must say')).toBe('marketing')
    expect(warned('Study the drawings and design the new extension')).toBe('product-design')
    expect(warned('Show the marketing team how to run the Instagram campaign')).toBe('marketing')
    expect(warned('Draft and e-mail press releases')).toBe('public-relations')
  })

  it('keeps a function named first after the comma when the place word could be a market or a station', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Finance Markets' })).toBe(false)
  })
})

describe('the layout of a thing designed', () => {
  it("reads a thing's layout, with a design verb, as its design, and a place's layout as operations", () => {
    expect(warned("design the new roller coaster's track layout")).toBe('product-design')
    expect(warned('design the new warehouse layout')).toBeNull()
    expect(warned('Redesign the layout of the pick face')).toBeNull()
    expect(warned('Design the new store layout for the Leeds branch')).toBeNull()
  })
})

describe('performance against goals, a sales floor, and training courses', () => {
  it("reads each crew's performance against targets as the team's performance", () => {
    expect(warned('Track each crew against the collection targets and act on gaps')).toBeNull()
    expect(warned("check each picker's scans every hour")).toBe('task-control')
  })

  it('reads the sales floor as a place and training courses as no company course', () => {
    expect(warned('Manage sales-floor replenishment so shelves are full before opening')).toBeNull()
    expect(warned('Identify training needs in the team and agree the courses with HR')).toBeNull()
  })
})

describe('backers, mooring lines, the grill and a press that is run', () => {
  it('reads the P&L presented to private equity backers as investor relations', () => {
    expect(warned('Present the full-year P&L to our private equity backers')).toBe('investor-relations')
  })

  it("reads throwing the lines, marshalling cars and working the grill as the team's work", () => {
    expect(warned('Throw the mooring lines and marshal cars onto the car deck')).toBe('hands-on-work')
    expect(warned('Work the grill section during Saturday service')).toBe('hands-on-work')
  })

  it('reads a press that is run as no press office', () => {
    expect(warned('Run the Heidelberg press on day shift')).not.toBe('public-relations')
    expect(warned('brief the press on the strike')).toBe('public-relations')
  })
})

describe('hours sold, and what IR presents', () => {
  it('reads sold hours as a workshop measure and data IR presents as input', () => {
    expect(warned('Track workshop efficiency: sold hours vs clocked hours')).toBeNull()
    expect(warned('Prepare the uptime data that IR presents to shareholders')).toBeNull()
    expect(warned('Present the results to shareholders')).toBe('investor-relations')
  })
})
