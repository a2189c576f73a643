// The operations lexicon: the work an operations role runs. Its nouns also name the
// things operations looks after: a domain word that only modifies one of them ("the
// laboratory's storage equipment", "HR's office supplies budget") does not decide.

/** Operational words, weight 3 (strong) or 2 / 1. */
export const OPERATIONS_WORDS = {
  strong: `supply chain, logistics, sales floor, method statement, reduce giveaway, cut giveaway, product giveaway, overfill, warehouse, warehousing, inventory, stock level, stock control, supplier, vendor, procurement, purchasing,
    purchase order, maintenance, preventive maintenance, equipment, machinery, production, manufacturing, plant, factory, shift pattern,
    rota, roster, scheduling, workforce planning, capacity, throughput, quality control, quality assurance, health and safety, safety,
    risk assessment, hazard, ppe, incident report, process improvement, continuous improvement, sop, standard operating procedure,
    workflow, efficiency, productivity, kpi, operational, operations, delivery performance, dispatch, shipping, shipment, freight, carrier,
    courier, transport, fleet, route planning, depot, distribution, fulfilment, order fulfilment, returns process, goods-in, goods-out,
    inbound, outbound, lead time, otif, service level, sla, business continuity, contingency plan, downtime, uptime, facility, facilities,
    premises, energy use, utilities, waste, recycling, lean, six sigma, kaizen, root cause, iso, layout, storage, pallet, conveyor,
    racking, day-to-day, cost reduction, overtime, staffing level, agency staff, temporary staff, temp staff, agency worker,
    temporary worker, seasonal staff, training need, skills gap, shift cover, holiday request, absence, attendance, shift lead,
    team leader, huddle, stand-up, handover, rest break, break rota, break cover, sourcing, customs clearance, import, export, site, operating cost, operations budget,
    running cost, fire safety, fire drill, evacuation, cleaning, security guard, building maintenance, repair, stocktake, cycle count,
    picking process, packing process, order processing, delivery complaint, customer complaint, customer service, demand planning,
    demand forecast, production plan, production schedule, s op, snop, backlog, bottleneck, line balancing, changeover, yield, scrap,
    defect, inspection, audit process, operational audit, vehicle, van fleet, loading bay, dock, yard, cold chain, temperature control,
    environmental permit, site permit, air conditioning, heating, lighting, parking, canteen, office move, relocation, space planning,
    contractor management, claim against supplier, claim against carrier, claim against haulier, damage claim, freight claim,
    transit damage, staffing agency, temp agency, labour provider, temp, temps,
    temp labour, temporary labour, haulier, haulage, route, pick route, pick path, slotting, break-in, theft, security incident, van hire, vehicle hire, car hire, plant hire, equipment hire, truck hire, forklift hire, service contract, supplier contract, supplier performance, vendor management, tender supplier, insurance fleet,
    printing press, hygiene, food hygiene, food safety, lease, leasing, landlord, rent, rental, caterer, cleaning firm, loan of, hire of, rental of, shredding, secure shredding, destruction, uniform, workwear, pool car, company car, first aid, first-aid, fire alarm, removal, clearance, catering, refreshments, travel arrangement, room setup, room set-up, business case, operational data, operational report, performance data, performance report, cost data, volume forecast, demand volume, stock level`,
  medium: `insurance claim, security, recruitment agency, employment agency, stock, delivery, order, process, procedure, schedule, shift, cost, spend, budget, forecast, demand, volume, metric, target,
    performance, improvement, streamline, optimise, standardise, quality, audit, compliance check, complaint, service, team performance,
    productivity target, goal, standard, training, induction, coaching, line, output, machine, plan, planning, resource, workload,
    escalation, incident, recall, packaging, label, barcode, scanner, consumable, material, raw material, spare part, part`,
  weak: `team, staff, data, report, figure, record, office, room, building, floor, area, space, supplies, move, run, print, archive, role model, food bank, blood bank, seed bank, close out findings, close out the findings, audit findings, inspection findings`
} as const

/**
 * Nouns of the operations world that a preceding domain word merely modifies: in
 * "laboratory equipment", "HR department's office supplies budget" or "trade show stand"
 * the head says what the work is about.
 */
export const OPERATIONAL_HEADS = `forklift, truck, lorry, trailer, production, manufacture, manufacturing, servicing, assembly, distribution, budget, cost, spend, spending, supplier, vendor, equipment, machine, machinery, maintenance, schedule, rota, shift,
  stock, inventory, delivery, shipment, order, room, building, office, floor, facility, facilities, site, warehouse, area, space,
  furniture, supply, supplies, cleaning, transport, move, relocation, fleet, vehicle, van, truck, print, storage, archive, line, conveyor,
  capacity, data, figure, kpi, report, metric, forecast, volume, demand, uptime, downtime, safety, turnaround,
  inspection, audit, conditioning, stand, parking, canteen, kitchen, lighting, heating, repair, premises, logistics, packaging, pallet,
  courier, freight, dispatch, consumable, material, invoice, run, rack, racking, bay, dock, plant, kit, uniform, ppe, stationery,
  requirement, constraint, volume, lead time, record, log, paperwork, equipment budget, contract, licence, permit, storage, venue,
  catering, refreshments, seating, sample, samples, pass, passes, permit, insurance,
  cupboard, alarm, boiler, lift, toilet, door, window, lock, fridge, freezer, oven, ventilation, extractor, generator, marquee, printer,
  photocopier, copier, car, bus, shuttle, fuel, removal, disposal, clearance, clearout, first-aid, basement, store, stores, tool, tools,
  heater, radiator, greenhouse, glasshouse, shed, aircon, hvac, boat, boats, bike, bikes, coat, coats, glove, gloves, goggles, overalls, apron, aprons, boots`

/** Heads naming a group of people: a domain word before them names who, not what ("the HR team"). */
export const ORGANISATION_HEADS = `team, teams, department, dept, function, pm, colleague, staff, manager, director, head, lead, people, unit,
  group, office, division, partner, partners, counterpart, specialist, owner, representative, rep, side, helpdesk, desk, ticket, person, contact,
  scientist, researcher, chemist, technologist, engineer, designer, developer, programmer, recruiter, accountant, marketer, planner,
  merchandiser, colleagues, counterparts, assistant, assistants, clerk, clerks, coordinator, coordinators, administrator, administrators,
  junior, juniors, apprentice, apprentices, trainee, trainees, secretary, receptionist, contractor, contractors, provider, providers, gang, gangs`

/** Heads that name an activity, not a thing: the word before them says what the work is ("brand management"). */
export const GENERIC_HEADS = `management, decision, action, planning, strategy, negotiation, review, work, activity, task, matter, affair,
  relation, relationship, administration, development, handling, forecasting, band, level, structure, scheme, question, enquiry, query, email, message, expectation, fight, dispute, row, battle,
  call, meeting, communication, update, campaign, programme, process, function, operation, responsibility, duty, duties, role, job,
  engagement, approval, sign-off, oversight, coordination, support, compliance, control, project, rollout, implementation, launch,
  relaunch, programme, process, workflow, procedure, firm`

/** Names of departments: after "with", "for" or "to" they are a partner, not the work. */
export const DEPARTMENT_NAMES = `hr, infotech, legal, marketing, affairs, relations, fundraising, finance, rnd, research, sales, design, engineering, pr, comms, communications,
  procurement, accounts, product, creative, brand, people, board, executive, leadership, management, helpdesk, service desk`

/** Operational activities: what follows "of" is what they act on ("maintenance of the lab freezers", "production of the new model"). */
export const OPERATIONAL_ACTIVITIES = `production, manufacture, manufacturing, storage, delivery, dispatch, shipping, transport, distribution,
  assembly, stocking, restocking, packing, packaging, supply, procurement, purchasing, sourcing, replenishment, fulfilment, ramp-up,
  shredding, disposal, destruction, archiving, collection, removal, printing, cleaning, pool, fleet, stock, loan, hire, rental, leasing, clearout, clearance,
  relocation, move, movement, movements, flow, flows, refurbishment, refit, fit-out`
/** Verbs of looking after things: what they act on and who it is for ("procure lab coats for the research lab") do not make it that department's work. */
export const OPERATIONAL_VERBS = `procure, purchase, order, buy, acquire, source, restock, stock, clean, replace,
  deliver, ship, dispatch, store, move, relocate, refurbish, equip, furnish, supply, provision, kit, reach, collect, return, transport, courier,
  service, repair, mend, insure, refuel, valet, lock, unlock, heat, light, ventilate`
