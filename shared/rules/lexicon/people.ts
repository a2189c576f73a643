// Lexicons for work on and with people: HR, the team's hands-on tasks, clerical work
// and task-level control of individuals.

import type { DomainWords } from './types'

export const PEOPLE_WORDS: readonly DomainWords[] = [
  {
    domain: 'hr',
    strong: `recruit, recruitment, recruiter, hiring, talent acquisition, salary, salaries, payroll, compensation, remuneration,
      employee benefit, staff benefit, benefits package, employee benefits package, staff benefits package, severance package, pay package, reward package, interview candidate, candidate, applicant, cv, resume, job advert, job ad,
      job posting, job description, vacancy, headhunt, headhunter, new hire, new starter, disciplinary, grievance, complaint about manager, complaint against manager, dismissal, dismiss,
      sack, fire staff, fire employee, lay off, layoff, redundancy, redundant, hr, human resources, hr policy, people policy,
      employee handbook, staff handbook, pension, pay rise, pay review, pay award, pay band, pay scale, pay grade, pay structure,
      pay increase, pay rate, wage rate, wage, bonus scheme, union, trade union, collective bargaining, succession planning,
      employee relations, staff promotion, employee promotion, appraisal system, appraisal process, appraisal policy, engagement survey,
      employee engagement, exit interview, employment law, employment contract, contract employment, graduate scheme, graduate programme,
      disciplinary hearing, grievance hearing, written warning, formal warning, final warning, final written warning, verbal warning, job interview, interview panel, negotiate pay, pay negotiation, negotiate wage, wage negotiation, job application, parental leave, maternity leave, paternity leave, sick pay, sickness policy, leave policy, holiday policy, hybrid working policy,
      remote working policy, working policy, flexible working policy, diversity, inclusion, equal opportunity, talent management,
      talent pipeline, employer brand, onboarding programme, company-wide training, learning development, job evaluation, job grading,
      headcount plan, organisational design, org design, workforce strategy, hr strategy, people strategy, culture programme,
      employee wellbeing programme, compensation package, salary package, job offer, offer letter, reference check,
      background check, right work check, company-wide induction, terminate employment, terminate employee, let go, employee contract, staff contract,
      performance improvement plan, company-wide appraisal, company culture, workplace investigation, grading structure, job grade, pay policy, holiday rule, sickness rule, leave rule, absence rule, reward policy, salary policy, bonus policy, policy work from home, remote working, home working, hybrid working, reward scheme, recognition scheme, reward and recognition, total reward, reward strategy, reward structure, succession`,
    medium: `interview, talent, induction programme, staff survey, training programme, career path, promotion decision, sickness absence policy,
      terminate, termination, hr system, people team, personnel file, bonus`,
    weak: `people, staff, employee, policy, worker, team member, contractor, pay, benefit, perk`,
    verbs: `recruit, hire, dismiss, sack, headhunt, interview, onboard, terminate, employ, discipline`,
    ownable: `training, induction, interview, employee, staff`
  },
  {
    domain: 'hands-on-work',
    strong: `serve tables, serving tables, wait tables, wax skis, scrub tank, scrub the tanks, rod drain, rodding drains, thread loom, thread the looms, blow glass, blows glass, hang doors, hanging doors, feed dogs, feed the dogs, fish feeding, feed the fish, change nappies, nappies, throw pots, throwing mugs, walk dog, walk the dogs, walk dogs, dig grave, dig graves, pick and pack, work till shift, cover till shift, do till shift, take till shift, work bar shift, cover bar shift, do bar shift, work checkout shift, shift on till, behind bar, behind counter, pull pint, pour pint, courier round, drive taxi, drive cab, drive ferry, sail ferry, drive boat, drive tram, drive train, drive shuttle, drive ambulance, set up mixer, set up oven, set up fryer, set up grill, set up kiln, taxi shift, cab shift, set up printing press, set up press, milk round, van round, delivery run, do round, drive round, pick order, pack order, pack parcel, pack box, personally, physically, hands-on, myself, yourself, himself, herself, themselves,
      packing bench, till, checkout, fill in for, fill in, step in, stand in, pitch in, muck in, cover for absent, step in for,
      cover shift, take shift on, do shift on, take turn on, cover desk, cover reception, cover till, cover break, cover lunch, cover office, cover counter, cover gate, work behind bar, serve behind bar, work bar, sort return, drive tractor, drive harvester, drive bus, drive minibus, drive coach, drive digger, drive loader, greet passenger, greet guest, check in passenger, scan boarding pass, board passenger, operate truck, operate reach truck, operate crane, operate press, operate loader, operate digger, put away pallet, put away stock, change over mould, change over machine, change over line, step onto line, step on line, jump on line, same work as, same task as, same job as, work alongside,
      picker job, driver job, delivery round, sort parcel, load van, load truck, load lorry, unload truck, unload van, unload lorry,
      serve customer, serve meal, serve food, serve soup, serve dish, set out chair, set up chair, stack chair, lay table, set table, lay up table, serve drink, serve coffee, serve breakfast, serve lunch, serve dinner, serve table, serve guest, serve patient, work shift on, work on line, count stock, drive forklift, drive van, drive truck, drive lorry, drive delivery,
      serve at counter, serve at till, serve at bar, put stock away, put away stock, cut key, cut keys, teach class, teach lesson, take class, operate forklift, operate machine, operate till, run machine, clean warehouse, scan parcel, label parcel, help out on, help out in, help out at,
      deliver parcel, set up machine, goods-in check himself, as picker, as packer, as driver, as operative, as team member,
      as rest team, lay brick, bricklaying, empty bin, stretch dough, run oven, take blood pressure, take blood, make up room, make up guest room, change bed, change bed linen, change linen, pump diesel, pump fuel, bone out, cast off vessel, tie up vessel, read meter, read gas meter, drive route, personal care, splice fibre, splice cable, change brake, replace brake, change oil, change tyre, fold sheet, fold and press, throw mooring line, throw line, marshal car, work grill, work the grill`,
    medium: `busy period, short-staffed, short-handed, when short, when we short, front line, forklift, pallet truck, van driver, delivery driver`,
    weak: `machine, line, shelf, desk, counter, parcel, pallet, van, truck, lorry, box, crate, trolley, bench, picker, packer, operative, floor`,
    doingVerbs: `scoop, fit, crew, shovel, plough, grit, bunch, rig, fry, grill, chop, peel, slice, knead, resole, calibrate, pick, pack, unload, load, restock, stack, shelve, wrap, label, seal, tape, lift, carry, unpack, repack, fetch, sweep, count, weigh, assemble, staff, man, box, bag, palletise,
      pour, stitch, sew, cook, bake, wash, dry, fold, iron, weld, paint, polish, mop, trim, refill, tidy, clean, scrub, wipe, hoover, vacuum, disinfect, sanitise, hose,
      groom, muck, gut, fillet, harvest, belay, steam, lifeguard, mow, strim, prune, weed, plant out, pot, repot, hem, reupholster, upholster, brine, shear, milk, plaster, tile, grout, sand, varnish, splice, lash, debone, valet`
  },
  {
    domain: 'clerical',
    strong: `data entry, enter data, enter order, enter record, enter invoice, enter timesheet, input data, key data, key in, type up,
      transcribe, transcription, filing, photocopy, photocopying, scan document, answer phone, answer call, answer telephone, phone call,
      switchboard, reception, receptionist, greet visitor, sign visitor, diary management, manage diary,
      calendar management, book travel, book hotel, book flight, book ticket, train ticket, rail ticket, book meeting room, meeting minute, take minute, minutes, do paperwork, scan paperwork, archive paperwork, file paperwork, fill paperwork, fill in paperwork, fill out paperwork, complete paperwork, shipping paperwork,
      clerical, admin task, administrative task, admin work, spreadsheet update, update spreadsheet, expense claim, type letter,
      envelope, franking, post room, sort post, sort mail, open post, archiving, fill form, fill in form, fax,
      mailroom, postage, courier booking, print document, copy document, admin, filing cabinet, key in, enter detail, input order,
      enter delivery note, log call, message taking, take message, phone message, invoice entry, timesheet entry, data input,
      arrange meeting, book room, book meeting, book taxi, book cab, book appointment, into diary, key order, key invoice, key into, arrange travel, travel booking, hotel booking,
      incoming post, incoming mail, index document, index invoice, scan invoice, scan and post, pass on message, pass message, address book, contact list, write up note, write up meeting note`,
    medium: `paperwork, record keeping, stationery, office supplies, phone, telephone, diary, letter, spreadsheet, timesheet, typing pool, administrative, mail, visitor, memo, inbox,
      correspondence`,
    weak: `paper, email, note, file, form, record, document, post`,
    verbs: `type, transcribe, file, photocopy, collate, frank, archive, greet, enter, input, key, index`,
    ownable: `paperwork, document, record`
  },
  {
    domain: 'task-control',
    strong: `micromanage, micromanagement, line by line, keystroke, key stroke, minute by minute, hour by hour, over shoulder, over their shoulder, over his shoulder, over her shoulder, one by one, gps tracking, track location,
      location tracking, surveillance, toilet break, bathroom break, break time, screen monitoring, webcam, one one check, every single,
      listen in on, listen in, every email, every call, every keystroke, each email, each call, every decision, each decision,
      every step, each step, every task, each task, every scan, each scan, every minute, every hour, step by step, step-by-step, listen call, read email,
      individual task, dictate how, exactly how, time break,
      monitor break, exactly which, exactly what, exactly when, exactly where, precisely how, precisely which, to-do list, personal to-do, all day long, stand behind, stand over, hover over, breathe down, however small, no matter how small, staff screen, employee screen, slacking, slacker, skiving, catch who, who slacking`,
    medium: `cctv footage, break, individually, constantly, second-guess`,
    weak: `cctv, detail, minute`
  }
]
