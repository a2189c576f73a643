// Titles with the unit after a comma, a generic head's topic inside a longer phrase,
// cards said of their writer ("me to …"), and the company as the one that moves.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'
import { isOperationsManager } from '@shared/rules/role-type'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category

describe('titles', () => {
  it('reads a unit named after the comma as what the Operations Manager runs', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Parcel Network' })).toBe(true)
    expect(isOperationsManager({ title: 'Operations Manager, Harbour Ferries' })).toBe(true)
  })

  it('still reads a function named first after the comma as someone else’s operations', () => {
    expect(isOperationsManager({ title: 'Operations Manager, Marketing' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, IT' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager, Finance Shared Services' })).toBe(false)
  })
})

describe('the topic of a generic head', () => {
  it('reads a people strategy as HR work, however wide it reaches', () => {
    expect(classifyLabel('Draft the business-wide people strategy').domain).toBe('hr')
    expect(categoryOf('Write the company-wide people strategy for the chain')).toBe('hr-beyond-operations')
  })
})

describe('cards said of their writer', () => {
  it('reads the work after "me to"', () => {
    expect(categoryOf('me to decide whether we open a third clinic in Leeds')).toBe('strategy-vision')
  })

  it('does not read "me to" as owning the work', () => {
    const parsed = parseLabel('me to send the weekly figures to finance')
    expect(parsed.owned).toBeUndefined()
    expect(parsed.words.find((w) => w.place !== 'function')).toMatchObject({ lower: 'send', place: 'verb', clause: 0 })
  })
})

describe('the company as the one that moves', () => {
  it('reads past words describing the business to the one that acts', () => {
    expect(categoryOf('decide where the bakery café chain should be in five years')).toBe('strategy-vision')
  })
})

describe('job-advert and card openings', () => {
  it('reads the work after "you will", and the scene set before it after the work', () => {
    expect(categoryOf('On Saturdays you will run the till in the farm shop yourself')).toBe('individual-tasks')
    expect(categoryOf('As part of the senior team, you will choose which countries the business enters next')).toBe('strategy-vision')
  })

  it('reads "key accountabilities include" as a list of duties, not as keying anything in', () => {
    expect(categoryOf('Key accountabilities include agreeing delivery slots with the carriers')).toBe('operations')
  })

  it('reads what the time goes on as the work', () => {
    expect(categoryOf('Spend most mornings prototyping the new bottle cap')).toBe('product-design')
    expect(categoryOf('Most of my week goes on shortlisting candidates for the head office')).toBe('hr-beyond-operations')
    expect(categoryOf('Most Fridays I am interviewing applicants for the finance team')).toBe('hr-beyond-operations')
  })

  it('reads what the role ends up doing as the work, not as doing it by hand', () => {
    expect(categoryOf('Ends up stacking shelves alongside the lads')).toBe('individual-tasks')
    expect(categoryOf('Ends up agreeing the cleaning rota with the contractors')).toBe('operations')
  })
})

describe('who receives and who is opposed', () => {
  it('reads a department straight after a verb of giving as who receives', () => {
    const c = classifyLabel('give marketing honest delivery dates for the spring promotion')
    expect(c.mode).not.toBe('do')
    expect(categoryOf('Give sales realistic lead times for bespoke orders')).toBe('operations')
  })

  it('keeps a department word that starts a phrase of its own as the work', () => {
    expect(categoryOf('Gives legal advice to the regional offices')).toBe('legal-compliance')
  })

  it('reads questions asked by outside people as that work, not a contribution', () => {
    expect(categoryOf('present the annual results on the investor call and take questions from shareholders')).toBe('investor-relations')
  })

  it('reads escalating to the owner as handing the work off', () => {
    expect(classifyLabel('Escalates contract disputes with carriers to Legal').mode).toBe('oversee')
  })
})

describe('task control', () => {
  it('reads watching the devices of people at work as control', () => {
    expect(categoryOf("watch the drivers' tablets all day")).toBe('micromanagement')
  })

  it('reads telling people exactly how to work as control', () => {
    expect(categoryOf('tell the fitters the exact sequence to tighten each panel')).toBe('micromanagement')
  })

  it('reads each thing the team made as their work', () => {
    expect(categoryOf('check each crate the packers build before it leaves')).toBe('micromanagement')
  })

  it('ends the phrase opened by "each" at "and"', () => {
    expect(categoryOf('reviews waiting times at each gate and moves staff to the busiest')).not.toBe('micromanagement')
  })
})

describe('projects, matters and values', () => {
  it('keeps what a project is doing inside the project', () => {
    expect(categoryOf('Runs the software project building the new customer portal')).toBe('non-operational-projects')
  })

  it('reads what a party is represented in as the matter itself', () => {
    expect(categoryOf('represent the company in the dispute with the old landlord')).toBe('legal-compliance')
  })

  it('reads living the values as no strategy, and setting them as strategy', () => {
    expect(categoryOf("act as a role model for the company's values")).toBeNull()
    expect(categoryOf("define the company's values")).toBe('strategy-vision')
  })

  it('reads design words used as verbs as design', () => {
    expect(categoryOf('CAD the new hinge for the cabinet range')).toBe('product-design')
  })
})

describe('long job-advert lines', () => {
  it('reads a verb of leading over the work as doing it, whatever the clauses after it add', () => {
    expect(categoryOf('Lead hiring for every team in the group, writing the adverts and sitting on the interview panels')).toBe('hr-beyond-operations')
    expect(categoryOf('Handle the firm’s legal disputes, preparing case files and briefing barristers')).toBe('legal-compliance')
  })

  it('still reads leading operations’ own part as that part', () => {
    expect(categoryOf('Lead the operational input to the marketing plan, sharing capacity figures with the brand team')).not.toBe('marketing-campaigns')
    expect(categoryOf('Lead the rollout of the finished packaging design across the lines')).not.toBe('product-design')
  })

  it('reads being a project’s manager, owning its plan and budget, as running another department’s project', () => {
    expect(categoryOf('Be the project manager for the charity’s new donor website, owning the project plan, budget and milestones')).toBe('non-operational-projects')
  })
})

describe('card complaints and role-profile wording', () => {
  it('reads what the role keeps being asked or sent to do as the work', () => {
    expect(categoryOf('Keeps being asked to interview candidates for the accounts team')).toBe('hr-beyond-operations')
    expect(categoryOf('Always gets stuck driving the delivery van on Saturdays')).toBe('individual-tasks')
  })

  it('reads "the post holder will", "key duties:" and "take ownership of" as their plain forms', () => {
    expect(categoryOf('The post holder will personally approve every individual timesheet before it is paid')).toBe('micromanagement')
    expect(categoryOf('Key duties: agree delivery windows with the hauliers')).toBe('operations')
    expect(categoryOf('Take ownership of the company’s clinical research studies')).toBe('research-development')
  })

  it('reads a cold call as selling to whoever is called', () => {
    expect(categoryOf('cold call software developers about our office cleaning contracts')).toBe('customer-sales')
  })

  it('does not read a denied reporting line as direct reports', () => {
    expect(categoryOf('Runs disciplinary hearings for the bar staff, even though they do not report to him')).toBe('hr-beyond-operations')
  })

  it('reads "feed into" only as a verb’s phrase', () => {
    expect(categoryOf('type the feed orders into the spreadsheet')).toBe('clerical-admin')
  })
})

describe('more ways of holding the work', () => {
  it('reads running a project for a team named, with nothing else said, as that team’s project', () => {
    expect(categoryOf('project manage the alumni mentoring programme for the careers dept')).toBe('non-operational-projects')
    expect(categoryOf('project manage the racking upgrade for the night shift team')).not.toBe('non-operational-projects')
  })

  it('reads acting as a lawyer as legal work', () => {
    expect(categoryOf("Acts as the club's lawyer, reviewing the sponsorship agreements")).toBe('legal-compliance')
  })

  it('reads each thing people have made, checked by the role, as control', () => {
    expect(categoryOf('Checks every single pallet the pickers have wrapped')).toBe('micromanagement')
  })

  it('reads the team’s hands-on verbs as hands-on work, and data named by them as data', () => {
    expect(categoryOf('muck out the kennels every morning')).toBe('individual-tasks')
    expect(categoryOf('harvest totals to the finance team each week')).not.toBe('individual-tasks')
  })
})

describe('who a thing is for, and work before production', () => {
  it('reads a department named as who an operational contract or kit is for as a partner', () => {
    expect(categoryOf('manage the cleaning supply contract for the R&D lab')).toBe('operations')
    expect(categoryOf('order lab coats and gloves for the test kitchen')).toBe('operations')
  })

  it('reads a working verb done on a shift as the team’s work, and checking on a shift as not', () => {
    expect(categoryOf('feed the dough into the mixers on the early shift')).toBe('individual-tasks')
    expect(categoryOf('check the freezer temperatures every shift')).toBe('operations')
    expect(categoryOf('put the approved label design into use on the night shift')).not.toBe('individual-tasks')
  })

  it('reads making software as software work, whatever it is for and whoever does it', () => {
    expect(categoryOf('build the new volunteer rota app myself')).toBe('software-it')
  })

  it('reads design done before production takes it over as design', () => {
    expect(categoryOf('Design the next range of kettles, building prototypes before handover to manufacturing')).toBe('product-design')
  })

  it('reads a finished statement sent to the press as public relations work', () => {
    expect(categoryOf("send the comms team's approved statement out to the local papers")).toBe('public-relations')
  })
})

describe('what the role does not do, and words the stemmer confused', () => {
  it('leaves out what the card says the role does instead of, or rather than', () => {
    expect(categoryOf('Keep the bakers stocked with flour instead of baking myself')).not.toBe('individual-tasks')
    expect(categoryOf('Run the dispatch desk rather than packing orders myself')).not.toBe('individual-tasks')
  })

  it('reads supporting another team’s project as taking part in it', () => {
    expect(classifyLabel('Support the rebrand project by planning shop closures').mode).toBe('support')
  })

  it('reads feedback given to people named as a contribution to their work', () => {
    expect(classifyLabel('Give the design engineers feedback on how the new crates stack').mode).toBe('contribute')
  })

  it('keeps "news" apart from "new", and a park apart from parking', () => {
    expect(categoryOf('Give the design team feedback on how easy the new box is to fill')).not.toBe('public-relations')
    expect(categoryOf("Responsible for the park's overall financial health")).toBe('major-finance')
  })

  it('reads a bracket naming another function as someone else’s operations', () => {
    expect(isOperationsManager({ title: 'Theatre Operations Manager (Surgical)' })).toBe(false)
    expect(isOperationsManager({ title: 'Fundraising Operations Manager' })).toBe(false)
    expect(isOperationsManager({ title: 'Operations Manager (North West)' })).toBe(true)
  })
})

describe('subjects, lists and meetings', () => {
  it('reads a department before a verb in -s as who does it', () => {
    expect(classifyLabel('Sets up the filling line once engineering signs off the new cap design').mode).toBe('implement')
  })

  it('reads a plural between commas as a list item, not a verb', () => {
    expect(categoryOf('Estates across the 4 sites - boilers, lifts, roofing contractors')).toBe('operations')
  })

  it('reads two -ing words with no object as services', () => {
    expect(categoryOf('Cleaning & lighting for the design and finance floors')).toBe('operations')
  })

  it('reads a department met as the owner worked with', () => {
    expect(classifyLabel('Meets sales weekly to match the order book to plant capacity').mode).toBe('coordinate')
  })

  it('reads a phrase of planning after a doing verb as a noun', () => {
    expect(categoryOf('plan road closures and crew shifts for the resurfacing job')).toBe('operations')
    expect(categoryOf('crew the car deck on the early sailing')).toBe('individual-tasks')
  })

  it('reads reporting directly to the role as direct reports, and flagging to the owner as handing off', () => {
    expect(categoryOf('Handles disciplinary matters for the supervisors reporting directly to the role')).toBe('operations')
    expect(classifyLabel('flag odd contract clauses to legal before we sign').mode).toBe('oversee')
  })

  it('reads what a project of research is doing as research', () => {
    expect(categoryOf('Leads the R&D programme investigating new glazes for the tiles')).toBe('research-development')
  })

  it('reads each thing of a kind the staff made as their work', () => {
    expect(categoryOf('Personally checks every tray of pastries the bakers make')).toBe('micromanagement')
  })
})

describe('machines, projects and initials', () => {
  it('reads driving a machine nobody’s lexicon knows as the team’s work, and driving an idea as not', () => {
    expect(categoryOf('drive the snowplough on night shifts')).toBe('individual-tasks')
    expect(categoryOf('Drive efficiency across the depots')).toBe('operations')
  })

  it('reads rolling the food as work, and rolling out a result as putting it in place', () => {
    expect(categoryOf('Roll sushi on the counter during the lunch rush')).toBe('individual-tasks')
    expect(classifyLabel('Roll out the new tills IT chose across the shops').mode).toBe('implement')
  })

  it('reads running a project named by what it makes, with nothing operational in it, as another department’s project', () => {
    expect(categoryOf('Run the charity ball project for the trustees')).toBe('non-operational-projects')
    expect(categoryOf('Lead the racking replacement project')).toBe('operations')
  })

  it('reads the work after initials', () => {
    expect(categoryOf('JB to run the project for the museum’s centenary book')).toBe('non-operational-projects')
  })
})

describe('what is said in the room, and context that decides a word', () => {
  it('reads what is said of someone as that person’s work', () => {
    expect(categoryOf("She's always out there stacking pallets in the yard with the lads.")).toBe('individual-tasks')
    expect(categoryOf('He spends his mornings keying orders into the system.')).toBe('clerical-admin')
    expect(categoryOf("He's been down at Westminster arguing our case on the new packaging laws.")).toBe('government-relations')
  })

  it('reads adverts and offers beside recruiting as jobs’', () => {
    expect(categoryOf('Runs recruitment for the whole firm, from writing adverts to making offers')).toBe('hr-beyond-operations')
  })

  it('reads money talked over with shareholders as investor relations, and money decided as finance', () => {
    expect(categoryOf("Present the financial report at the annual shareholders' meeting")).toBe('investor-relations')
    expect(categoryOf('Sets the dividend paid to shareholders')).toBe('major-finance')
  })

  it('reads the team’s tools naming a system as which system', () => {
    const c = classifyLabel('Rolls out the new till system IT chose to all the shops')
    expect(c.domain !== 'hands-on-work' || c.strength === 'weak').toBe(true)
  })

  it('reads watching over people’s shoulders as control', () => {
    expect(categoryOf("Watches the agents' screens over their shoulder")).toBe('micromanagement')
  })
})

describe('what another department did, and when it acts', () => {
  it('reads a department after a noun, before a verb in the past, as who did it', () => {
    const c = classifyLabel('Rolls out the new till system IT chose to all the shops, including staff training')
    expect(c.domain).not.toBe('hands-on-work')
    expect(categoryOf('roll out the booking system it picked to the front desk')).not.toBe('individual-tasks')
  })

  it('reads a department of the company’s own as a partner, not an outside party', () => {
    expect(classifyLabel("Coordinate with public affairs so a minister's visit doesn't disrupt the yard").mode).toBe('coordinate')
  })

  it('reads when another department acts as the occasion', () => {
    expect(categoryOf("Make sure we can fulfil the orders when marketing's spring offer goes live")).not.toBe('marketing-campaigns')
  })

  it('reads freeing people up for another team’s project as support', () => {
    expect(classifyLabel("free up staff for IT's till migration project").mode).toBe('support')
  })
})

describe('set aside, quoted, reported to, and watched through', () => {
  it('leaves out what is set aside with "not just"', () => {
    expect(categoryOf('Handles disciplinary cases across all departments, not just operations')).toBe('hr-beyond-operations')
  })

  it('reads a name in quotes as a title', () => {
    expect(categoryOf("Plans and launches the 'pick your own pumpkin' marketing campaign")).toBe('marketing-campaigns')
  })

  it('reads "key duties include" as a list of duties', () => {
    expect(categoryOf('Key duties include selling storage contracts to law firms')).toBe('customer-sales')
  })

  it('reads reporting to the CEO as the role’s boss, not its reports', () => {
    expect(categoryOf('Reporting directly to the CEO, you will set the five-year vision for the group')).toBe('strategy-vision')
  })

  it('reads the software people are watched through as the means, not the work', () => {
    expect(categoryOf("Watch the pickers' screens live through the monitoring software")).toBe('micromanagement')
  })
})

describe('money, own people, posts and designs', () => {
  it('reads reserves and investment policy as finance, and reserving a room as not', () => {
    expect(categoryOf("Responsible for the charity's reserves and investment policy")).toBe('major-finance')
    expect(categoryOf('decides how the company’s cash reserves get invested')).toBe('major-finance')
    expect(categoryOf('Reserve the meeting room for the supplier visit')).toBe('operations')
  })

  it('reads the final call on buying a rival as strategy', () => {
    expect(categoryOf('make the final call on buying the rival bakery chain')).toBe('strategy-vision')
  })

  it('reads the role’s own people, counted or described, as direct reports', () => {
    expect(classifyLabel('handles disciplinaries for her two shift supervisors').mode).toBe('direct-reports')
  })

  it('reads telling people whether something works as a contribution', () => {
    expect(classifyLabel('tells the designers whether the new crate will stack on our racking').mode).toBe('contribute')
  })

  it('reads working a post on busy nights as the team’s work', () => {
    expect(categoryOf('works the ticket desk on busy nights')).toBe('individual-tasks')
  })

  it('reads a design made up for a product as design', () => {
    expect(categoryOf('comes up with the design for the new gift hamper')).toBe('product-design')
  })
})

describe('said aloud in the room', () => {
  it('reads "I’ll …", "I’m …-ing" and "I’d be the one …" as the work', () => {
    expect(categoryOf('Right, I’ll go to the banks and get the two million for the new warehouse sorted.'.replace(/’/g, "'"))).toBe('major-finance')
    expect(categoryOf("So I'd be the one deciding whether the trust borrows the ten million for the new wing.")).toBe('major-finance')
    expect(categoryOf("I'm running the project board for HR's new appraisal scheme")).toBe('non-operational-projects')
  })

  it('does not read "look after" as a spoken "look"', () => {
    expect(categoryOf('look after the office servers')).toBe('software-it')
  })

  it('keeps what "we will sell" describes as the thing designed', () => {
    expect(categoryOf('Design the new camping stove we will sell in the shop')).toBe('product-design')
  })

  it('reads a doing verb before a word of buying as what the contract is for', () => {
    expect(categoryOf('Cleaning contract for the HR and finance offices')).toBe('operations')
  })
})

describe('a line holding two duties', () => {
  it('judges the line by the duty that is another domain’s work', () => {
    expect(categoryOf('Oversees bottling line efficiency and designs the company-wide employee benefits package')).toBe('hr-beyond-operations')
    expect(categoryOf('Manages the warehouse rota, alongside writing the press releases for the group')).toBe('public-relations')
    expect(categoryOf('Secures external funding for the new maturation warehouses and oversees cask filling schedules')).toBe('major-finance')
  })

  it('does not split nouns joined by "and"', () => {
    expect(categoryOf('Manage the cleaning contract for the HR and finance offices')).toBe('operations')
    expect(categoryOf('Negotiate price and lead times with packaging suppliers')).toBe('operations')
  })

  it('keeps a line of in-scope duties in scope', () => {
    expect(categoryOf('Agree launch volumes with marketing and plans the extra shifts')).not.toBe('marketing-campaigns')
    expect(categoryOf('Works with IT on scanner faults and trains the pickers on the new handsets')).not.toBe('software-it')
  })
})

describe('arrows, compounds, codes and compliance', () => {
  it('reads an arrow as who the work goes to', () => {
    expect(categoryOf('JT -> marketing: capacity numbers for the summer promo')).toBe('operations')
    expect(classifyLabel('pull together the incident log re the slip claim -> legal').strength === 'weak' || classifyLabel('pull together the incident log re the slip claim -> legal').mode !== 'do').toBe(true)
  })

  it('reads a doing verb before a word for people or their place as naming which one', () => {
    expect(categoryOf('box office phones answered within 3 rings')).not.toBe('individual-tasks')
  })

  it('reads a participle after the verb as the state kept', () => {
    expect(categoryOf('keep the bar team stocked and properly staffed on match days')).toBe('operations')
  })

  it('reads a code that is followed as a rule, not software', () => {
    expect(categoryOf('make sure the boat trips follow the wildlife watching code')).not.toBe('software-it')
  })

  it('reads keeping the role’s own work compliant as its own operations', () => {
    expect(classifyLabel('keep the quarry tours compliant with the safety regs').mode).toBe('own-operations')
  })

  it('reads a project manager worked with as a partner', () => {
    expect(categoryOf('work with the software PM on go-live dates')).not.toBe('non-operational-projects')
  })
})

describe('more lines holding two duties', () => {
  it('splits after a comma even where a purpose clause ran on', () => {
    expect(categoryOf('Leads the funding round to pay for the new bottling plant, and plans the line schedule')).toBe('major-finance')
  })

  it('splits past an adverb after the joining word', () => {
    expect(categoryOf('Runs the clinical trials on the new drink, while also managing stock levels at the warehouse')).toBe('research-development')
  })

  it('reads a team’s own project, beside operational work, as another department’s project', () => {
    expect(categoryOf("Manages the education team's oral history project, as well as overseeing the move of the stores")).toBe('non-operational-projects')
  })

  it('reads contacting people in order to sell as selling', () => {
    expect(categoryOf('Telephones prospective members to sell the annual passes')).toBe('customer-sales')
    expect(categoryOf('Calls customers to confirm delivery slots')).toBe('operations')
  })
})

describe('small words that decide', () => {
  it('reads "as sold" as what was promised, not selling', () => {
    expect(categoryOf('make sure every chalet is ready exactly as sold')).not.toBe('customer-sales')
  })

  it('reads the papers as the press', () => {
    expect(categoryOf('give interviews to the papers about the anniversary')).toBe('public-relations')
  })

  it('reads a mortgage as finance', () => {
    expect(categoryOf('arrange the commercial mortgage to buy the new depot')).toBe('major-finance')
  })
})

describe('sums in words, what things do, and how long', () => {
  it('reads a sum in millions written in words as a major spend', () => {
    expect(categoryOf('Make the call on the twelve-million investment in new buses')).toBe('major-finance')
  })

  it('reads what a thing does as no work of the role', () => {
    expect(categoryOf('Prototype the new cake stand and engineer how it carries five tiers')).toBe('product-design')
  })

  it('reads telling people how long something takes as a contribution', () => {
    expect(classifyLabel('Tell the designers how long the new cake would take to make at volume').mode).toBe('contribute')
  })

  it('reads the role’s own people needing its sign-off on every email as control of direct reports', () => {
    const c = classifyLabel('My two area supervisors need my sign-off on every single email they send')
    expect(c.domain).toBe('task-control')
    expect(c.mode).toBe('direct-reports')
  })
})

describe('trying to move, and each piece before it goes', () => {
  it('reads what the company should look to acquire as its move', () => {
    expect(categoryOf('Decide which smaller rivals the company should look to acquire')).toBe('strategy-vision')
  })

  it('reads each piece of someone’s work checked before anything further as control', () => {
    expect(categoryOf("Check each set of nails before the client's allowed to leave")).toBe('micromanagement')
  })
})

describe('quoted and qualified cards', () => {
  it('reads a card quoted as said, with its fillers', () => {
    expect(categoryOf('"I basically decide where the agency goes long term"')).toBe('strategy-vision')
  })

  it('leaves out what is set aside with "not every"', () => {
    expect(categoryOf("set the team's performance goals & review results weekly, not every task")).toBe('operations')
  })

  it('reads visiting people and signing them up as selling', () => {
    expect(categoryOf('visit families & sign them up to care packages')).toBe('customer-sales')
  })
})

describe('pieces of work, exact steps and another site', () => {
  it('reads each thing described by what was done to it as someone’s work', () => {
    expect(categoryOf('sign off every repotted tray')).toBe('micromanagement')
  })

  it('reads dictating exact steps as control', () => {
    expect(categoryOf('dictate exact steps for each room reset')).toBe('micromanagement')
  })

  it('reads deciding whether to open another site as strategy', () => {
    expect(categoryOf('decide whether to open a 2nd dealership')).toBe('strategy-vision')
  })
})

describe('last round', () => {
  it('reads meeting an MP as government relations', () => {
    expect(categoryOf('meet local mp re the venue licensing law')).toBe('government-relations')
  })

  it('reads crafting the corporate strategy, with the scene set first, as strategy', () => {
    expect(categoryOf('Working alongside the board, you will craft and own the overall corporate strategy')).toBe('strategy-vision')
  })

  it('reads mowing, strimming and setting out chairs as the team’s work', () => {
    expect(categoryOf('Mowing and strimming the riverside verges')).toBe('individual-tasks')
    expect(categoryOf('Set out chairs and music stands before every rehearsal')).toBe('individual-tasks')
  })

  it('reads flight operations as someone else’s operations', () => {
    expect(isOperationsManager({ title: 'Flight Operations Manager' })).toBe(false)
  })
})

describe('card shorthand, events and sums', () => {
  it('reads "re" before a word as about it', () => {
    expect(categoryOf('write press release re recall')).toBe('public-relations')
  })

  it('reads journos as journalists and an investor tour as investor relations', () => {
    expect(categoryOf('handle journo calls re the fire')).toBe('public-relations')
    expect(categoryOf('host investor site tour + Q&A')).toBe('investor-relations')
  })

  it('reads supporting another team’s event as support', () => {
    expect(classifyLabel('Supports the investor visit by preparing the site').mode).toBe('support')
  })

  it('reads recounting each person’s work as control', () => {
    expect(categoryOf("recount each packer's boxes")).toBe('micromanagement')
  })
})
