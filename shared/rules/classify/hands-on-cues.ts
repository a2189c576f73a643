// Doing the team's own work reads in a shape more than in words: a plain working verb
// done next to the people who normally do it ("take calls alongside the agents", "lay
// bricks with the site crew"), done by hand, or done to fill a gap ("make up rooms when
// housekeeping is short", "serve in the lunchtime rush"). Verbs of running, planning or
// holding work some other way ("agree rotas with the pickers", "plan cover when the team
// is short") have no such shape.

import { hasKey as has, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import { type Hit, objectAt } from './domain-scores'
import * as C from './mode-cues'


/** People who normally do the hands-on work. */
const WORKERS = wordKeys(`crew crews agent agents operative operatives picker pickers packer packers driver drivers loader loaders cashier cashiers
  colleague colleagues operator operators porter porters cleaner cleaners chef chefs waiter waiters labourer labourers fitter fitters
  housekeeper housekeepers receptionist receptionists adviser advisers advisor advisors staff cobbler cobblers stylist stylists barista baristas
  baker bakers butcher butchers mechanic mechanics technician technicians installer installers nurse nurses carer carers teacher teachers
  instructor instructors gardener gardeners bartender bartenders server servers cook cooks tech techs engineer engineers electrician
  electricians plumber plumbers lads guys volunteers grower growers`)
/** Verbs of running or planning work: with these the role directs, it does not join in. */
const MANAGING = wordKeys(`manage lead oversee supervise plan schedule organise coordinate agree review monitor improve train coach develop set decide
  approve meet run recruit hire allocate assign delegate ensure brief discuss align liaise share drive boost maximise reduce increase cut keep
  maintain hit achieve deliver arrange rearrange reschedule replan reorganise roster rota budget forecast measure track report analyse assess audit inspect evaluate motivate
  support back help enable communicate consult negotiate handle own direct balance adjust staff cover define specify test
  implement introduce launch pilot sort model champion uphold embody promote`)
/** Words saying the team is short or stretched: the role fills the gap. */
const GAP = wordKeys('short short-staffed understaffed busy sick absent rush stretched slammed swamped')
/** "a man down", "a driver down": one of the team missing. */
const MISSING_ONE = wordKeys('man person body driver picker chef cook hand member')
/** What is planned or staffed to fill a gap: rearranging the rota or calling in agency staff is managing the gap, not filling it. */
const STAFFING = wordKeys('rota rotas roster rosters schedule schedules plan plans cover agency temp temps staff staffing shift shifts route routes round rounds overtime crew crews headcount')
/** Rounds of checking: done with the team, they look at the work. */
const CHECK_ROUNDS = wordKeys('audit audits inspection inspections check checks walk walks walkround walkrounds')
/** "get it sorted", "have them fixed": something got done by others. */
const CAUSING = wordKeys('get have')
/** Meetings held with the team: "holds a huddle with the crew" runs the work. */
const MEETINGS = wordKeys('huddle huddles meeting meetings stand-up stand-ups standup briefing briefings debrief review reviews talk talks catch-up one-to-one')
/** Words of time a phrase of people may describe: "with the crew most days". */
const TIME_HEADS = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'shift', 'shifts', 'morning', 'mornings', 'weekend', 'weekends'])
/** "during peak": the team's busiest time, named after a preposition of time. */
const PEAK = wordKeys('peak peaks')
const SCORE = 3
/** Where and when the team's own work is done. */
const SHIFT_PLACES = wordKeys('shift shifts')
const EACH = new Set(['each', 'every'])
/** Verbs of looking at work, not doing it. */
const LOOKING = wordKeys('check inspect walk visit attend observe watch see tour cover test sample brief')
const LOOKING_ROUNDS = new Set(['walk', 'safety', 'inspection', 'check', 'audit', 'quality'])
const RELATIONS = wordKeys('relationship relationships rapport trust partnership partnerships link links bond bonds')
/** Those a role deputises for: standing in for them is management. */
const MANAGERS = wordKeys('manager managers director directors head deputy supervisor boss ceo gm')
/** Verbs of arranging work with those who do it: booking or ordering it is not doing it. */
const ARRANGING = wordKeys('book hire')
/** Verbs of lending a hand: with workers as their object and a working verb after them, the role joins in. */
const HELPING = wordKeys('help assist join')


/** The team's own tasks, named as what is done: "does the stock count", "do the filing". */
const TEAM_TASKS = wordKeys('count stocktake picking packing loading unloading cleaning delivery deliveries round rounds checkout till')
const DESK_TASKS = wordKeys('filing typing photocopying paperwork post minutes data-entry')
const DOING_IT = new Set(['do', 'does', 'doing', 'did'])
/** Verbs of desk work: booking, filing or keying by hand is done at a desk. */
const DESK_VERBS = wordKeys('book file key type enter log record write photocopy')

/** "Does the stock count in the freezer", "Does the filing on Fridays": "do" before the team's own task is doing it. */
function doesTheTask(words: readonly Word[]): Hit[] {
  const first = words.findIndex((w) => w.place !== 'function' || DOING_IT.has(w.lower))
  if (first < 0 || !DOING_IT.has(words[first].lower)) return []
  // ("Doing the bed changes and tea rounds": any task of a list done.)
  const objects = words.map((w, j) => j).filter((j) => j > first && words[j].clause === 0 && words[j].place === 'head' && !words[j].prep && words[j].segment === words[first].segment)
  const task = objects.find((j) => has(words[j], TEAM_TASKS) || has(words[j], DESK_TASKS)) ?? objects[0] ?? -1
  if (task < 0) return []
  // "Do the daily safety walk round": a walk or check round the site looks at the work.
  if (words.some((m) => m.head === task && m.place === 'mod' && LOOKING_ROUNDS.has(m.lower))) return []
  if (has(words[task], TEAM_TASKS)) return [{ domain: 'hands-on-work', score: SCORE, words: [first, task], ownable: false, byVerb: true }]
  if (has(words[task], DESK_TASKS)) return [{ domain: 'clerical', score: SCORE, words: [first, task], ownable: false, byVerb: true }]
  return []
}

export function handsOnCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const post = onAPost(words) ?? atAMachine(words)
  if (post) return [post]
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  // "Carries out the same home visits as the care workers": the same work as those who normally do it.
  const same = words.findIndex((w, j) => j > Math.max(verb, -1) && w.lower === 'same')
  const asWorkers = same > 0 ? words.findIndex((w, j) => j > same && j <= same + 10 && w.prep === 'as' && w.place === 'head' && (has(w, WORKERS) || /(er|or|ist)s$/.test(w.lower))) : -1
  if (asWorkers > 0) return [{ domain: 'hands-on-work', score: SCORE, words: verb >= 0 ? [verb, same, asWorkers] : [same, asWorkers], ownable: false, byVerb: true }]
  if (verb < 0) return doesTheTask(words)
  const v = words[verb]
  // "takes inbound calls as an agent", "works the pass as a chef": doing it as one of those who normally do it.
  const asOne = words.findIndex((w, j) => j > verb && w.prep === 'as' && w.place === 'head' && has(w, WORKERS) && !/s$/.test(w.lower) && (words[j - 1]?.lower === 'a' || words[j - 1]?.lower === 'an'))
  const doer = asOne > 0 ? words.slice(0, asOne).map((w, j) => (w.place === 'verb' ? j : -1)).filter((j) => j >= 0).pop() ?? verb : verb
  if (asOne > 0 && !has(v, MANAGING) && !has(words[doer], MANAGING)) return [{ domain: 'hands-on-work', score: SCORE, words: [doer, asOne], ownable: false, byVerb: true }]
  // ("Doing the bed changes …": tagged as the verb, "do" still opens the team's task.)
  const done = DOING_IT.has(v.lower) ? doesTheTask(words) : []
  if (done.length) return done
  // "make sure the crew can turn round the rush job": seeing that others can do it is not doing it.
  if (v.lemma === 'make' && words[verb + 1]?.lower === 'sure') return []
  // "jumps on the plastering when we're behind", "mucks in on the picking": joining a piece of the team's work named by its -ing.
  const joined = joinsTheWork(words, verb)
  if (joined) return [joined]
  const keyed = keyedIn(words, verb) ?? answersPhones(words, verb)
  if (keyed) return [keyed]
  const helped = helpsWorkers(words, verb)
  if (helped) return [helped]
  // "Checks in passengers", "makes up rooms": with a particle these are different, working verbs.
  const phrasal = (v.particle === 'in' || v.particle === 'up') && !has(v, C.OVERSIGHT_OBJECTS)
  // "Rolls out the new tills" puts them in place; "rolls sushi" is the work.
  if (v.particle === 'out' && has(v, ROLL)) return []
  // "Drives the gritter", "operates the band saw": a machine nobody's lexicon knows, driven or worked, is the team's work;
  // "drives efficiency", "drives the new KPIs" are not.
  const machine = drivenMachine(words, verb)
  if (machine > 0) return [{ domain: 'hands-on-work', score: SCORE, words: [verb, machine], ownable: false, byVerb: true }]
  // "Drive the school run when we're a driver short": driving, to fill a gap in the team, is the team's work.
  const short = words.findIndex((w, j) => j > verb && (w.clause > 0 || w.prep === 'during' || w.prep === 'in' || w.prep === 'on') && has(w, GAP))
  // ("drives the daily stand-up when stretched": what is driven must be a thing, not a meeting or an idea.)
  const driven = objectAt(words, verb)
  // ("Drive OEE on the blister line from 62% to 75%": a measure driven up is improved, not driven.)
  const drivesAThing = driven > 0 && !ABSTRACT.test(words[driven].lower) && !has(words[driven], MEETINGS) && !has(words[driven], C.OVERSIGHT_OBJECTS) && !has(words[driven], MEASURES)
  if (has(v, DRIVING) && !v.particle && short > 0 && drivesAThing) return [{ domain: 'hands-on-work', score: SCORE, words: [verb, short], ownable: false, byVerb: true, ...(teamIsShort(words, short) ? { filling: true } : {}) }]
  const shift = takesAShift(words, verb)
  if (shift) return [shift]
  const repair = repairsAThing(words, verb)
  if (repair) return [repair]
  // "Carries out the Monday stock count", "carries out reactive repairs": carrying out the team's own task is doing it.
  // ("carry out the water changes, feeding and glass cleaning": any task of the list carried out.)
  const task = has(v, CARRYING) && (v.particle === 'out' || !has(v, CARRY)) ? words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep && (has(w, CARRIED_TASKS) || !words.slice(verb + 1, j).some((x) => x.place === 'head'))) : -1
  if (task > 0 && has(words[task], CARRIED_TASKS) && !words.some((m) => m.head === task && m.place === 'mod' && LOOKING_ROUNDS.has(m.lower))) {
    return [{ domain: 'hands-on-work', score: SCORE, words: [verb, task], ownable: false, byVerb: true }]
  }
  // "Works the box office on busy nights": working a post, with the post as the object, is not working with someone.
  const worksPost = has(v, WORK) && words[verb + 1]?.lower === 'the'
  const filled = coversForAWorker(words, verb)
  if (filled) return [filled]
  // "Drives and works a cleaning round three days a week": working or driving one of the team's rounds is doing it.
  const worker = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && (has(w, WORK) || has(w, DRIVING)) && !w.particle)
  // ("a cleaning round three days a week": the round may read as describing the time after it.)
  const worked = worker >= 0 ? objectAt(words, worker) : -1
  const round = worked > 0 ? words.findIndex((w, j) => j > worker && j <= worked && !w.prep && /^rounds?$/.test(w.lower)) : -1
  if (round > 0) return [{ domain: 'hands-on-work', score: SCORE, words: [worker, round], ownable: false, byVerb: true }]
  if (!phrasal && !worksPost && (has(v, MANAGING) || has(v, C.HANDOFF_VERBS) || has(v, C.COORDINATE_VERBS))) return []
  if (has(v, C.CONTRIBUTE_VERBS) && words.some((w) => w.clause === 0 && has(w, C.CONTRIBUTION_NOUNS))) return []
  // "Builds strong relationships with colleagues": ties with people are not the team's work done beside them.
  if (words.some((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep && has(w, RELATIONS))) return []
  // Next to the people who do it: "alongside the agents", "with the site crew".
  // ("alongside the lads most days": the workers may read as describing a time after them.)
  // ("with the crew most days": so may they after "with".)
  const beside = words.findIndex((w, j) => j > verb && w.clause === 0 && (w.place === 'head' || (w.place === 'mod' && (w.prep === 'alongside' || TIME_HEADS.has(words[w.head].lower)))) && (w.prep === 'alongside' || w.prep === 'with') && has(w, WORKERS))
  // ("fix the top 3 repeat faults with the techs": problems solved with the team are managed, not worked.)
  // ("holds a huddle with the crew most days", "agrees the plan with the crew": a meeting or plan held with them runs the work.)
  // ("undertakes joint audits with the colleagues": a round of checking done with them looks at the work.)
  // ("get the defrost cycles timed better with the engineers": something got done with them is arranged, not done.)
  const solved = beside >= 0 && words.slice(verb + 1, beside).some((w, k) => (w.place === 'head' && !w.prep && (has(w, BLOCKERS) || has(w, MEETINGS) || has(w, STAFFING) || has(w, C.OVERSIGHT_OBJECTS) || has(w, CHECK_ROUNDS))) ||
    (has(v, CAUSING) && /[a-z]ed$/.test(w.lower) && k > 0 && words[verb + k].place !== 'function'))
  // ("Books the annual servicing with the maker's engineers": work booked or hired with them is arranged, not joined.)
  if (beside >= 0 && !solved && !has(v, ARRANGING)) return [{ domain: 'hands-on-work', score: SCORE, words: [verb, beside], ownable: false, byVerb: true }]
  // "Feeds sheets into the ironer on the morning shift", "operates the kilns every shift": a working verb done on a
  // shift or on the line is the team's work; checking, visiting or walking it is not.
  const putting = has(v, C.IMPLEMENT_VERBS) || has(v, C.IMPLEMENT_WITH_PARTICLE) || has(v, C.TAKING_VERBS)
  const onShift = has(v, LOOKING) || putting ? -1 : words.findIndex((w, j) => j > verb + 1 && w.clause === 0 && w.place === 'head' && has(w, SHIFT_PLACES) &&
    (w.prep === 'on' || w.prep === 'during' || EACH.has(words[j - 1]?.lower ?? '')))
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep)
  // ("hold the disciplinary for a picker on B shift": another department's work named as the object is that work.)
  if (onShift > 0 && object > 0 && object < onShift && !othersStrongWord(words[object]) && !has(words[object], WORKERS) && !has(words[object], C.CONTRIBUTION_NOUNS) && !has(words[object], C.OVERSIGHT_OBJECTS)) return [{ domain: 'hands-on-work', score: SCORE, words: [verb, onShift], ownable: false, byVerb: true }]
  // "Serves at the concourse kiosks", "serves behind the bar": serving somewhere, with nothing served named, is the work.
  // ("serve on the counter 7-9 daily": a word of when is no thing served.)
  // ("serve on the counter": read as a particle, "on" still names where.)
  const servingRoom = (w: Word): boolean => has(w, SERVING_ROOMS) || (/^rooms?$/.test(w.lower) && words.some((m) => m.place === 'mod' && m.head === words.indexOf(w) && has(m, SERVED_ROOM_KINDS)))
  const servedAt = (w: Word): boolean => w.prep === 'at' || w.prep === 'behind' || w.prep === 'on' || (w.prep === 'in' && servingRoom(w)) || (!w.prep && (((v.particle === 'on' || v.particle === 'behind') && has(w, C.POSTS)) || (v.particle === 'in' && servingRoom(w))))
  // ("serves as the link to the board": serving as someone is a part played, not food or drink served.)
  if (has(v, SERVE) && words[verb + 1]?.lower !== 'as' && !words.some((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep && !servedAt(w) && !WHEN.test(w.lower)) && words.some((w, j) => j > verb && w.clause === 0 && w.place === 'head' && servedAt(w))) {
    return [{ domain: 'hands-on-work', score: SCORE, words: [verb], ownable: false, byVerb: true }]
  }
  // "I serve popcorn on Friday nights", "serves canapés at receptions": food, drink or guests served by the role itself.
  if (has(v, SERVE) && !v.particle && words[verb + 1]?.lower !== 'as' && object > 0 && !has(words[object], NOT_SERVED) && !othersStrongWord(words[object]) && !lexicon.isOrganisationHead(words[object].keys) && !lexicon.isDepartment(words[object].keys)) {
    return [{ domain: 'hands-on-work', score: SCORE, words: [verb, object], ownable: false, byVerb: true }]
  }
  // "by hand"
  const hand = words.findIndex((w, j) => j > verb && w.lower === 'hand' && words[j - 1]?.lower === 'by')
  // ("Books each delivery by hand in the paper diary": desk work done by hand is still desk work.)
  if (hand >= 0) return [{ domain: has(v, DESK_VERBS) ? 'clerical' : 'hands-on-work', score: SCORE, words: [verb, hand - 1, hand], ownable: false, byVerb: true }]
  // "Acts as deputy for the site director when absent": standing in for a manager is managing, not the team's work.
  if (words.some((w, j) => j > verb && w.clause === 0 && (w.prep === 'for' || w.prep === 'as') && w.place === 'head' && has(w, MANAGERS))) return []
  // Filling a gap: "when housekeeping is short", "during the lunchtime rush".
  // ("on busy nights": when the team is stretched.)
  // ("when we're a man down": one of the team missing.)
  const gap = words.findIndex((w, j) => j > verb && (((w.clause > 0 || w.prep === 'during' || w.prep === 'in' || w.prep === 'on') && has(w, GAP)) || (w.clause > 0 && w.lower === 'down' && has(words[j - 1], MISSING_ONE)) || ((w.prep === 'during' || w.prep === 'at' || w.prep === 'over') && has(w, PEAK))))
  // ("clears blockers for them on busy nights": removing obstacles for the team is managing it.)
  const cleared = words.find((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep)
  // ("answers the practice phone line during busy periods": answering the phones, to fill a gap, is desk work.)
  const phones = !!cleared && headOrModHas(words, cleared, C.PHONE_POSTS)
  // ("rearranges the rota when we're a man down", "calls in agency staff": the gap planned or staffed, not filled.)
  const staffed = !!cleared && headOrModHas(words, cleared, STAFFING)
  if (gap >= 0 && teamIsShort(words, gap) && !(cleared && has(cleared, BLOCKERS)) && !staffed) return [{ domain: phones ? 'clerical' : 'hands-on-work', score: SCORE, words: [verb, gap], ownable: false, byVerb: true, filling: true }]
  // "… when a stylist is off": a worker away, in a later clause, and the role doing the work meanwhile.
  // ("when weaver off": a card may leave out the "is".)
  const away = words.findIndex((w, j) => j > verb && w.clause > 0 && w.lower === 'off' && (words[j - 1]?.lower === 'is' || words[j - 1]?.lower === 'are' || has(words[j - 1], WORKERS) || /(?:er|or|ist)s?$/.test(words[j - 1]?.lower ?? '')) && words.some((p, k) => k < j && p.clause === w.clause && p.place === 'head' && (has(p, WORKERS) || /(ist|er|or|ant)s?$/.test(p.lower))))
  if (away >= 0) return [{ domain: 'hands-on-work', score: SCORE, words: [verb, away], ownable: false, byVerb: true, filling: true }]
  return []
}

/**
 * "Covers the evening cleaning round whenever a cleaner phones in sick": covering the team's own task while one of those
 * who do it is away is doing it ("covers the gap with agency staff" plans the cover instead).
 */
function coversForAWorker(words: readonly Word[], verb: number): Hit | null {
  if (words[verb].lemma !== 'cover') return null
  const task = objectAt(words, verb)
  if (task < 0 || !has(words[task], TEAM_TASKS) || words.some((w, j) => j > verb && w.clause === 0 && w.place === 'head' && w.prep === 'with' && headOrModHas(words, w, STAFFING))) return null
  const gap = words.findIndex((w, j) => j > task && w.clause > 0 && has(w, GAP))
  if (gap < 0 || !words.some((w, j) => j > task && j < gap && w.clause === words[gap].clause && has(w, WORKERS))) return null
  return { domain: 'hands-on-work', score: SCORE, words: [verb, task, gap], ownable: false, byVerb: true, filling: true }
}

/**
 * The gap is in the team: a time ("during the rush", "on busy nights"), or people said to be short ("when the depot is
 * short of drivers", "when we're stretched"), not a thing ("when the clay delivery comes up short").
 */
function teamIsShort(words: readonly Word[], gap: number): boolean {
  const w = words[gap]
  if (w.clause === 0) return true
  const subject = words.filter((x, j) => j < gap && x.clause === w.clause && x.place !== 'function' && x.place !== 'verb')
  if (words.some((x, j) => j < gap && x.clause === w.clause && TEAM_WORDS.has(x.lower))) return true
  // ("short of drivers": what the place is short of must be people; "falls short of the agreed targets" is no gap.)
  const shortOfPeople = words[gap + 1]?.lower === 'of' && words.slice(gap + 2, gap + 5).some((x) => x.place === 'head' && (has(x, WORKERS) || /^(?:people|hands|bodies|cover)$/.test(x.lower) || /(?:ers|ors)$/.test(x.lower)))
  if (words[gap + 1]?.lower === 'of') return shortOfPeople
  return subject.length === 0 || subject.some((x) => has(x, WORKERS) || lexicon.isOrganisationHead(x.keys) || (x.lemma === x.lower && lexicon.isDepartment(x.keys)))
}
const TEAM_WORDS = new Set(['we', "we're", 'team', 'depot', 'site', 'shop', 'floor', 'yard', 'ward', 'kitchen', 'line', 'everyone', 'clinic', 'salon', 'bar',
  'restaurant', 'store', 'office', 'warehouse', 'desk', 'reception', 'housekeeping', 'it', "it's", 'garage', 'surgery', 'branch', 'hall', 'plant'])

const JOINING_IN = wordKeys('jump hop muck pitch step get')

/** A verb of joining in, with "on" or "in", and the team's work as an -ing no other domain names. */
function joinsTheWork(words: readonly Word[], verb: number): Hit | undefined {
  const v = words[verb]
  if (!has(v, JOINING_IN) || (v.particle !== 'on' && v.particle !== 'in')) return undefined
  const task = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head')
  if (task < 0 || !/[a-z]ing$/.test(words[task].lower) || words.slice(verb + 1, task).some((w) => w.place !== 'function')) return undefined
  const known = words[task].keys.flatMap((k) => lexicon.singles(k))
  if (known.some((e) => e.domain !== 'hands-on-work') || (known.length === 0 && namedByLexicon(words[task]))) return undefined
  return { domain: 'hands-on-work', score: SCORE, words: [verb, task], ownable: false, byVerb: true }
}

/** Verbs of being at a post: "sit on a headset", "jump on the tills". */
const AT_A_POST = wordKeys('sit stand be jump hop get go work man')
const POST_WORKING = wordKeys('work man')
const WHEN = /^(?:daily|weekly|nightly|nights?|mornings?|evenings?|afternoons?|weekends?|am|pm|today|tonight|\d[\d:.-]*)$/
const CARRYING = wordKeys('carry undertake perform')
const CARRY = wordKeys('carry')
/** The team's own tasks, named as what is carried out. */
const CARRIED_TASKS = wordKeys('count counts stocktake stocktakes repair repairs fix fixes delivery deliveries round rounds clean cleans clean-up changeover changeovers installation installations install installs feeding cleaning')
const SHIFT_TAKING = wordKeys('take do work pull cover drive')
const REPAIRING = wordKeys('fix repair mend swap unblock patch')

/**
 * "me on the front desk every Mon", "Sit on a headset during peak": the role at one of the team's posts, said of itself
 * (no verb, or a verb of being there), is doing that work.
 */
function onAPost(words: readonly Word[]): Hit | undefined {
  // ("sit on the switchboard": read as the verb's particle, "on" still names the post.)
  // ("works the cheese counter", "mans the tills": a post as the object of a verb of working it.)
  const onIt = (w: Word): boolean => w.prep === 'on' || w.prep === 'at' || w.prep === 'behind' || (!w.prep && words.some((v) => v.place === 'verb' && (v.particle === 'on' || v.particle === 'at' || (!v.particle && has(v, POST_WORKING)))))
  // ("the switchboard over lunch": a post before a word of when, which the tagger may join to it.)
  const placed = (w: Word, j: number): boolean => w.place === 'head' || (w.place === 'mod' && ['over', 'during', 'at', 'on', 'in', 'most', 'every', 'each', 'all'].includes(words[j + 1]?.lower ?? ''))
  const at = words.findIndex((w, j) => placed(w, j) && onIt(w) && w.clause === 0 && has(w, C.POSTS))
  if (at < 0) return undefined
  const before = words.slice(0, at).filter((w) => w.place !== 'function' && !(w.place === 'mod' && w.head === at))
  const self = before.length === 0 || (before.length === 1 && (before[0].lower === 'me' || (before[0].place === 'verb' && has(before[0], AT_A_POST) && (!before[0].particle || before[0].particle === 'on' || before[0].particle === 'at'))))
  // ("me on the front desk": "me" alone, or "I'm" said of the role.)
  const opener = words[0]?.lower
  // ("on the counter most days - cutting and serving": a card opening with the post itself.)
  if (!self || (before.length === 0 && opener !== 'me' && opener !== 'i' && !(opener === words[at].prep && words.some((w) => /ing$/.test(w.lower) && w.place !== 'mod')))) return undefined
  // ("me on the phones", "sit on the switchboard": answering the phones is desk work.)
  return { domain: has(words[at], C.PHONE_POSTS) ? 'clerical' : 'hands-on-work', score: SCORE, words: before.length ? [words.indexOf(before[0]), at] : [at], ownable: false, byVerb: true }
}
/** Screens, boards and radios: what the role runs the work from. */
const SCREENS = wordKeys('tablet tablets ipad ipads laptop laptops pc computer screen screens whiteboard board boards walkie walkie-talkie radio radios dashboard')

/** "me on the guillotine trimming brochures": the role at a machine, working it, said of itself. */
function atAMachine(words: readonly Word[]): Hit | undefined {
  if (words[0]?.lower !== 'me' || words[1]?.lower !== 'on' || words[2]?.lower !== 'the') return undefined
  const working = words.findIndex((w, j) => j > 3 && j <= 5 && /[a-z]ing$/.test(w.lower))
  // ("me on the tablet checking pick rates", "me on the walkie managing the yard": a screen or radio used to run or look at the work.)
  if (working < 0 || words.slice(3, working).some((w) => namedByLexicon(w) || has(w, SCREENS)) || has(words[working], MANAGING) || has(words[working], LOOKING) || has(words[working], C.OVERSIGHT_VERBS)) return undefined
  return { domain: 'hands-on-work', score: SCORE, words: [0, 3, working], ownable: false, byVerb: true }
}

/** "Takes a regular shift unloading ware", "does a shift on the tills": a shift taken is the team's work done. */
function takesAShift(words: readonly Word[], verb: number): Hit | undefined {
  if (!has(words[verb], SHIFT_TAKING) || words[verb].particle) return undefined
  // ("a regular shift unloading ware": the shift may describe what follows it.)
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && (w.place === 'head' || w.place === 'mod') && !w.prep && has(w, SHIFT_PLACES))
  if (object < 0 || words.slice(verb + 1, object).some((w) => w.lower === 'the' || w.place === 'head')) return undefined
  return { domain: 'hands-on-work', score: SCORE + 1, words: [verb, object], ownable: false, byVerb: true }
}

/** "Fix punctures + swap batteries", "replace locks": mending a thing no domain's lexicon names is the team's work. */
function repairsAThing(words: readonly Word[], verb: number): Hit | undefined {
  if (!has(words[verb], REPAIRING) || words[verb].particle) return undefined
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head')
  // ("repair the dishwasher", "fix a date": a card's bare plural is the work itself; a named thing is seen to.)
  // ("fixes recurring causes", "fixes the gaps found in audits": problems solved are managed, not mended.)
  if (object < 0 || words[object].prep || ABSTRACT.test(words[object].lower) || has(words[object], BLOCKERS) || !/^[a-z-]+s$/.test(words[object].lower) || words.slice(verb + 1, object).some((w) => w.place === 'function')) return undefined
  const phrase = words.slice(verb + 1, object + 1).filter((w) => w.place !== 'function')
  return phrase.some(namedByLexicon) ? undefined : { domain: 'hands-on-work', score: SCORE, words: [verb, object], ownable: false, byVerb: true }
}

const BLOCKERS = wordKeys('blocker blockers obstacle obstacles barrier barriers issue issues problem problems bottleneck bottlenecks fault faults cause causes gap gaps')
const ROLL = wordKeys('roll')
const SERVE = wordKeys('serve')
/** What is served without serving anyone a meal: notice, needs, a purpose, a market or a region. */
const NOT_SERVED = wordKeys(`notice notices need needs interest interests purpose purposes community communities business businesses company market markets sector sectors region regions area areas county counties city cities base writ writs papers sentence term terms warrant role function
  store stores site sites school schools hospital hospitals branch branches depot depots shop shops home homes venue venues outlet outlets practice practices
  time times rate rates speed`)
/** Rooms served in: "serving in the restaurant". */
const SERVING_ROOMS = wordKeys('restaurant restaurants bar bars cafe café canteen hall lounge shop kitchen')
/** "the dining room", "the tea rooms": a room served in is named by the word before it. */
const SERVED_ROOM_KINDS = wordKeys('dining tea breakfast function')
const WORK = wordKeys('work')
const DRIVING = wordKeys('drive operate')
const ABSTRACT = /(ment|tion|sion|ity|ness|ance|ence|ency|ism|ship|ing|ics)$/
/** Figures a role drives up or down. */
const MEASURES = wordKeys('oee kpi kpis sla slas nps otif difot yield throughput uptime output performance cost costs waste savings score scores rate rates')

/** The word, or a word describing it, is in the set: "the phones", "the phone line". */
function headOrModHas(words: readonly Word[], w: Word, set: ReadonlySet<string>): boolean {
  const at = words.indexOf(w)
  return has(w, set) || words.some((m) => m.place === 'mod' && m.head === at && has(m, set))
}

/** A word some lexicon names: a domain's word or phrase, or an operational, generic or organisation head. */
function namedByLexicon(w: Word): boolean {
  return w.keys.some((k) => lexicon.singles(k).length > 0 || lexicon.phrasesFrom(k).length > 0) || lexicon.isOperationalHead(w.keys) || lexicon.isGenericHead(w.keys) || lexicon.isOrganisationHead(w.keys)
}

/** A single word another department's lexicon names strongly, as a thing: "disciplinary", "invoice". */
function othersStrongWord(w: Word): boolean {
  return w.keys.some((k) => lexicon.singles(k).some((e) => e.weight >= 3 && e.domain !== 'hands-on-work' && e.domain !== 'operations' && e.kind !== 'verb'))
}

/** The object of "drive"/"operate" when it is a thing no domain's lexicon names, and not an idea ("drive improvement"). */
function drivenMachine(words: readonly Word[], verb: number): number {
  if (!has(words[verb], DRIVING) || words[verb].particle) return -1
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head')
  if (object < 0 || words[object].prep || ABSTRACT.test(words[object].lower) || has(words[object], MEASURES) || !/^[a-z-]+$/.test(words[object].lower)) return -1
  const phrase = words.slice(verb + 1, object + 1).filter((w) => w.place !== 'function')
  return phrase.some(namedByLexicon) ? -1 : object
}

const ENTERING = wordKeys('enter key type input log upload transfer copy')
const RECORD_SYSTEMS = wordKeys('system systems erp database spreadsheet spreadsheets sheet computer crm wms portal tracker sage xero excel')

/** "Keys every weighbridge ticket into the system", "enters the batch data into the ERP": typing records in is data entry. */
function keyedIn(words: readonly Word[], verb: number): Hit | undefined {
  if (!has(words[verb], ENTERING)) return undefined
  const into = words.findIndex((w, j) => j > verb + 1 && w.clause === 0 && w.place === 'head' && (w.prep === 'into' || w.prep === 'onto') && has(w, RECORD_SYSTEMS))
  return into > 0 ? { domain: 'clerical', score: SCORE, words: [verb, into], ownable: false, byVerb: true } : undefined
}

const ANSWERING = wordKeys('answer')
const LINES = wordKeys('line lines')

/** "Answers the tenants' repairs phone line", "answer the trip booking phone line": answering the phones is desk work, whatever they are for. */
function answersPhones(words: readonly Word[], verb: number): Hit | undefined {
  if (!has(words[verb], ANSWERING)) return undefined
  const object = objectAt(words, verb)
  if (object < 0 || !(has(words[object], C.PHONE_POSTS) || has(words[object], LINES))) return undefined
  const phone = has(words[object], C.PHONE_POSTS) || words.some((m, j) => j > verb && j < object && m.place === 'mod' && has(m, C.PHONE_POSTS))
  return phone ? { domain: 'clerical', score: SCORE, words: [verb, object], ownable: false, byVerb: true } : undefined
}

/** "Helps the porters carry the boxes", "assists the drivers to load the vans": workers named, then a working verb. */
function helpsWorkers(words: readonly Word[], verb: number): Hit | undefined {
  if (!has(words[verb], HELPING)) return undefined
  let j = verb + 1
  while (j < words.length && words[j].place === 'function' && !words[j].prep) j++
  // "the kitchen staff": the workers come after the words describing them.
  while (j < words.length - 1 && words[j].place === 'mod' && !has(words[j], WORKERS) && words[j + 1].place !== 'function') j++
  if (j >= words.length || !has(words[j], WORKERS)) return undefined
  // "help the drivers load", "help the drivers to load", "help the drivers with loading".
  for (let k = j + 1; k <= j + 2 && k < words.length; k++) {
    if (words[k].lower === 'to' || words[k].lower === 'with') continue
    const doing = words[k].keys.some((x) => lexicon.singles(x).some((e) => e.kind === 'doing'))
    return doing ? { domain: 'hands-on-work', score: SCORE, words: [verb, j, k], ownable: false, byVerb: true } : undefined
  }
  return undefined
}
