// Task-level control of individuals reads in a shape more than in words: a checking
// verb over each single person or piece of work ("check each picker's scans", "approve
// every purchase", "time every break"). Team-level checks ("review weekly productivity")
// have no such shape; nor has a frequency ("review suppliers every quarter"). Watching to
// find out who does what ("… to see who is chatting") is surveillance of people too.

import type { ParsedLabel } from '../nlp/parse'
import { COMMON_VERBS, IN_PERSON, MODALS } from '../nlp/words'
import { key, lexicon } from '../lexicon'
import type { Hit } from './domain-scores'

const CONTROL_VERBS = new Set(
  `check approve review monitor track watch inspect read sign time log record listen control dictate audit follow scrutinise vet count recount recheck okay ok taste
   oversee supervise police clock measure`.split(/\s+/).map(key)
)
const EACH = new Set(['each', 'every', 'individual', 'individually', 'single'])
/** "every quarter", "each shift": how often, not over whom. */
const TIMES = new Set(
  `day days week weeks month months quarter quarters year years shift shifts morning mornings evening evenings night nights weekend weekends
   monday tuesday wednesday thursday friday saturday sunday season seasons cycle cycles period periods visit visits hour hours minute minutes`.split(/\s+/)
)
/** Watching to find out who does what ("check the cameras to see who is chatting"): surveillance of people. */
const WATCH_VERBS = new Set('check see watch monitor track spy observe find know note spot'.split(' ').map(key))
const WHO = new Set(['who', 'whoever', 'whom'])
/** "who needs a refresher", "who wants more hours": what people need, not what they do. */
const NEEDING = new Set(['need', 'want', 'require', 'deserve'])
/** Verbs of making others do something: "requires", "makes", "forces". */
const REQUIRING = new Set('require make force oblige insist expect'.split(' ').map(key))
/** Verbs of asking something of people: "wants a text from each driver". */
const WANTING = new Set('want need expect require demand'.split(' ').map(key))
/** Reporting to the role: "radio in", "text", "phone". Checking tyres or carrying a pass before each trip is a safety rule, not control. */
const REPORT_IN = new Set('radio text call phone ring report message email ping'.split(' ').map(key))
/** Before these, "each"/"every" names a single piece of work ("before every lift", "at each drop"). */
/** Going on to the next piece of work: "moves on", "carries on", "continues". */
const MOVING_ON = new Set(['move', 'carry', 'continue', 'proceed', 'start', 'go'])
const PER_PIECE = new Set(['before', 'after', 'at', 'on', 'for'])
/** Standing or hovering over people is watching them ("stands over the packers"). */
const HOVERING = new Set('stand hover sit lean breathe'.split(' ').map(key))
const THEY = new Set(['they', 'he', 'she'])
const EAVESDROP = new Set('listen read monitor watch record open'.split(' ').map(key))
const MESSAGES = new Set('call email message chat conversation text screen phone'.split(' ').map(key))
const PEOPLE = new Set(['their', 'his', 'her', 'staff', 'employees', 'team', "team's", 'colleagues', 'workers', 'drivers', 'pickers', 'agents'])

/** The head noun of the phrase a word opens: "each warehouse worker's breaks" is about breaks, "every forklift" about forklifts. */
function headAfter(words: ParsedLabel['words'], j: number): ParsedLabel['words'][number] | undefined {
  const next = words[j + 1]
  // "each ride and moving staff": a head past "and" belongs to another phrase.
  const joined = next && next.place === 'mod' && words.slice(j + 2, next.head).some((x) => x.lower === 'and' || x.lower === 'or')
  return next && next.place === 'mod' && !joined ? words[next.head] : next
}

/**
 * "each purchase order over £5,000": a sizeable limit above which approval is needed is a policy, not control of
 * every piece ("every purchase over five pounds" still is).
 */
const LIMIT = new Set(['over', 'above', 'exceeding', 'beyond'])

function overLimit(words: ParsedLabel['words'], j: number): boolean {
  const at = words.findIndex((x, k) => k > j && k <= j + 5 && LIMIT.has(x.lower))
  return at > 0 && words.slice(at + 1, at + 3).some((x) => amount(x.lower) >= 100)
}

function amount(text: string): number {
  const m = /^[£$€]?(\d[\d,]*(?:\.\d+)?)([km])?$/.exec(text)
  if (!m) return 0
  return Number(m[1].replace(/,/g, '')) * (m[2] === 'k' ? 1000 : m[2] === 'm' ? 1_000_000 : 1)
}

const DOES = new Set(['does', 'do', 'did'])
const isVerbLike = (w: ParsedLabel['words'][number]): boolean => w.place === 'verb' || COMMON_VERBS.has(w.lemma) || lexicon.isVerb(w.keys)

const TELLING = new Set('tell instruct show dictate'.split(' ').map(key))
const DICTATED = new Set(['which', 'what', 'how', 'exactly', 'where', 'when', 'precisely'])
const PERFECT = new Set(['have', 'has', 'had'])
const DICTATE = key('dictate')
const LIVE = new Set(['live', 'remotely', 'constantly', 'continuously', 'closely'])
const EXACT = new Set(['exact', 'exactly', 'precise', 'precisely'])
/** What people are watched through. */
const DEVICES = new Set('camera cameras cctv webcam tracker gps screen tablet handheld handset terminal'.split(' ').map(key))

/** Leave to act: asked for before every piece of work, it is control over people. */
const LEAVE = new Set('permission say-so clearance sign-off signoff approval'.split(' ').map(key))
const ASK = key('ask')

/** People who do the work, and single pieces of their work. */
const PERSON_OR_ITEM = new Set(
  `staff member employee worker operative picker packer driver agent operator colleague person individual clerk coordinator planner
   crew cashier loader porter cleaner chef cook waiter fitter housekeeper guard labourer mechanic receptionist adviser advisor nurse technician rep representative task email call message purchase decision step move keystroke scan pick
   courier baker groomer keeper teacher volunteer choice barista gm tech
   break timesheet expense checklist minute hour pick list order entry job label letter text refund discount void clean note change transaction`.split(/\s+/).map(key)
)

/** A word for people at work: known, or shaped as one ("bakers", "groomers", "keepers'"). */
const workerLike = (w: ParsedLabel['words'][number]): boolean => w.keys.some((k) => PERSON_OR_ITEM.has(k)) || PEOPLE.has(w.lower) || /(?:ers|ors|ists|ians|ards|ants|ics)'?$/.test(w.lower) || /^[A-Z]{2,4}s$/.test(w.text)

/** Where money is paid from: a card, a float, an account. */
const PAYMENT_SOURCES = new Set('fuel-card card cards petty-cash cash float account bank'.split(' ').map(key))
/** Whether the phrase opened by "each"/"every" at j names a person or a piece of someone's work. */
function aboutPeople(words: ParsedLabel['words'], j: number): boolean {
  const head = headAfter(words, j)
  if (!head) return false
  const at = words.indexOf(head)
  if (lexicon.isOperationalHead(head.keys) && !head.keys.some((k) => PERSON_OR_ITEM.has(k))) {
    // "every forklift" is a thing looked after; "each picker's trolley", "each pallet the team builds" are someone's work.
    return (!!words[j + 1] && words[j + 1].place === 'mod' && words[j + 1].keys.some((k) => PERSON_OR_ITEM.has(k))) || madeByThem(words, at)
  }
  // ("every fuel-card transaction", "each petty-cash spend": a payment from a card or cash float is an account's entry, audited as money.)
  if (words.slice(j + 1, at).some((x) => x.place === 'mod' && x.keys.some((k) => PAYMENT_SOURCES.has(k)))) return false
  // "every repotted tray": a thing described by what was done to it is someone's work.
  if (words.slice(j + 1, at).some((x) => x.place === 'mod' && /ed$/.test(x.lower) && !lexicon.isOperationalHead(x.keys))) return true
  // "every parcel the packers have sealed": a thing described by what the team did to it is their work.
  // "each ride and moving staff": the phrase ends at "and".
  const and = words.findIndex((x, k) => k > at && (x.lower === 'and' || x.lower === 'or'))
  const phrase = words.filter((x, k) => k > j && (k <= at || (k <= at + 3 && (and < 0 || k < and) && x.place !== 'verb')))
  // ("every product and blade choice the groomers make": what they made may close a list.)
  const listEnd = words.findIndex((x, k) => k > at && k <= at + 4 && x.place === 'head' && words.slice(at + 1, k).some((y) => y.lower === 'and' || y.lower === 'or'))
  return phrase.some((x) => x.keys.some((k) => PERSON_OR_ITEM.has(k))) || madeByThem(words, at) || (listEnd > 0 && madeByThem(words, listEnd)) || doneByPeople(words, at)
}

/** "every photo and job note submitted by field engineers": a thing the people named did something to. */
function doneByPeople(words: ParsedLabel['words'], thing: number): boolean {
  const by = words.findIndex((x, k) => k > thing && k <= thing + 6 && x.lower === 'by' && /ed$/.test(words[k - 1]?.lower ?? ''))
  return by > 0 && words.slice(by + 1, by + 4).some((x) => x.place === 'head' && (x.keys.some((k) => PERSON_OR_ITEM.has(k)) || /(?:ers|ors|ists|ians)$/.test(x.lower)))
}

/**
 * "every quote the estimators send": a thing followed by who made it and what they did.
 * "every form the nursery practitioners fill in", "every parcel the team packs": the doers may be described, or a team.
 */
function madeByThem(words: ParsedLabel['words'], thing: number): boolean {
  // "every box of truffles the staff pack": past an "of" phrase.
  const at = words[thing + 1]?.lower === 'of' ? words.findIndex((w, j) => j > thing + 1 && w.place === 'head') : thing
  if (at < 0) return false
  const the = words[at + 1]
  // "every hint game masters give": the doers may follow with no "the".
  // ("each car every attendant does": one doer named after "every" too.)
  // ("every plate each cook puts out", "every book each library assistant puts back": one doer after "each", perhaps
  // described, perhaps a worker's word with no doer's ending.)
  const afterEach = (x: ParsedLabel['words'][number]): boolean => { const k = words.indexOf(x); return EACH.has(words[k - 1]?.lower ?? '') || (words[k - 1]?.place === 'mod' && EACH.has(words[k - 2]?.lower ?? '')) }
  // ("every small repair the estates techs do": workers in the plural with no doer's ending too.)
  const plainDoer = (x: ParsedLabel['words'][number]): boolean => x.keys.some((k) => PLAIN_DOERS.has(k))
  const bare = words.slice(at + 1, at + 4).findIndex((x) => /(ers|ors|ists|ants|esses)$/.test(x.lower) || (plainDoer(x) && /s$/.test(x.lower)) || ((/(er|or|ist|ant|ess)$/.test(x.lower) || plainDoer(x)) && afterEach(x)))
  if (bare >= 0 && words[at + 2 + bare] && (isVerbLike(words[at + 2 + bare]) || DOES.has(words[at + 2 + bare].lower))) return true
  // ("each room a housekeeper cleans": one doer with "a".)
  const one = the?.lower === 'a' || the?.lower === 'an'
  if (!the || (the.lower !== 'the' && the.lower !== 'their' && !one)) return false
  for (let k = at + 2; k <= at + 4 && k < words.length - 1; k++) {
    const who = words[k]
    // ("every delivery a supplier sends": an outside firm's work is checked as goods, not people.)
    if (one && /(?:er|or|ist|ant|ian)$/.test(who.lower) && who.place !== 'verb' && !outsider(who) && isVerbLike(words[k + 1])) return true
    // "every toy the volunteers have cleaned": a "have" may stand before what they did.
    const did = PERFECT.has(words[k + 1].lower) && words[k + 2] ? words[k + 2] : words[k + 1]
    if ((/s$/.test(who.lower) || lexicon.isOrganisationHead(who.keys) || PEOPLE.has(who.lower)) && who.place !== 'verb' && (isVerbLike(words[k + 1]) || (did !== words[k + 1] && /ed$/.test(did.lower)))) return true
  }
  return false
}

/** Workers whose word has no doer's ending: "each cook", "each chef", "each nurse". */
const PLAIN_DOERS = new Set('cook chef crew nurse guard tech porter staff agent operative'.split(' ').map(key))

/** "every pallet each picker builds": the person opening a contact clause right after what is checked. */
function contactSubject(words: ParsedLabel['words'], j: number, verb: ParsedLabel['words'][number]): boolean {
  return words[j].clause === verb.clause + 1 && words[j].segment === verb.segment + 1 && words[j - 1]?.place === 'head'
}

const MUST = new Set(['have', 'has', 'need', 'needs', 'got'])
/** What performance is measured against: targets, goals, KPIs. */
const GOALS = new Set('target targets goal goals kpi kpis sla slas plan standard standards budget'.split(' ').map(key))
const EVERYONE = new Set(['staff', 'everyone', 'everybody', 'team', 'crew', 'change', 'changes', 'request', 'requests'])
/** Outside parties: what they are asked for is business between firms, not control of the team. */
const OUTSIDERS = new Set(`supplier suppliers customer customers client clients vendor vendors contractor contractors partner partners guest guests
  visitor visitors tenant tenants haulier hauliers carrier carriers courier couriers buyer buyers`.split(/\s+/).map(key))
/** Loads and vehicles signed off before they leave: a dispatch check, not control of a worker's piece of work. */
const RELEASED = new Set('van vans truck trucks lorry lorries trailer trailers pallet pallets load loads shipment shipments consignment consignments'.split(' ').map(key))
/** What the team made or did, passed by the role: "until I have checked the load". */
const WORK_PIECES = new Set('load loads work pallet pallets parcel parcels'.split(' ').map(key))
const outsider = (w: ParsedLabel['words'][number]): boolean => w.keys.some((k) => OUTSIDERS.has(k))
const NOBODY = new Set(['nobody', 'no-one', 'noone', 'nothing'])
const OKS = new Set(['ok', 'okay', 'say-so', 'sign-off', 'signoff', 'approval', 'permission', 'nod', 'go-ahead'])

/**
 * "Staff have to ask me before swapping a break", "every change has to come to me first", "nobody swaps a bobbin
 * without my OK": people made to ask, report or send each thing to the role.
 */
function answersToMe(words: ParsedLabel['words']): Hit | undefined {
  const low = words.map((w) => w.lower)
  const must = low.findIndex((x, j) => j > 0 && ((MUST.has(x) && low[j + 1] === 'to') || x === 'must'))
  if (must > 0) {
    const subject = words.slice(0, must).reverse().find((w) => w.place !== 'function')
    const people = !!subject && (workerLike(subject) || EVERYONE.has(subject.lower) || low.slice(0, must).some((x) => EACH.has(x)))
    // ("suppliers have to send me their invoices by Friday": outside firms, and nothing asked each time.)
    // ("… before Friday" is a deadline: "before" counts only before what is about to be done.)
    const eachTime = low.some((x, j) => EACH.has(x) || x === 'first' || x === 'ask' || OKS.has(x) || (x === 'before' && /ing$/.test(low[j + 1] ?? '')))
    if (people && eachTime && !outsider(subject) && low.slice(must, must + 8).some((x) => x === 'me' || x === 'my')) return { domain: 'task-control', score: 3, words: [must], ownable: false }
  }
  // "painters ask me before every colour they mix": asked each time, with no "have to".
  const asks = low.findIndex((x, j) => j > 0 && (x === 'ask' || x === 'asks' || x === 'check') && low[j + 1] === 'me' && (low[j + 2] === 'before' || low[j + 2] === 'first') && low.slice(j + 2, j + 6).some((y) => EACH.has(y)))
  if (asks > 0 && workerLike(words[asks - 1])) return { domain: 'task-control', score: 3, words: [asks, asks + 1], ownable: false }
  // "Nothing leaves the team inbox till I've read & OK'd it": nothing goes until the role has passed it.
  const until = low.findIndex((x, j) => (x === 'until' || x === 'till') && low[j + 1] === 'i')
  // ("No tech can close a ticket until I've reviewed it": no one of the team, as nobody.)
  const nobody = until > 0 && low.slice(0, until).some((x, j) => NOBODY.has(x) || (x === 'no' && !!words[j + 1] && workerLike(words[j + 1])))
  // ("no driver leaves until I have checked the tachograph" is a safety check of a thing; the piece of work itself, "it",
  // "the load", or a check the role makes "personally", is passed.)
  const pieceOfWork = (k: number): boolean => ['it', 'them', 'each', 'every'].includes(low[k] ?? '') || low.slice(k, k + 5).some((y) => y === 'personally' || y === 'myself') ||
    words.slice(k, k + 3).some((x) => x.place === 'head' && (x.keys.some((kk) => PERSON_OR_ITEM.has(kk) || WORK_PIECES.has(kk))))
  const passed = (y: string, k: number): boolean => OKS.has(y) || (/^(?:ok'd|okd|okayed|approved|checked|signed|reviewed|seen)$/.test(y) && pieceOfWork(until + k + 1)) || (y === 'read' && ['it', 'them'].includes(low[until + k + 1] ?? ''))
  if (nobody && low.slice(until, until + 7).some(passed)) return { domain: 'task-control', score: 3, words: [until], ownable: false }
  // "Each tray a chef plates needs my OK before it leaves": each piece of the team's work waits for the role's say-so.
  const needsMyOk = low.findIndex((x, j) => j >= 1 && /^(?:needs?|requires?|gets?|waits?)$/.test(x) && (low[j + 1] === 'my' || (low[j + 1] === 'for' && low[j + 2] === 'my')) && low.slice(j + 1, j + 4).some((y) => OKS.has(y)))
  // ("every van the drivers load needs my OK before it leaves": a load, pallet or vehicle released is a dispatch check.)
  const released = words.slice(1, 4).some((x) => x.place === 'head' && x.keys.some((k) => RELEASED.has(k)))
  // ("Agents need my OK for each break they take": the team named first, then each thing of theirs.)
  const eachOfTheirs = (): boolean => workerLike(words[0]) && low.slice(needsMyOk).some((x, k) => EACH.has(x) && aboutPeople(words, needsMyOk + k))
  if (needsMyOk > 0 && ((EACH.has(low[0]) && aboutPeople(words, 0)) || eachOfTheirs()) && !released) return { domain: 'task-control', score: 3, words: [0, needsMyOk], ownable: false }
  // "Require all station staff to report to me every fifteen minutes on what they are doing": people made to report to the
  // role, minute by minute or hour by hour.
  const required = words.findIndex((w) => w.place === 'verb' && w.keys.some((k) => REQUIRING.has(k)))
  const reportsIn = required >= 0 ? low.findIndex((x, j) => j > required && j <= required + 7 && words[j].keys.some((k) => REPORT_IN.has(k)) && low.slice(j + 1, j + 3).includes('me')) : -1
  const often = reportsIn > 0 && low.slice(reportsIn).some((x, k, rest) => /^(?:hourly|minutes?|mins?|hours?)$/.test(x) && (x === 'hourly' || EACH.has(rest[k - 1] ?? '') || EACH.has(rest[k - 2] ?? '')))
  if (often && words.slice(required + 1, reportsIn).some((w) => (workerLike(w) && !outsider(w)) || EVERYONE.has(w.lower))) return { domain: 'task-control', score: 3, words: [required, reportsIn], ownable: false }
  const without = low.findIndex((x, j) => x === 'without' && low[j + 1] === 'my' && OKS.has(low[j + 2] ?? ''))
  if (without > 0 && low.slice(0, without).some((x) => NOBODY.has(x))) return { domain: 'task-control', score: 3, words: [without, without + 2], ownable: false }
  return undefined
}

export function controlCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const out: Hit[] = []
  const mine = answersToMe(words)
  if (mine) out.push(mine)
  words.forEach((w, i) => {
    // "Makes sure the team logs every pallet move": the checking is the team's own doing.
    // ("go through each pilot's flight plan": going through something checks it.)
    // ("looks at every plate each cook puts out": looking at each piece checks it.)
    const looksAt = w.lemma === 'look' && (w.particle === 'at' || w.particle === 'over' || words[i + 1]?.lower === 'at' || words[i + 1]?.lower === 'over')
    if (w.place !== 'verb' || w.ensured || !(w.keys.some((k) => CONTROL_VERBS.has(k)) || looksAt || (w.lemma === 'go' && (w.particle === 'through' || words[i + 1]?.lower === 'through')))) return
    // "each quarter" is how often; "every forklift", "each supplier's performance" are things and partners looked after:
    // only a person ("each picker's scans") or a single piece of someone's work ("every email") is control over people.
    // ("every four hours": a number of times is how often too.)
    const howOften = (j: number): boolean => TIMES.has(words[j + 1]?.lower ?? '') || (/^(?:\d+|two|three|four|five|six|eight|ten|twelve|few)$/.test(words[j + 1]?.lower ?? '') && TIMES.has(words[j + 2]?.lower ?? ''))
    const each = words.findIndex((x, j) => j > i && j <= i + 6 && (x.segment === w.segment || contactSubject(words, j, w)) && EACH.has(x.lower) && !howOften(j) && aboutPeople(words, j) && !overLimit(words, j))
    // The thing checked ("each pallet label") is part of the shape: its operational words say what is controlled.
    const head = each >= 0 ? headAfter(words, each) : undefined
    // ("every order form the kitchen staff fill in": what they do in the clause after it is theirs, not the role's.)
    const theirs = !!head && madeByThem(words, words.indexOf(head))
    // ("Track each crew against collection targets": each one's performance against goals is the team's performance, managed.)
    const againstGoals = words.some((x) => x.prep === 'against' && x.keys.some((k) => GOALS.has(k)))
    if (each >= 0 && !againstGoals) out.push({ domain: 'task-control', score: theirs ? 3.5 : 3, words: [i, each], ownable: false, ...(head ? { span: words.indexOf(head) } : {}) })
  })
  // "Check each pint before it goes across the bar": every single piece of the team's work checked before it goes out
  // ("every forklift before use" is a thing looked after).
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => CONTROL_VERBS.has(k))) return
    const each = words.findIndex((x, j) => j > i && j <= i + 3 && EACH.has(x.lower))
    const head = each > 0 ? headAfter(words, each) : undefined
    // ("Signs off every weld on every boat before the welder can move on": further on, when the one who does it is then
    // said to go on or may go on; "every review on the site before the Monday meeting" is a time.)
    const workerGoesOn = (j: number): boolean => words.slice(j + 1, j + 6).some((x) => MODALS.has(x.lower) || MOVING_ON.has(x.lemma))
    const before = each > 0 ? words.findIndex((x, j) => j > each && (j <= each + 4 || (j <= each + 6 && workerGoesOn(j))) && x.lower === 'before' && !!words[j + 1]) : -1
    if (head && before > 0 && !lexicon.isOperationalHead(head.keys) && !out.some((h) => h.words[0] === i)) out.push({ domain: 'task-control', score: 3, words: [i, each, before], ownable: false })
  })
  // "Listens in on the team's phone calls", "reads the staff's emails": other people's own messages.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || !w.keys.some((k) => EAVESDROP.has(k))) return
    const message = words.findIndex((x, j) => j > i && x.clause === w.clause && x.place === 'head' && x.keys.some((k) => MESSAGES.has(k)))
    // Whose they are is said before ("the team's calls") or after ("the messages the agents send to each other").
    const near = (j: number): boolean => j > i && j !== message && j <= message + 4
    const theirs = message >= 0 && words.some((x, j) => near(j) && (x.place === 'mod' && lexicon.isOrganisationHead(x.keys) || PEOPLE.has(x.lower)))
    if (theirs) out.push({ domain: 'task-control', score: 3.5, words: [i, message], ownable: false })
  })
  // "Requires operatives to ask permission before each task": leave to act sought for every single piece of work.
  words.forEach((w, i) => {
    // "Makes staff ask him before every break": others asking, not the role asking a supplier.
    if (!w.keys.some((k) => LEAVE.has(k)) && !(w.keys.includes(ASK) && !(w.place === 'verb' && w.clause === 0))) return
    const each = words.findIndex((x, j) => j > i && j <= i + 4 && EACH.has(x.lower) && aboutPeople(words, j))
    if (each >= 0) out.push({ domain: 'task-control', score: 3, words: [i, each], ownable: false })
  })
  // "Requires each driver to radio in before every lift": people made to report in at every single piece of work.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => REQUIRING.has(k))) return
    // ("makes drivers text him at every stop": "make" takes its verb without "to".)
    const to = words.findIndex((x, j) => j > i + 1 && j <= i + 5 && (x.lower === 'to' || (w.lemma === 'make' && (words[j - 1]?.place === 'head' || words[j - 1]?.place === 'mod') && x.keys.some((k) => REPORT_IN.has(k)))) && (x.lower !== 'to' || !!words[j + 1]?.keys.some((k) => REPORT_IN.has(k))))
    const person = to > 0 ? words.slice(i + 1, to).findIndex((x) => (x.place === 'head' || x.place === 'mod') && (PEOPLE.has(x.lower) || /(er|or|ist|ive|ant)s?$/.test(x.lower))) : -1
    const each = person >= 0 ? words.findIndex((x, j) => j > to + 1 && j <= to + 8 && EACH.has(x.lower) && PER_PIECE.has(words[j - 1]?.lower ?? '')) : -1
    if (each >= 0) out.push({ domain: 'task-control', score: 3, words: [i, to, each], ownable: false })
  })
  // "Wants a text from each plumber after every fitting": a message asked of each worker for every piece of work.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => WANTING.has(k))) return
    const message = words.findIndex((x, j) => j > i && j <= i + 3 && x.place === 'head' && !x.prep && x.keys.some((k) => REPORT_IN.has(k)))
    const from = message > 0 ? words.findIndex((x, j) => j > message && j <= message + 4 && x.prep === 'from' && x.place === 'head' && !outsider(x) && (workerLike(x) || /(?:er|or|ist|ian)$/.test(x.lower))) : -1
    const each = from > 0 ? words.findIndex((x, j) => j > from && j <= from + 6 && EACH.has(x.lower) && PER_PIECE.has(words[j - 1]?.lower ?? '') && !TIMES.has(words[j + 1]?.lower ?? '')) : -1
    if (each > 0) out.push({ domain: 'task-control', score: 3, words: [i, message, from, each], ownable: false })
  })
  // "Times how long each operative spends in the toilet": how long a person takes, not a truck or a changeover.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || !w.keys.some((k) => CONTROL_VERBS.has(k) || WATCH_VERBS.has(k))) return
    const how = words.findIndex((x, j) => j > i && j <= i + 6 && x.lower === 'how' && words[j + 1]?.lower === 'long')
    if (how < 0) return
    // ("how long paperwork takes per job": a rate of the process, not a person timed.)
    const person = words.findIndex((x, j) => j > how + 1 && j <= how + 5 && words[j - 1]?.lower !== 'per' && ((EACH.has(x.lower) && aboutPeople(words, j)) || (x.place === 'head' && (x.keys.some((k) => PERSON_OR_ITEM.has(k)) || PEOPLE.has(x.lower)))))
    if (person >= 0) out.push({ domain: 'task-control', score: 3, words: [i, how, how + 1, person], ownable: false })
  })
  // "Tells each picker which aisle to work in": dictating to each person what to do.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || !w.keys.some((k) => TELLING.has(k))) return
    const each = words.findIndex((x, j) => j > i && j <= i + 2 && EACH.has(x.lower) && aboutPeople(words, j))
    const what = each >= 0 ? words.findIndex((x, j) => j > each && j <= each + 4 && DICTATED.has(x.lower)) : -1
    if (what >= 0) out.push({ domain: 'task-control', score: 3, words: [i, each, what], ownable: false })
  })
  // "Watches the dispatchers' screens all shift": the devices of people at work, watched.
  words.forEach((w, i) => {
    // ("keeps an eye on the booking team's screens": an eye kept on them is watching.)
    const eyeOn = w.lemma === 'keep' && words[i + 2]?.lower === 'eye'
    if (w.place !== 'verb' || !(w.keys.some((k) => WATCH_VERBS.has(k)) || eyeOn)) return
    // ("the operators' screens live": a word of when may stand after the device.)
    const device = words.findIndex((x, j) => j > i && j <= i + 5 && x.clause === w.clause && (x.place === 'head' || (x.place === 'mod' && LIVE.has(words[x.head].lower))) && !x.prep && x.keys.some((k) => DEVICES.has(k)))
    const whose = device > 0 && words.slice(i + 1, device).some((x) => x.place === 'mod' && (PEOPLE.has(x.lower) || lexicon.isOrganisationHead(x.keys) || x.keys.some((k) => PERSON_OR_ITEM.has(k)) || /(er|or|ist|ian)s?'?$/.test(x.lower)))
    if (whose) out.push({ domain: 'task-control', score: 3, words: [i, device], ownable: false })
  })
  // "Tells the fitters the exact order to fit each part": dictating to people precisely how to work.
  // "dictate exact steps for each room reset": dictating exact steps needs no one named.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => TELLING.has(k))) return
    const exactNow = w.keys.includes(DICTATE) ? words.findIndex((x, j) => j > i && j <= i + 2 && EXACT.has(x.lower)) : -1
    if (exactNow > 0) return void out.push({ domain: 'task-control', score: 3, words: [i, exactNow], ownable: false })
    const person = words.findIndex((x, j) => j > i && j <= i + 3 && x.place === 'head' && !x.prep && (PEOPLE.has(x.lower) || x.keys.some((k) => PERSON_OR_ITEM.has(k)) || /(er|or|ist)s$/.test(x.lower)))
    const exact = person > 0 ? words.findIndex((x, j) => j > person && j <= person + 3 && EXACT.has(x.lower)) : -1
    if (exact > 0) out.push({ domain: 'task-control', score: 3, words: [i, person, exact], ownable: false })
  })
  // "Watches the pickers on camera all day": watching people through a camera or tracker.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || !w.keys.some((k) => WATCH_VERBS.has(k))) return
    const person = words.findIndex((x, j) => j > i && j <= i + 3 && x.place === 'head' && !x.prep && workerLike(x))
    const device = words.findIndex((x, j) => j > person && x.clause === w.clause && x.keys.some((k) => DEVICES.has(k)))
    if (person >= 0 && device >= 0) out.push({ domain: 'task-control', score: 3, words: [i, person, device], ownable: false })
  })
  // "Stands over new starters while they pack every order", "watches the cleaners as they work": watching people at their work.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !(w.keys.some((k) => WATCH_VERBS.has(k)) || (w.keys.some((k) => HOVERING.has(k)) && w.particle === 'over'))) return
    const person = words.findIndex((x, j) => j > i && j <= i + 4 && x.place === 'head' && x.clause === 0 && (!x.prep || x.prep === 'over') && !lexicon.isOperationalHead(x.keys))
    const during = person >= 0 ? words.findIndex((x, j) => j > person && j <= person + 2 && (x.lower === 'while' || x.lower === 'as') && THEY.has(words[j + 1]?.lower ?? '')) : -1
    if (during >= 0 && isVerbLike(words[during + 2] ?? words[during])) out.push({ domain: 'task-control', score: 3.5, words: [i, person, during], ownable: false })
  })
  // "Stands over the keepers' feed prep", "hovers over the packers": standing over people at their work.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => HOVERING.has(k)) || w.particle !== 'over' || out.some((h) => h.words[0] === i)) return
    const person = words.findIndex((x, j) => j > i && j <= i + 3 && (x.place === 'head' || x.place === 'mod') && workerLike(x) && !lexicon.isOperationalHead(x.keys))
    if (person > 0) out.push({ domain: 'task-control', score: 3, words: [i, person], ownable: false })
  })
  // "Require the assemblers to get the manager's approval before changing the order": leave to act on their own work.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => REQUIRING.has(k))) return
    const leave = words.findIndex((x, j) => j > i + 2 && j <= i + 9 && x.keys.some((k) => LEAVE.has(k)))
    const before = leave > 0 ? words.findIndex((x, j) => j > leave && j <= leave + 2 && x.lower === 'before') : -1
    const people = words.slice(i + 1, leave).some((x) => x.place === 'head' && workerLike(x))
    if (before > 0 && people) out.push({ domain: 'task-control', score: 3, words: [i, leave, before], ownable: false })
  })
  // "Teachers must send me each lesson plan for approval": every single piece of others' work sent to the role to approve.
  words.forEach((w, i) => {
    if (!w.keys.some((k) => LEAVE.has(k)) || words[i - 1]?.lower !== 'for') return
    const each = words.findIndex((x, j) => j < i && j >= i - 6 && EACH.has(x.lower) && !TIMES.has(words[j + 1]?.lower ?? ''))
    const me = each >= 0 && words.slice(Math.max(0, each - 3), i).some((x) => x.lower === 'me' || x.lower === 'him' || x.lower === 'her')
    if (me) out.push({ domain: 'task-control', score: 3, words: [each, i], ownable: false })
  })
  // "Signs off every centrepiece position myself": every single piece checked in person.
  words.forEach((w, i) => {
    if (w.place !== 'verb' || w.clause !== 0 || !w.keys.some((k) => CONTROL_VERBS.has(k)) || out.some((h) => h.words[0] === i)) return
    // ("count stock in every shop myself": a verb that is the team's own work, done in each place, is doing it.)
    if (w.keys.some((k) => lexicon.singles(k).some((e) => e.kind === 'doing'))) return
    const each = words.findIndex((x, j) => j > i && j <= i + 3 && EACH.has(x.lower) && !TIMES.has(words[j + 1]?.lower ?? ''))
    const self = each > 0 ? words.findIndex((x, j) => j > each && x.clause === 0 && IN_PERSON.has(x.lower)) : -1
    if (self > 0) out.push({ domain: 'task-control', score: 3.5, words: [i, each, self], ownable: false })
  })
  words.forEach((w, i) => {
    // ("to see which volunteers are chatting": which of the people, as who.)
    // ("to see if the tap staff are wiping tables": whether people are at their work.)
    const whom = ['which', 'if', 'whether'].includes(w.lower) ? words.findIndex((x, j) => j > i && j <= i + 3 && x.place === 'head' && workerLike(x)) : -1
    const whichPeople = whom > 0 && !!words[whom + 1] && (words[whom + 1].lower === 'are' || words[whom + 1].lower === 'is' || isVerbLike(words[whom + 1])) && (w.lower === 'which' || /ing$/.test(words[whom + 2]?.lower ?? ''))
    if (!WHO.has(w.lower) && !whichPeople) return
    // ("spots who on the line needs a refresher": finding who needs training or help is the team's training needs.)
    if (words.some((x, j) => j > i && j <= i + 6 && x.clause === w.clause && NEEDING.has(x.lemma))) return
    const watch = words.findIndex((x, j) => j < i && j >= i - 3 && x.place === 'verb' && x.keys.some((k) => WATCH_VERBS.has(k)))
    if (watch >= 0) out.push({ domain: 'task-control', score: 2.5, words: [watch, i], ownable: false })
  })
  const camera = watchedOnCamera(words)
  if (camera) out.push(camera)
  const untilApproved = heldUntilApproved(words)
  if (untilApproved) out.push(untilApproved)
  return out
}

/** Cameras and screens people are watched on, spelt out ("per screen" in a cinema is no screen watched). */
const CAMERAS = new Set('cctv camera cameras feeds screens'.split(' '))
/** How long the watching goes on: "all shift", "throughout each shift", "the whole shift". */
const ALL_SHIFT = /\b(?:all|whole|entire)\s+(?:shift|day|night)\b|\bthroughout\s+(?:each|the|every)\s+shift\b/i
/** Pieces of a worker's job: "each step", "every task". */
const STEPS = new Set('step steps task tasks stage stages job jobs'.split(' ').map(key))
/** Verbs of watching people, not of checking kit works. */
const WATCHING = new Set('watch monitor observe follow spy'.split(' ').map(key))

/**
 * "watch CCTV of the porters all shift", "Monitor CCTV throughout each shift to check staff are on task": people watched
 * on a camera, by name or for the whole shift, is surveillance. Checking the cameras work is looking after kit.
 */
function watchedOnCamera(words: ParsedLabel['words']): Hit | undefined {
  const verb = words.findIndex((w) => w.place === 'verb' && w.keys.some((k) => WATCHING.has(k) || WATCH_VERBS.has(k)))
  if (verb < 0) return undefined
  const camera = words.findIndex((w, j) => j > verb && j <= verb + 6 && CAMERAS.has(w.lower))
  if (camera < 0) return undefined
  // ("Check staff computer screens …": checking, only with the people named as whose the screens are.)
  const theirs = words.slice(Math.max(verb + 1, camera - 2), camera).some((w) => PEOPLE.has(w.lower) || w.keys.some((k) => PERSON_OR_ITEM.has(k)))
  if (!words[verb].keys.some((k) => WATCHING.has(k)) && !theirs) return undefined
  // ("CCTV of the porters", "CCTV to follow each baggage handler": the people named as whom it shows.)
  const shown = words.slice(camera + 1, camera + 6).some((w) => w.place !== 'verb' && (w.keys.some((k) => PERSON_OR_ITEM.has(k)) || PEOPLE.has(w.lower) || /(?:ers|ors|ists)$/.test(w.lower) && !outsider(w) && !lexicon.isOperationalHead(w.keys)))
  const allShift = ALL_SHIFT.test(words.map((w) => w.text).join(' '))
  return shown || allShift || theirs ? { domain: 'task-control', score: 3, words: [verb, camera], ownable: false } : undefined
}

/**
 * "Sign off every watering task before staff can move on to the next one", "approve each step before they move on":
 * people kept from the next piece of work until the role approves this one.
 */
function heldUntilApproved(words: ParsedLabel['words']): Hit | undefined {
  // ("… before the technician may continue", "before they can carry on", "go on to the next": going on to the next piece;
  // "before drivers go on the road" is setting off.)
  const goesOn = (j: number): boolean => words.slice(j + 1, j + 7).some((x, k) => ((x.lower === 'move' || x.lower === 'carry') && words[j + 2 + k]?.lower === 'on') ||
    (x.lower === 'go' && words[j + 2 + k]?.lower === 'on' && words[j + 3 + k]?.lower === 'to') || x.lower === 'continue' || x.lower === 'proceed')
  const before = words.findIndex((w, j) => w.lower === 'before' && goesOn(j))
  if (before < 0) return undefined
  const verb = words.findIndex((w, j) => j < before && w.place === 'verb' && w.keys.some((k) => CONTROL_VERBS.has(k)))
  const who = words.slice(before + 1, before + 4).some((x) => THEY.has(x.lower) || workerLike(x))
  // ("sign off the job before the crew move on to the next site": one job handed over, not each piece; "check each van before
  // the drivers carry on" is a vehicle released.)
  const eachAt = verb >= 0 ? words.findIndex((x, j) => j > verb && j < before && EACH.has(x.lower)) : -1
  const piece = eachAt > 0 ? words.find((x, j) => j > eachAt && x.place === 'head') : undefined
  const eachPiece = eachAt > 0 && (aboutPeople(words, eachAt) || !!piece?.keys.some((k) => WORK_PIECES.has(k) || STEPS.has(k))) && !(piece && piece.keys.some((k) => RELEASED.has(k)))
  return verb >= 0 && who && eachPiece ? { domain: 'task-control', score: 3.5, words: [verb, before], ownable: false } : undefined
}
