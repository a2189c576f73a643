// Scores each work domain for a parsed label. A word weighs by its place: the verb and
// the head noun count fully; a modifier counts less, and not at all before an
// operational head ("laboratory equipment"); words naming a partner ("with HR", "for the
// sales team") or in a later clause ("… to support sales") count less. Phrases claim
// their words first, so "supplier contract" is operations before "contract" is legal.

import { type DomainId, OUTSIDE_DOMAINS } from '../domains'
import { type Entry, key, lexicon, type Phrase } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import { RATE_WORDS } from '../nlp/words'
import { CONTRIBUTION_NOUNS, OUTSIDE_PEOPLE, POSTS } from './mode-cues'
import { MAKING_UP } from './product-cues'
import { pressIsMachine } from './public-cues'
import { askedOrServed, asSaid, doneBy, hrVerbBefore, pitchedToOutsiders, sharedVerbOverOtherWork, staffingPlaces } from './party-shapes'

export interface Hit {
  readonly domain: DomainId
  readonly score: number
  /** Indexes of the words that matched, in label order. */
  readonly words: readonly number[]
  readonly ownable: boolean
  /** The hit is a domain verb used as the clause's verb ("sell", "patch"). */
  readonly byVerb?: boolean
  /** For a shape, the last word of the phrase it covers ("approving each pallet label"): words up to it are what the shape acts on. */
  readonly span?: number
  /** The role fills a gap in the team ("when the depot is short of drivers"): what it works on is the work it does, as in person. */
  readonly filling?: boolean
}

const SKIPPED = new Set(['the', 'a', 'an', 'their', 'our', 'his', 'her', 'its', 'my', 'your', 'this', 'these', 'those'])
// A department named after a preposition is a partner ("with HR", "for the sales team");
// an outside party is the work itself ("with investors", "in court", "to the press").
// "through the monitoring software", "via the app": the means used, not the work.
const PREP_FACTOR: Readonly<Record<string, number>> = { with: 1, among: 1, amongst: 1, alongside: 0.5, of: 0.9, as: 1, to: 1, in: 0.8, on: 0.8, at: 0.8, into: 0.7, for: 0.6, through: 0.3, via: 0.3, using: 0.3 }
const PREP_DEFAULT = 0.7
/** "before the campaign launch", "during product launches", "ahead of results": when the work happens, not what it is. */
const OCCASION_PREPS: ReadonlySet<string> = new Set(['before', 'after', 'during', 'ahead', 'prior', 'until', 'following', 'throughout'])
const OCCASION = 0.3
/** Occasions operational work is done for ("for the HR training day", "for the investor meeting"). */
const EVENTS = new Set(`day days event events meeting meetings trip trips visit visits conference conferences offsite away-day awayday show shows fair
  fairs exhibition exhibitions session sessions workshop workshops party dinner seminar seminars roadshow tour tours launch launches`.split(/\s+/).map(key))
const FACILITY = key('facility')
/** Words for a group of people: a department word before them says whose. */
const GROUPS = new Set(['team', 'teams', 'department', 'dept', 'function', 'staff', 'colleagues', 'people', 'unit', 'group', 'division'].map(key))
const UPKEEP = new Set(['maintenance', 'servicing', 'repair', 'repairs', 'upgrade', 'upgrades', 'patching', 'installation', 'configuration', 'administration', 'support', 'troubleshooting'].map(key))
const DIRECTING = new Set(['tell', 'instruct', 'show', 'direct', 'dictate', 'explain', 'walk'].map(key))
const GOVERNMENT = new Set(['mayor', 'minister', 'ministry', 'government', 'council', 'parliament', 'mp', 'councillor'].map(key))
const DOING_DOMAINS: ReadonlySet<DomainId> = new Set(['hands-on-work', 'clerical'])
const ROUNDS = new Set(['route', 'round', 'run', 'shift', 'line', 'desk', 'queue'].map(key))
const FUNCTION_KEYS: ReadonlySet<string> = new Set(['for', 'in', 'on', 'to', 'of', 'with', 'by', 'and', 'as', 'at', 'into', 'from', 'against'].map(key))
const PARTNER_IN_PHRASE = 0.3
const LATER_CLAUSE = 0.6
const MAX_GAP = 2
const OF_OPERATIONAL = 0.4
const EACH_WORDS = new Set(['each', 'every'])
const QUESTION_WORDS = new Set(['which', 'what', 'whether', 'how', 'who', 'where', 'when'])
/** Verbs whose "on"/"about" phrase is what the role advises on or speaks about. */
const TOPIC_VERBS = new Set(['advise', 'counsel', 'lecture', 'speak', 'talk', 'comment', 'testify', 'campaign', 'lobby', 'negotiate'])
const REPRESENTING = new Set(['represent', 'defend'])
const VALUE = key('value')
/** Verbs of setting what a company stands for. */
const DEFINING = new Set(['set', 'define', 'write', 'shape', 'agree', 'decide', 'create', 'develop', 'draft', 'refresh', 'redefine', 'rewrite', 'own', 'determine', 'establish', 'review'].map(key))
/** Verbs of appearing before an audience: their "at" phrase is the stage, and the stage is the work. */
const STAGE_VERBS = new Set(['present', 'speak', 'appear', 'talk', 'exhibit', 'pitch'])
/** Information, not things: a doing verb over them ("clean up the master data", "pack the report") is not work by hand. */
const INFORMATION = new Set(['data', 'datum', 'record', 'list', 'database', 'spreadsheet', 'report', 'file', 'system', 'inbox', 'account', 'code', 'log', 'entry', 'detail', 'figure', 'volume', 'number', 'statistic', 'total'])

/** A word in a stretch of nouns alone, after a first stretch with a verb and its object. */
function spellsOutParts(words: readonly Word[], w: Word): boolean {
  if (w.segment === 0 || w.clause > 0 || w.place === 'verb') return false
  const first = words.filter((x) => x.segment === 0)
  if (!first.some((x) => x.place === 'verb') || !first.some((x) => x.place === 'head' && !x.prep)) return false
  // ("with local authorities on planning, licensing and waste": a list that carries on a phrase is part of it.)
  return words.every((x) => x.segment === 0 || (x.place !== 'verb' && x.clause === 0 && !x.prep))
}

/** "after the derailment in the depot yard": a place phrase straight after an occasion is part of that occasion. */
function inOccasion(words: readonly Word[], w: Word): boolean {
  let k = words.indexOf(w) - 1
  while (k >= 0 && words[k].prep === w.prep) k--
  return k >= 0 && words[k].place === 'head' && OCCASION_PREPS.has(words[k].prep ?? '') && w.segment === words[k].segment && LOCATION.has(w.prep ?? '')
}
const LOCATION: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near'])

/** "input about whether the line can fill it": what operations' own input is about is operational work. */
function aboutInput(words: readonly Word[], w: Word): boolean {
  let k = words.indexOf(w) - 1
  while (k >= 0 && words[k].prep === w.prep) k--
  return k >= 0 && words[k].keys.some((x) => CONTRIBUTION_NOUNS.has(x))
}

const ABOUT: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning', 're'])

/** How much a domain word counts where it stands. */
function placeFactor(words: readonly Word[], w: Word, operations: boolean, inPhrase = false, looksAfter = false, domain?: DomainId): number {
  let f = 1
  let partner = false
  // "Build our own route-optimisation software": what a made digital thing is for describes it; making it is the work.
  if (operations && w.place === 'mod' && madeDigitalThing(words, w.head)) f = 0.4
  // "the new till system IT chose": the team's tools naming a system say which system, not work done by hand.
  if (domain === 'hands-on-work' && w.place === 'mod' && words[w.head]?.keys.some((k) => DIGITAL_THINGS.has(k))) return 0
  // "Procure lab coats for the research laboratory": a verb of looking after things; the object's
  // describing words and who it is for say what is bought or moved, not whose work it is.
  if (looksAfter && !operations) {
    // "… moves the containers across the yard yourself": a reflexive says who does it, not what is moved.
    if (w.place === 'mod' && !words[w.head].prep && words[w.head] !== w) return inPhrase ? 0.5 : 0
    if (w.prep === 'for') partner = true
    // "keep the HR office supplied with stationery", "uniforms with the brand logo": what comes with it is a thing, not the work.
    if (w.prep === 'with') return w.place === 'mod' ? (inPhrase ? 0.25 : 0) : 0.5
    // "Procure laptops for new starters", "ship product samples": the thing bought or moved is not that department's work.
    if (w.place === 'head' && !w.prep) f = 0.5
    // "… to trade shows": where it goes.
    if (w.prep === 'to' || w.prep === 'into') partner = true
  }
  // "the big order sales won": a department just before what it did names who did it, not the work.
  if (!operations && lexicon.isDepartment(w.keys) && doneBy(words, words.indexOf(w))) return PARTNER_IN_PHRASE
  if (!operations && asSaid(words, words.indexOf(w))) return PARTNER_IN_PHRASE
  // A manner adverb before the verb ("Personally counts …") stands alone: it says how the work is done, in full.
  // So do outside people named in the plural ("keep investors calm"): they are who the work is with, not a describing word.
  const adverb = w.place === 'mod' && (words[w.head] === w || (/s$/.test(w.lower) && w.lower !== w.lemma && w.keys.some((k) => OUTSIDE_PEOPLE.has(k)) && !lexicon.isOrganisationHead(words[w.head].keys)))
  if (w.place === 'mod' && !operations && !adverb) {
    const head = words[w.head]
    // A whole domain phrase before an operational head ("pay review budget") still says something.
    // "the invoice finance facility": before "facility" a word of money names a credit line, not a building.
    // ("the glazing-lab turnaround times", "lab supplier": or before a describing word that is itself one.)
    const opsNext = words[words.indexOf(w) + 1]
    const beforeOpsWord = !inPhrase && !!opsNext && opsNext.place === 'mod' && opsNext.head === w.head && lexicon.isOperationalHead(opsNext.keys) && !lexicon.isDepartment(w.keys) && !lexicon.isOperationalHead(w.keys)
    if ((lexicon.isOperationalHead(head.keys) || beforeOpsWord) && !creditFacility(words, w.head) && !digitalUpkeepHead(words, w.head) && !(digitalGear(words, w) && !looksAfter)) return inPhrase ? 0.5 : 0
    // "the HR team", "the design team's feedback": a department word before a word for people names a partner.
    // "the mayor's office", "council leaders": government named before its people or office is government itself.
    const next = words[words.indexOf(w) + 1]
    const government = next === head && w.keys.some((k) => GOVERNMENT.has(k))
    partner = partner || (lexicon.isOrganisationHead(head.keys) && !government) || (!!next && next.place === 'mod' && lexicon.isOrganisationHead(next.keys))
    // Before a generic head ("brand management", "salary bands") the modifier is the topic.
    f = partner ? 0.8 : lexicon.isGenericHead(head.keys) ? 1 : 0.7
  } else if (!operations && (lexicon.isDepartment(w.keys) || (!inPhrase && w.prep && w.place === 'head' && lexicon.isOrganisationHead(w.keys)))) partner = true
  // "the gas supply contract for the R&D lab", "consumables for the design studio": who an operational thing is for.
  if (!operations && w.prep === 'for' && w.place !== 'verb' && servesThing(words, w)) partner = true
  // "energy use in the research labs", "deliveries to trade shows": where operational work happens or goes.
  if (!operations && (w.prep === 'in' || w.prep === 'at' || w.prep === 'to') && clauseIsOperational(words, w) && w.place !== 'verb' && placeLike(words, w)) partner = true
  // "catering for the board's strategy away day", "rooms for the HR training day": the occasion operational work serves.
  if (!operations && w.prep === 'for' && w.place !== 'verb' && EVENTS.has(words[w.head].keys[0]) && clauseIsOperational(words, w)) return OCCASION
  // "production of the new model", "maintenance of the lab's freezers": what an operational activity acts on.
  if (!operations && w.ofHead !== undefined && lexicon.isOperationalActivity(words[w.ofHead].keys)) f *= OF_OPERATIONAL
  // "the development of the mobile app": after an activity noun, the "of" phrase is the work itself.
  const ofActivity = w.prep === 'of' && w.ofHead !== undefined && lexicon.isGenericHead(words[w.ofHead].keys)
  // "Advise the board on competition law": after a verb of advising, "on"/"about" names the matter itself.
  const topic = ((w.prep === 'on' || w.prep === 'about') && words.some((v) => v.place === 'verb' && v.clause === w.clause && TOPIC_VERBS.has(v.lemma))) ||
    // "Presents at investor conferences": where the role presents or speaks is the work.
    (w.prep === 'at' && words.some((v) => v.place === 'verb' && v.clause === w.clause && STAGE_VERBS.has(v.lemma))) ||
    // "Represents the charity in the dispute with its landlord": what a party is represented in is the matter itself.
    // ("Represents the firm at the employment tribunal": so is where it is represented.)
    (!operations && (w.prep === 'in' || w.prep === 'at' || w.prep === 'before') && words.some((v) => v.place === 'verb' && v.clause === w.clause && REPRESENTING.has(v.lemma)))
  // "Fields questions from the private equity owners", "point of contact for investors": an outside party asking, or
  // served, is the work itself.
  if (!operations && (w.prep === 'from' || w.prep === 'for') && w.place === 'head' && (w.keys.some((k) => OUTSIDE_PEOPLE.has(k)) || (!!domain && OUTSIDE_DOMAINS.has(domain))) && askedOrServed(words, w)) return f
  // "Write the code for the warehouse's label printing": operations named as who it is for says little against the work.
  // "Drafts a public statement about the fire alarm evacuation": operational words after "about" are what it is about.
  if (w.prep && !ofActivity && !topic) f *= operations ? (w.prep === 'for' ? 0.3 : (ABOUT.has(w.prep) && !aboutInput(words, w)) || ((OCCASION_PREPS.has(w.prep) || inOccasion(words, w)) && !w.ensured) ? 0.25 : 0.5) : partner ? PARTNER_IN_PHRASE : occasion(words, w) ? OCCASION : (PREP_FACTOR[w.prep] ?? PREP_DEFAULT)
  // What a verb of ensuring governs ("ensure shipments comply with customs law") is still what the label is about,
  // unless a department does it ("ensure the delivery speeds marketing advertises …"): then it is that department's own work.
  // "Plan the summer ad campaign – channels, spend, creative": a list of nouns after the work is done and named spells
  // out its parts; operational words in it say little against the work.
  if (operations && spellsOutParts(words, w)) f *= 0.5
  if (w.clause > 0 && !w.ensured) f *= operations ? 0.6 : aboutSupplier(words, w.clause) || usersOfThing(words, w.clause) ? PARTNER_IN_PHRASE : whenClause(words, w.clause) ? OCCASION : LATER_CLAUSE
  else if (w.ensured && !operations && (doneByDepartment(words, w.clause) || operationalSubject(words, w))) f *= PARTNER_IN_PHRASE
  return f
}

const NOT_DOING = new Set(['fit in', 'fit around', 'staff up', 'carry out', 'carry on', 'carry through', 'carry forward', 'carry over', 'pick out', 'weigh up', 'count on', 'sort out', 'stack up', 'wrap up', 'box in', 'paint out'].map((p) => {
  const [v, particle] = p.split(' ')
  return `${key(v)} ${particle}`
}))

/** "front desk", "front of house": "front" before them names a place, not fronting anything. */
const FRONTED = new Set(['desk', 'line', 'door', 'office', 'counter', 'of', 'reception', 'entrance', 'gate', 'end'])
const FRONT = key('front')

function entryFactor(e: Entry, w: Word, next?: Word): number {
  if (e.kind === 'verb' && w.keys.includes(FRONT) && FRONTED.has(next?.lower ?? '')) return 0
  // "Input into the plan", "enter into talks": a clerical verb with no object of its own is not keying anything.
  if (e.kind === 'verb' && e.domain === 'clerical' && next?.prep) return 0
  // "Carry out research", "weigh up options": with these particles a doing verb means something else.
  if (e.kind === 'doing' && w.particle && NOT_DOING.has(`${w.keys[0]} ${w.particle}`)) return 0
  if (e.kind === 'verb' || e.kind === 'doing') return w.place === 'verb' && (e.kind === 'verb' || w.clause === 0) ? 1 : 0
  if (w.place === 'verb') return /ing$/.test(w.lower) ? 1 : 0.5
  return w.place === 'function' ? 0 : 1
}

export function scoreDomains(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const seq = words.map((_, i) => i).filter((i) => !SKIPPED.has(words[i].lower))
  const claimed = new Uint8Array(words.length)
  // "Plans the launch campaign and buys the ad space": a verb of looking after things governs what follows it, up to the next verb.
  const governing: boolean[] = []
  let current = false
  let clauseOf = -1
  words.forEach((w, i) => {
    if (w.clause !== clauseOf) [current, clauseOf] = [false, w.clause]
    // "delivers the marketing calendar": over a plan or a programme such a verb means carrying it out, not moving a thing.
    // "Repairs the company's computer network": mending digital things is IT's work, not looking after a thing.
    // ("Draft and deliver the investor deck", "Plan and buy the radio ads": joined to another verb before it, the object is
    // that verb's work too, not a thing moved.)
    // ("Load and deliver the leaflets", "Print and deliver …": a working verb first still moves the thing.)
    const joinedToWork = i > 1 && /^(?:and|&|\+)$/.test(words[i - 1].lower) && words[i - 2].place === 'verb' && words[i - 2].keys.some((k) => AUTHORING.has(k))
    if (w.place === 'verb' || w.passive) current = (lexicon.isOperationalVerb(w.keys) || gettingTo(words, i)) && !abstractObject(words, i) && !digitalRepair(words, i) && !joinedToWork
    governing[i] = current
  })
  // A passive participle of looking after ("goods stored in the lab") governs its clause's words before it too, as does
  // the verb of a clause ensured ("ensures lab samples reach the pathology lab").
  const passiveClauses = new Set(words.filter((v) => (v.passive || (v.ensured && v.place === 'verb')) && lexicon.isOperationalVerb(v.keys)).map((v) => v.clause))
  const looksAfterAt = (i: number): boolean => governing[i] || passiveClauses.has(words[i].clause)
  const hits: Hit[] = []
  // Phrases: longest first, each word used once.
  const found: { entry: Phrase; at: number[] }[] = []
  for (let p = 0; p < seq.length; p++) {
    for (const k of words[seq[p]].keys) {
      for (const ph of lexicon.phrasesFrom(k)) {
        const at = [seq[p]]
        let q = p
        for (let n = 1; n < ph.keys.length && at.length === n; n++) {
          for (let g = q + 1; g <= q + 1 + MAX_GAP && g < seq.length; g++) {
            const w = words[seq[g]]
            if (w.segment !== words[seq[p]].segment) break
            // "which new countries the business moves into": a phrase's words stay in one noun phrase, or a verb and its object.
            if (endsNounPhrase(words, seq[q], seq[g])) break
            // "the business and model its values": across "and", a verb starts something else.
            if (w.place === 'verb' && words.slice(seq[q] + 1, seq[g]).some((x) => x.lower === 'and' || x.lower === 'or')) break
            // "give sales realistic lead times": who receives ends there; the next noun phrase is not part of its phrase.
            if (words[seq[q]].place === 'head' && words[seq[q]].prep === 'to' && w.prep !== 'to') break
            // "new features for the customer app": a phrase does not reach a describing word of another preposition's phrase.
            // ("keeps spend within plan": nor into a phrase that bounds or sets against, after "within", "under", "across", "against" …)
            if (w.prep && w.prep !== words[seq[q]].prep && w.prep !== 'of' && (w.place === 'mod' || BOUNDING_PREPS.has(w.prep)) && !ph.keys.includes(key(w.prep))) break
            // ("Serving time per customer": what comes after "per" is what a rate is counted by, not part of the work.)
            if (w.prep === 'per') break
            // "fill in for": a little word of a phrase stands right where the phrase has it ("fills in the forms for …" is not standing in).
            if (g > q + 1 && FUNCTION_KEYS.has(ph.keys[n])) break
            if (w.keys.includes(ph.keys[n])) {
              at.push(seq[g])
              q = g
              break
            }
            // "the company's tax strategy": a gap word that is itself another domain's word belongs to the nearer noun.
            // "the sales team's phones": a department before its team is whose they are, not a word of the phrase's noun.
            if (w.place !== 'function' && ownsDomainWord(w, ph.domain) && !(words[seq[g] + 1]?.keys ?? []).some((k) => GROUPS.has(k))) break
            // "the company-wide people strategy": a gap word making, with the generic head wanted next, another domain's phrase
            // is the topic of that head.
            if (w.place !== 'function' && words[seq[p]].place === 'mod' && lexicon.isGenericHead([ph.keys[n]]) && w.keys.some((k) => lexicon.phrasesFrom(k).some((o) => o.domain !== ph.domain && o.keys.length === 2 && o.keys[1] === ph.keys[n]))) break
            // ("the new shift pattern": a describing word making, with its own head next, another domain's phrase binds to it.)
            const next = words[seq[g] + 1]
            if (w.place === 'mod' && words[seq[p]].place === 'mod' && next && w.head === seq[g] + 1 && next.keys.includes(ph.keys[n]) && w.keys.some((k) => lexicon.phrasesFrom(k).some((o) => o.domain !== ph.domain && o.keys.length === 2 && next.keys.includes(o.keys[1])))) break
          }
        }
        if (at.length === ph.keys.length) found.push({ entry: ph, at })
      }
    }
  }
  found.sort((a, b) => b.at.length - a.at.length || b.entry.weight - a.entry.weight)
  for (const { entry, at } of found) {
    if (at.some((i) => claimed[i])) continue
    // "Books the meeting rooms' cleaning": a verb's phrase ending on a describing word of an operational noun is not that phrase.
    // "Drives a van route", "answers the main phone line": a route, round or line of the work itself is still that work.
    const end = words[at[at.length - 1]]
    if (words[at[0]].place === 'verb' && end.place === 'mod' && operationalWord(words[end.head]) && !(DOING_DOMAINS.has(entry.domain) && words[end.head].keys.some((k) => ROUNDS.has(k)))) continue
    // "Negotiates prices with the packaging suppliers": prices agreed with a supplier are paid, not sold at.
    if (entry.domain === 'sales' && withSupplier(words, words[at[0]].clause)) continue
    // "Act as a role model for the company's values": living the values is not setting them.
    if (entry.domain === 'strategy' && entry.keys[entry.keys.length - 1] === VALUE && !words.some((v) => v.place === 'verb' && v.clause === 0 && v.keys.some((k) => DEFINING.has(k)))) continue
    // "Live the company values": values lived, as a phrase too.
    if (entry.domain !== 'operations' && at.some((i) => valuesPromoted(words, i))) continue
    // ("Give R&D line time on press 9": a press a job goes on is a machine, inside a phrase too.)
    if (entry.domain === 'public-relations' && at.some((i) => pressIsMachine(words, i))) continue
    for (const i of at) claimed[i] = 1
    // A phrase counts as strongly as its best-placed word ("develop … software": the verb).
    const content = at.filter((i) => words[i].place !== 'function')
    const ops = entry.domain === 'operations'
    // "Work alongside IT": a phrase for doing the team's work, ending on a word for whom, names a partner when a department follows.
    // "working alongside the e-commerce team": so does a phrase ending on a word for people.
    const after = nextContent(words, at[at.length - 1])
    if (entry.domain === 'hands-on-work' && words[at[at.length - 1]].place === 'function' && !!after && (lexicon.isDepartment(after.keys) || (after.place === 'mod' && lexicon.isOrganisationHead(words[after.head].keys)))) continue
    // "tell PR exactly what went wrong": what happened, told exactly, is an account, not an order.
    if (entry.domain === 'task-control' && /^(?:exactly|precisely)$/.test(words[at[0]].lower) && /^(?:went|happened|failed|broke|caused|occurred|changed|slipped|jammed|crashed)$/.test(words[at[at.length - 1] + 1]?.lower ?? '')) continue
    // "Check every forklift": control over each thing looked after is not control over people.
    if (entry.domain === 'task-control' && EACH_WORDS.has(words[at[at.length - 1]].lower) && lexicon.isOperationalHead(nextContent(words, at[at.length - 1])?.keys ?? [])) continue
    // "Owns the operations budget line by line": a budget, plan or report gone through in detail is no worker's work watched
    // ("each coach's session plan line by line" is).
    if (entry.domain === 'task-control' && words[at[1]]?.lower === 'by' && words.some((w) => w.place !== 'function' && w.place !== 'verb' && !w.prep && w.keys.some((k) => DETAILED_THINGS.has(k))) && !words.some((w) => EACH_WORDS.has(w.lower))) continue
    // "Tells the cleaners which desk to wipe next, step by step": how others are told, wherever it stands.
    const manner = entry.domain === 'task-control' && at.length === 3 && words[at[1]].lower === 'by' && words.some((v) => v.place === 'verb' && v.clause === 0 && v.keys.some((k) => DIRECTING.has(k)))
    const factor = manner ? 1 : Math.max(...(content.length ? content : at).map((i) => placeFactor(words, words[i], ops, at.length > 1, looksAfterAt(i), entry.domain)))
    // "to the IT service desk": a department's own desk or team, after a preposition, is a partner.
    const last = words[at[at.length - 1]]
    const partnerPhrase = !ops && !!last.prep && lexicon.isOrganisationHead(last.keys) && [at[0] - 1, ...at].some((i) => i >= 0 && lexicon.isDepartment(words[i].keys))
    const score = entry.weight * (partnerPhrase ? Math.min(factor, PARTNER_IN_PHRASE) : factor)
    if (score > 0) hits.push({ domain: entry.domain, score, words: at, ownable: entry.ownable })
  }
  // Single words: the best entry per domain.
  words.forEach((w, i) => {
    if (claimed[i] || w.place === 'function') return
    const best = new Map<DomainId, { score: number; ownable: boolean; byVerb: boolean }>()
    for (const k of w.keys) {
      for (const e of lexicon.singles(k)) {
        // "Picks which acquisitions to pursue": before a question word the verb means choosing.
        if (e.domain === 'operations' && (creditFacility(words, i) || digitalUpkeepHead(words, i) || sequenceOrder(words, i))) continue
        // "Merges thin groups", "Acquires new forklifts", "Expand the night shift": a verb of growing or joining businesses, said
        // of one of the role's own things, joins or grows that thing ("merge with a rival", "acquire Hendry Removals", "expand
        // chargers into Ireland" stay).
        if (e.domain === 'strategy' && e.kind === 'verb' && w.place === 'verb' && ownThingJoined(words, i)) continue
        // ("Press enquiries after the failure – I take the calls and give the quotes": quotes given where a word of public
        // relations stands are words for the papers, not prices.)
        if (e.domain === 'sales' && /^quotes?$/.test(w.lower) && words.some((x) => x !== w && x.keys.some((k) => lexicon.singles(k).some((pr) => pr.domain === 'public-relations')))) continue
        // "Hires the marquee and generators": hiring a thing is renting it, not employing someone.
        if (e.domain === 'hr' && e.kind === 'verb' && w.keys.includes(HIRE) && objectIsThing(words, i)) continue
        // "Onboard new accounts won by sales", "onboard the new carriers": customers, suppliers and sites taken on are no staff.
        if (e.domain === 'hr' && w.keys.includes(ONBOARD) && (objectIsThing(words, i) || (words[objectAt(words, i)]?.keys ?? []).some((k) => TAKEN_ON.has(k)))) continue
        // "Engineer the new seat layout for the carriages", "design the case and windchest layout": with a design verb, the
        // layout of a thing is the thing's design ("design the new warehouse layout", "the store layout" stay operations).
        if (e.domain === 'operations' && w.keys.includes(LAYOUT) && designVerbBefore(words, i) && !laidOutPlace(words, i)) continue
        // "sold hours vs clocked hours": hours sold are a workshop's measure, not a sale made.
        if (e.domain === 'sales' && w.lower === 'sold' && /^(?:hours?|hrs?|minutes?|days?|time|units?)$/.test(words[i + 1]?.lower ?? '')) continue
        // "Manages the project to install the new baler": installing, with no software named, puts in kit of any kind.
        if (e.domain === 'it-software' && w.keys.includes(INSTALL) && e.weight < 2 && !namesSoftware(words, i)) continue
        // "Programme the sports hall timetable", "the build programme": spelt "programme", it schedules; "program", and the
        // forms the two spellings share ("programmed", "programming"), may code.
        // ("programme the new tool in python": unless software is named as well.)
        if (e.domain === 'it-software' && e.kind === 'verb' && /^programmes?$/.test(w.lower) && !namesSoftware(words, i)) continue
        // "buying out Hendry Removals": a capitalised word of operations after a capitalised name, inside the label, is part
        // of a firm's name ("the County Court" is still a court).
        if (e.domain === 'operations' && partOfName(words, i)) continue
        // "What can the plant physically make by 2027?": what can physically be done is a capacity, not work done in person.
        // ("Can physically cover the packing line when we're a man down": the role itself, with no place or team named, does it.)
        if (e.domain === 'hands-on-work' && w.lower === 'physically' && words.slice(Math.max(0, i - 3), i).some((m, k, near) => ABLE.has(m.lower) && near.some((x) => x !== m && x.place !== 'function' && x.place !== 'verb'))) continue
        // "the shipping line's lawsuit", "the shipping paperwork": a verb of looking after things describing another thing is no
        // such work ("purchase spend", "ship dates" still are: buying, and when).
        if (e.domain === 'operations' && w.place === 'mod' && lexicon.isOperationalVerb(w.keys) && !lexicon.isOperationalHead(w.keys) && !BUYING_WORDS.has(w.keys[0]) && !TIMED_HEADS.has(words[w.head].keys[0])) continue
        // "Deploy officers across the wings": people deployed are put to work, not software released.
        if (e.domain === 'it-software' && w.keys.includes(DEPLOY) && w.place === 'verb' && peopleObject(words, i)) continue
        // "Prototype a new line of night guards": a new line of products is a range, not a production line.
        if (e.domain === 'operations' && w.lemma === 'line' && words[i + 1]?.lower === 'of' && words.some((m) => m.head === i && m.place === 'mod' && m.lower === 'new')) continue
        // ("Creating and prototyping the gallery's new merchandise line": a new line made up is a range too.)
        if (e.domain === 'operations' && w.lemma === 'line' && words.some((m) => m.head === i && m.place === 'mod' && m.lower === 'new') && words.some((v) => v.place === 'verb' && v.keys.some((k) => MAKING_UP.has(k)))) continue
        // "Have rooms and lobby spotless": the hotel lobby, a place, is no lobbying ("lobby MPs", "the lobby group" still are).
        if (e.domain === 'government-relations' && w.lemma === 'lobby' && !/ing$/.test(w.lower) && !lobbiedSomeone(words, i)) continue
        // "Pitch maintenance and grounds schedule": before an operational head, "pitch" is the sports pitch, not a sales pitch.
        // ("pitch van hire to event organisers" is pitched to someone.)
        if (e.domain === 'sales' && w.lemma === 'pitch' && i === 0 && !!words[1] && lexicon.isOperationalHead(words[1].keys) && !words.some((x) => x.prep === 'to' || x.lower === 'to')) continue
        // "the ski hire shop", "the van hire desk": hire naming a rental business or counter is renting, not employing.
        if (e.domain === 'hr' && w.lemma === 'hire' && w.place === 'mod' && /^(?:shop|shops|desk|counter|fleet|kit|centre|center|business|company|firm|point|hut|station|service)$/.test(words[i + 1]?.lower ?? '')) continue
        // ("Book the cherry picker hire", "lane hire and hall bookings", "Hire-period tracking": "hire" after a thing, or before
        // a word of renting, is a rental; "every hire", "the hire process" are people hired.)
        if (e.domain === 'hr' && w.lower === 'hire' && w.place !== 'verb' && (rentedThing(words[i - 1]) || RENTAL_AFTER.has(words[i + 1]?.lower ?? ''))) continue
        // "fit out 3 new kitchens": fitting out a place is a refit, not fitting things by hand.
        if (e.domain === 'hands-on-work' && w.lemma === 'fit' && (w.particle === 'out' || words[i + 1]?.lower === 'out')) continue
        // "a second till position", "cash position": a position held is a post or a figure; "positioning", or a brand's or
        // market position, is marketing.
        if (e.domain === 'marketing' && /^positions?$/.test(w.lower) && !/^(?:brand|market|price|product)$/.test(words[i - 1]?.lower ?? '')) continue
        // "reacting to the findings", "react fast to complaints": the verb, not the React framework.
        if (e.domain === 'it-software' && w.lemma === 'react' && !(w.text === 'React' && i > 0) && (w.lower !== 'react' || w.place === 'verb' || words[i + 1]?.lower === 'to')) continue
        // "check the batch codes", "date codes on every pallet": a code named by what it marks is a label, not software.
        if (e.domain === 'it-software' && w.lemma === 'code' && words[i - 1]?.place === 'mod' && MARKED_BY_CODES.has(words[i - 1].lemma)) continue
        // "switch the presses over": presses, in the plural, are machines, not the press.
        if (e.domain === 'public-relations' && w.lower === 'presses') continue
        // ("which jobs go on which press", "run it on press 2", "Run the Heidelberg press": a press a job goes on, one of
        // several, or one that is run or operated, is a machine too.)
        if (e.domain === 'public-relations' && pressIsMachine(words, i)) continue
        // "turnaround minutes", "20 minutes per van": minutes of time, not of a meeting.
        if (e.domain === 'clerical' && w.keys.includes(MINUTES) && (/^\d/.test(words[i - 1]?.lower ?? '') || TIMED.has(words[i - 1]?.lower ?? '') || words[i + 1]?.lower === 'per')) continue
        // "Agrees prices with the caterer": prices agreed with a supplier are what the company pays, not what it sells at.
        if (e.domain === 'sales' && withSupplier(words, w.clause)) continue
        // "Persuades councillors to back …": persuading an outside party that is not a buyer is that party's work.
        if (e.domain === 'sales' && w.place === 'verb' && (objectIsOutsideParty(words, i) || pitchedToOutsiders(words, i))) continue
        // "crew shifts", "pack rota", "cleaning contract", "cleaning standards": before a word of planning, buying, measuring or
        // ruling the work, the doing verb names what it is for.
        // ("incl. crew training", "picking induction": training in the work is given, not the work done.)
        if (e.kind === 'doing' && (PLANS.has(words[i + 1]?.keys[0] ?? '') || (words.findIndex((v) => v.place === 'verb' && v.clause === 0) !== i && /^(?:training|induction)$/.test(words[i + 1]?.lower ?? '')))) continue
        // "engineer how it carries five tiers": what a thing does is not work the role does.
        if (e.kind === 'doing' && THINGS_DOING.has(words[i - 1]?.lower ?? '')) continue
        // "box office phones", "pack team": before a word for a group or place of people it names which one.
        if (e.kind === 'doing' && !!words[i + 1] && !words[i + 1].prep && lexicon.isOrganisationHead(words[i + 1].keys)) continue
        // "keep the bar team stocked and properly staffed": a participle after the verb says the state kept.
        // ("Have coaches prepped and crewed for the hire jobs": so does one after "have" or "get" opening the label.)
        if (e.kind === 'doing' && /ed$/.test(w.lower) && (words.slice(0, i).some((v) => v.place === 'verb' || v.passive) || CAUSING_OPENERS.has(words[0].lower))) continue
        // "follow the wildlife watching code": a code followed is a rule, not software.
        if (e.domain === 'it-software' && w.keys.includes(CODE) && (words[i + 1]?.lower === 'of' || words.slice(Math.max(0, i - 5), i).some((v) => v.keys.some((k) => FOLLOWING.has(k))))) continue
        // "picking strategy for the mezzanine", "set the queue strategy for peak": a strategy named by a word of the work is
        // how that work is done, not the company's direction.
        // ("the parks service strategy for the next decade": over years it is the organisation's direction all the same.)
        if (e.domain === 'strategy' && w.keys.includes(STRATEGY) && i > 0 && opsWorkWord(words[i - 1]) && !words.some((x) => HORIZONS.test(x.lower))) continue
        // "Redesign the picking flow", "redesigned how tickets get keyed": designing how the work is done is operations.
        if (e.domain === 'product-design' && w.place === 'verb' && objectIsWayOfWorking(words, i)) continue
        // "Carries a personal sales target": a target or a responsibility carried is held, not lifted.
        if (e.kind === 'doing' && w.place === 'verb' && objectIsBurden(words, i)) continue
        if (e.kind === 'doing' && (objectIsInformation(words, i) || QUESTION_WORDS.has(words[i + 1]?.lower ?? '') || objectIsChosen(words, i) || staffingPlaces(words, i))) continue
        // "tacho records kept legal", "so our loading stays legal", "legal weight limits on the truck": the role's own work
        // kept within the law is its compliance, not legal work.
        if (e.domain === 'legal' && w.lower === 'legal' && (KEPT_STATE.has(words[i - 1]?.lower ?? '') || LEGAL_LIMITS.has(words[i + 1]?.lower ?? ''))) continue
        // "Input on the launch idea", "input to the lease talks": input given on something is a view, not data keyed in.
        if (e.domain === 'clerical' && w.lemma === 'input' && INPUT_ON.has(words[i + 1]?.lower ?? '')) continue
        // "boxes per hour", "re-wash %", "mispick rate": work named as what is measured is a figure, not the work done.
        if (e.domain === 'hands-on-work' && measured(words, i)) continue
        // "Staff the tills for the launch weekend": the places staffed are what is resourced, not worked by the role.
        if (e.domain === 'hands-on-work' && e.kind === 'noun' && words.some((v, j) => j < i && v.place === 'verb' && staffingPlaces(words, j))) continue
        // "Disciplines a receptionist in finance": a person named as what an HR verb acts on is whom, not the work.
        if (e.domain !== 'hr' && lexicon.isOrganisationHead(w.keys) && w.place === 'head' && !w.prep && hrVerbBefore(words, i)) continue
        // "Promote an inclusive working culture", "champion equality and diversity": values lived and encouraged are how
        // the role behaves, not marketing or people policy.
        if (e.domain !== 'operations' && valuesPromoted(words, i)) continue
        // "kept stocked and staffed", "staff briefed", "(stock, staffing)": people found for the work, not the work done.
        // ("staff uniforms", "staff + kit plan": staff before a noun or a plus sign names people, not a post worked.)
        // ("Staff the kitchens up for the set menu": with its particle after the object, staffing up finds people.)
        if (e.kind === 'doing' && w.keys.includes(STAFF) && (w.place !== 'verb' || /ed$/.test(w.lower) || words.slice(i + 2, i + 5).some((o, k) => o.lower === 'up' && words[i + 1 + k].place !== 'function' && UP_ENDS.has(words[i + 3 + k]?.lower ?? '')) || !words.some((o, j) => j > i && o.segment === w.segment && o.place === 'head' && !o.prep && !/ed$/.test(o.lower)) || !(STAFFED_NEXT.has(words[i + 1]?.lower ?? '') || (words[i + 1]?.keys ?? []).some((k) => POSTS.has(k))) || !staffsAPost(words, i))) continue
        // "the radio ad script", "the call script": a script for an advert or a call is words to say, not code.
        if (e.domain === 'it-software' && spokenScript(words, i)) continue
        const score = e.weight * entryFactor(e, w, words[i + 1]) * placeFactor(words, w, e.domain === 'operations', false, looksAfterAt(i), e.domain)
        if (score > (best.get(e.domain)?.score ?? 0)) best.set(e.domain, { score, ownable: e.ownable, byVerb: e.kind !== 'noun' && w.place === 'verb' && w.clause === 0 })
      }
    }
    for (const [domain, b] of best) hits.push({ domain, score: b.score, words: [i], ownable: b.ownable, ...(b.byVerb ? { byVerb: true } : {}) })
  })
  // "build the new sign-up website myself": making software, an app or a site is software work, whatever it is for.
  words.forEach((w, i) => {
    if (w.place !== 'head' || w.prep || !w.keys.some((k) => SOFTWARE_THINGS.has(k)) || spokenScript(words, i)) return
    const maker = words.findIndex((v, j) => j < i && v.place === 'verb' && v.clause === w.clause && v.keys.some((k) => MAKING.has(k)))
    if (maker >= 0 && !words.slice(maker + 1, i).some((x) => x.place === 'verb')) hits.push({ domain: 'it-software', score: 3, words: [maker, i], ownable: false, byVerb: true })
  })
  return inRecruiting(hits, words).map((h) => (sharedVerbOverOtherWork(h, hits, words) ? { ...h, score: h.score / 2 } : h))
}

function measured(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]?.lower ?? ''
  return RATE_WORDS.has(next) || (next === 'per' && /^(?:hour|hr|day|week|shift|month|person|head|picker|packer)s?$/.test(words[i + 2]?.lower ?? ''))
}

const RECRUITING = new Set(['recruit', 'recruitment', 'hiring', 'hire', 'vacancy', 'vacancies', 'candidate', 'applicant', 'interview'].map(key))
const JOB_ADS = new Set(['advert', 'ad', 'advertisement', 'offer', 'posting', 'listing'].map(key))

/** "Runs recruitment, from writing adverts to making offers": beside recruiting, adverts and offers are jobs'. */
function inRecruiting(hits: Hit[], words: readonly Word[]): Hit[] {
  if (!hits.some((h) => h.domain === 'hr' && h.words.some((i) => words[i].keys.some((k) => RECRUITING.has(k))))) return hits
  return hits.map((h) => h.domain === 'marketing' && h.words.every((i) => words[i].keys.some((k) => JOB_ADS.has(k))) ? { ...h, domain: 'hr' } : h)
}
const PROMOTING = new Set(['promote', 'champion', 'uphold', 'model', 'live', 'embody', 'foster', 'encourage', 'role-model'].map(key))
const VALUES = new Set(['culture', 'value', 'values', 'diversity', 'inclusion', 'equality', 'wellbeing', 'respect', 'behaviour', 'behaviours', 'inclusive', 'inclusivity'].map(key))
/** The word is a value, or a verb of promoting one, in a clause whose object is values ("promote an inclusive culture"). */
function valuesPromoted(words: readonly Word[], i: number): boolean {
  const w = words[i]
  // ("Role-models the centre's values": a verb the tagger takes for a noun, opening the line.)
  const verb = w.place === 'verb' ? i : words.findIndex((v, j) => j < i && (v.place === 'verb' || j === 0) && v.clause === w.clause && v.keys.some((k) => PROMOTING.has(k)))
  if (verb < 0 || !words[verb].keys.some((k) => PROMOTING.has(k))) return false
  // ("promotes a friendly, inclusive culture": the value may close a short list of describing words.)
  return words.some((x, j) => j > verb && j <= verb + 6 && x.clause === words[verb].clause && !x.prep && x.place !== 'verb' && x.keys.some((k) => VALUES.has(k)))
}
const SCRIPT = key('script')
const STAFF = key('staff')
const UP_ENDS = new Set(['', 'for', 'so', 'to', 'when', 'on', 'at', 'before', 'during', 'ahead'])
/** What "staff" as a verb of working a post is followed by, besides the post itself: "staff the desk", "staff reception". */
const STAFFED_NEXT = new Set(['the', 'a', 'an', 'our', 'their', 'every', 'each', 'front'])
/**
 * "Staff the front desk", "staff the ticket office and turnstiles": the role works a post. Staffing a whole place, a
 * queue or extra posts ("Staff the terminal on peaks", "Staffs the customer service queue", "Staff extra check-in desks")
 * is arranging who works them.
 */
function staffsAPost(words: readonly Word[], verb: number): boolean {
  const object: Word[] = []
  for (let j = verb + 1; j < words.length && words[j].clause === words[verb].clause && !words[j].prep; j++) {
    if (words[j].place === 'verb') break
    object.push(words[j])
  }
  if (object.some((w) => w.lower === 'extra' || w.lower === 'more' || w.lower === 'additional')) return false
  // ("the box office", "the ticket office": an office named by what is sold over its counter.)
  const counterOffice = (w: Word, j: number): boolean => w.lower === 'office' && /^(?:box|ticket|booking)$/.test(object[j - 1]?.lower ?? '')
  // ("front of house": the front a guest meets is a post too.)
  const frontOfHouse = (w: Word): boolean => w.lower === 'front' && words[words.indexOf(w) + 1]?.lower === 'of' && words[words.indexOf(w) + 2]?.lower === 'house'
  return object.some((w, j) => (w.place === 'head' || w.place === 'mod') && (w.keys.some((k) => POSTS.has(k)) || counterOffice(w, j) || frontOfHouse(w)))
}
const SPOKEN = new Set(['ad', 'advert', 'radio', 'tv', 'video', 'film', 'call', 'phone', 'sales', 'podcast', 'voiceover', 'presentation', 'speech'])
function spokenScript(words: readonly Word[], i: number): boolean {
  return words[i].keys.includes(SCRIPT) && words.slice(Math.max(0, i - 3), i).some((m) => m.place === 'mod' && m.head === i && SPOKEN.has(m.lower))
}
const THINGS_DOING = new Set(['it', 'they', 'which', 'that'])
const CODE = key('code')
const FOLLOWING = new Set(['follow', 'meet', 'comply', 'obey', 'adhere', 'breach', 'break', 'respect'].map(key))
const PREPOSITION_HEADS = new Set(['over', 'behind', 'across', 'through'])
const PLANS = new Set(['shift', 'rota', 'roster', 'schedule', 'pattern', 'plan', 'contract', 'contractor', 'supplier', 'budget', 'cost', 'firm', 'company',
  // ("cleaning standards", "cleaning turnaround < 4 hrs", "labelling error rate": a measure or rule of the work names what is managed.)
  'standard', 'standards', 'quality', 'turnaround', 'time', 'times', 'rate', 'rates', 'target', 'targets', 'kpi', 'kpis', 'sla', 'slas', 'spec', 'procedure', 'procedures', 'sop', 'sops', 'error', 'errors', 'accuracy', 'productivity'].map(key))
const SOFTWARE_THINGS = new Set(['software', 'app', 'application', 'website', 'platform', 'portal', 'database', 'script', 'algorithm', 'code'].map(key))

/** "… when marketing's offer goes live": a clause saying when another department acts names the occasion, not the work. */
function whenClause(words: readonly Word[], clause: number): boolean {
  const at = words.findIndex((w) => w.clause === clause)
  const subject = words.find((w, j) => j > at && w.clause === clause && w.place !== 'function')
  // ("when there is a safety incident": the occasion, whatever happens.)
  const there = words[at + 1]?.lower === 'there'
  // ("when the admin team does the data entry": a team named as who acts.)
  const team = words.find((w, j) => j > at && w.clause === clause && w.place === 'head')
  const someoneElse = !!subject && (lexicon.isDepartment(subject.keys) || (!!team && !team.prep && lexicon.isOrganisationHead(team.keys)))
  return at >= 0 && WHEN_OPENERS.has(words[at].lower) && (there || someoneElse) && words.some((v) => v.place === 'verb' && v.clause === 0)
}
const WHEN_OPENERS = new Set(['when', 'whenever', 'while', 'until'])

/** The phrase before this "for" phrase ends on a thing operations looks after. */
function servesThing(words: readonly Word[], w: Word): boolean {
  const i = words.indexOf(w)
  let k = i - 1
  while (k >= 0 && words[k].prep === 'for') k--
  while (k >= 0 && words[k].place === 'function') k--
  return k >= 0 && words[k].place === 'head' && words[k].clause === w.clause && lexicon.isOperationalHead(words[k].keys)
}

const MAKING = new Set(['build', 'develop', 'write', 'code', 'program', 'create', 'engineer'].map(key))
const DIGITAL_THINGS = new Set(['software', 'app', 'application', 'website', 'platform', 'program', 'tool', 'system', 'portal', 'database', 'script', 'algorithm', 'code'].map(key))

/** The head is software, an app or a site that the clause's verb makes. */
function madeDigitalThing(words: readonly Word[], head: number): boolean {
  const h = words[head]
  if (!h || !h.keys.some((k) => DIGITAL_THINGS.has(k))) return false
  return words.some((v, j) => j < head && v.place === 'verb' && v.clause === h.clause && v.keys.some((k) => MAKING.has(k)))
}

const ORDER = key('order')
/** "in what order", "in the right order": after a question word or "in", an order is a sequence, not a customer's order. */
function sequenceOrder(words: readonly Word[], i: number): boolean {
  if (!words[i].keys.includes(ORDER)) return false
  const before = words[i - 1]?.lower ?? ''
  return QUESTION_WORDS.has(before) || (before === 'right' || before === 'same') && words[i - 3]?.lower === 'in'
}

/** True when a determiner between two words starts a new noun phrase after a head noun ("countries | the business"). */
function endsNounPhrase(words: readonly Word[], from: number, to: number): boolean {
  // ("over their shoulder": a preposition read as a noun still takes its noun phrase.)
  if (words[from].place !== 'head' || PREPOSITION_HEADS.has(words[from].lower)) return false
  for (let k = from + 1; k < to; k++) if (SKIPPED.has(words[k].lower)) return true
  return false
}

/** "Server maintenance", "firewall upgrades": looking after digital things is IT's own work, not operations'. */
function digitalUpkeepHead(words: readonly Word[], i: number): boolean {
  const w = words[i]
  if (w.place !== 'head' || !w.keys.some((k) => UPKEEP.has(k))) return false
  return words.some((m, j) => j < i && m.place === 'mod' && m.head === i && m.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'it-software' && e.weight >= 3)))
}

/** Generic names for kit: "the wifi kit", "the firewall tooling" is the digital thing itself. */
const GEAR = new Set(['kit', 'equipment', 'hardware', 'tool', 'tools', 'tooling', 'device', 'devices', 'gear'].map(key))

/** A strong IT word before a generic name for kit, set up or worked on rather than bought or moved: IT's work. */
function digitalGear(words: readonly Word[], w: Word): boolean {
  return words[w.head].keys.some((k) => GEAR.has(k)) && w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'it-software' && e.weight >= 3))
}

/** "in the data centres", "in research labs" name places; "in SQL and Python" names the means. */
function placeLike(words: readonly Word[], w: Word): boolean {
  const at = words.indexOf(w)
  for (let j = at - 1; j >= 0 && words[j].prep === w.prep; j--) if (SKIPPED.has(words[j].lower)) return true
  return /s$/.test(words[w.head].lower)
}

/** The clause's first head names an operational activity or thing ("deliveries of …", "energy use …"), before any preposition. */
function clauseIsOperational(words: readonly Word[], w: Word): boolean {
  const first = words.find((x) => x.clause === w.clause && x.place === 'head' && !x.prep)
  return !!first && first !== w && (lexicon.isOperationalActivity(first.keys) || lexicon.isOperationalHead(first.keys) || OPERATIONAL_THINGS.has(first.keys[0]))
}

/** Heads of operational work not among the lexicon's things: "energy use", "water use". */
const OPERATIONAL_THINGS = new Set(['use', 'usage', 'consumption', 'waste', 'energi', 'water', 'utiliti'])

/** "picks the agency", "picks a supplier": over a firm, a person or an option, picking is choosing. */
const CHOSEN = new Set(`agency agenci supplier vendor partner option candidate winner venue location provider contractor firm name theme colour
  color date site design tool platform shortlist consultant photo picture image font music slogan logo artwork wording market markets
  logistics carrier courier haulier printer cleaner caterer system app software bank lender insurer broker warehouse premises
  target targets merger direction strategy priority priorities fabric fabrics trim trims style styles flavour flavours shade finish
  keyword keywords country countries region regions city cities instrument instruments product products fund funds route routes
  town towns investment investments slot slots week weeks day days time times fix fixes window windows month months weekend weekends guide guides team teams shift shifts
  bet bets concept concepts idea ideas structure structures deal deals approach approaches format formats model models mix price prices`.split(/\s+/).map(key))
/** Things picked to work on, when a purpose follows: "pick the two things to fix next". */
const PICKED_TO_WORK_ON = new Set('thing things issue issues problem problems area areas improvement improvements'.split(' ').map(key))
const CHOOSING_VERBS = new Set(['pick'].map(key))

/** "the invoice finance facility", "a lending facility": a facility named by a word of money is a credit line, not a building. */
function creditFacility(words: readonly Word[], i: number): boolean {
  const w = words[i]
  if (w.place !== 'head' || !w.keys.includes(FACILITY)) return false
  return words.some((m, j) => j < i && m.place === 'mod' && m.head === i && m.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'finance')))
}


/** The verb's object names government, investors or the press ("persuades councillors"). */
function objectIsOutsideParty(words: readonly Word[], verb: number): boolean {
  const object = objectAt(words, verb)
  return object >= 0 && words[object].keys.some((k) => lexicon.singles(k).some((e) => OUTSIDE_DOMAINS.has(e.domain) && e.weight >= 2))
}

const GETTING = new Set(['get', 'take', 'bring'].map(key))

/** "Gets samples to the sales team on time": getting a thing to people or a place is moving it. */
function gettingTo(words: readonly Word[], verb: number): boolean {
  if (!words[verb].keys.some((k) => GETTING.has(k))) return false
  return words.some((w, j) => j > verb && w.clause === words[verb].clause && w.prep === 'to' && w.place === 'head' && (lexicon.isOrganisationHead(w.keys) || lexicon.isDepartment(w.keys) || PLACES.has(w.keys[0])))
}

const REPAIRING = new Set('repair mend fix service patch troubleshoot'.split(' ').map(key))

function digitalRepair(words: readonly Word[], verb: number): boolean {
  if (!words[verb].keys.some((k) => REPAIRING.has(k))) return false
  const object = objectAt(words, verb)
  if (object < 0) return false
  const digital = (w: Word): boolean => w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'it-software'))
  return digital(words[object]) && words.some((m, j) => j < object && m.head === object && m.place === 'mod' && digital(m))
}

/** The verb's object: the first head after it in its clause with no preposition, or -1. */
export function objectAt(words: readonly Word[], verb: number): number {
  return words.findIndex((w, j) => j > verb && w.clause === words[verb].clause && w.place === 'head' && !w.prep)
}

const STRATEGY = key('strategy')
/** What a code marks when it is a label on things: "batch codes", "date code", "post codes", "dress code". */
const MARKED_BY_CODES = new Set('batch date lot bar post zip product dress colour color access door qr item sku reason fault error job cost account shelf stock bin location pallet tariff'.split(' '))
const LAYOUT = key('layout')
/** Places whose layout is operations' own: "the store layout", "a new kitchen layout". */
const LAID_OUT_PLACES = new Set('store stores shop shops kitchen kitchens branch branches depot depots yard yards bay bays floor floors site sites office offices warehouse plant factory room rooms venue bar restaurant cafe canteen stockroom'.split(' ').map(key))

/** A product-design verb before the word: "engineer", "design", "prototype", "draw up". */
function designVerbBefore(words: readonly Word[], at: number): boolean {
  return words.some((v, j) => j < at && v.place === 'verb' && lexicon.isVerbOf(v.keys, 'product-design'))
}

/** The layout belongs to a place operations runs: a place or operational word describing it, or after "for"/"of"/"in". */
function laidOutPlace(words: readonly Word[], at: number): boolean {
  // ("the layout of the pick face": a word of the team's work in that phrase names an operational place too.)
  const place = (w: Word): boolean => w.keys.some((k) => LAID_OUT_PLACES.has(k)) || opsWorkWord(w)
  return words.some((m, j) => (m.place === 'mod' && m.head === at && place(m)) || (j > at && ['for', 'of', 'in', 'at'].includes(m.prep ?? '') && m.place !== 'function' && place(m)))
}
const INSTALL = key('install')
const HORIZONS = /^(?:decade|decades|years?|yrs?|\d+-?(?:year|yr)s?)$/
/** A word of operations' own work or things, or of the team's hands-on work: "picking", "queue", "maintenance". */
function opsWorkWord(w: Word): boolean {
  // ("Ops strategy for cutting single-use plastic": operations named itself.)
  return w.place !== 'function' && (/^(?:ops|operations|operational|operating)$/.test(w.lower) || lexicon.isOperationalHead(w.keys) || w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'operations' || (e.domain === 'hands-on-work' && e.kind === 'doing'))))
}

/** Money and papers read through in detail: "the budget line by line". */
const DETAILED_THINGS = new Set(['budget', 'budgets', 'account', 'accounts', 'invoice', 'invoices', 'report', 'reports', 'plan', 'plans', 'contract', 'contracts', 'p&l', 'pnl', 'forecast', 'ledger', 'spend'].map(key))

/** Another word of the label is a strong word of software work. */
function namesSoftware(words: readonly Word[], except: number): boolean {
  return words.some((w, j) => j !== except && w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'it-software' && e.weight >= 2)))
}

/** Plans and programmes: what is carried out, not a thing moved or bought. */
const ABSTRACT = new Set(`plan plans calendar calendars programme programmes project projects campaign campaigns strategy strategies training
  presentation presentations briefing briefings speech talk
  result results saving savings improvement improvements change changes event events initiative initiatives target targets roadmap`.split(/\s+/).map(key))

function abstractObject(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  return !!object && object.keys.some((k) => ABSTRACT.has(k))
}

const HIRE = key('hire')
/** People one employs: hiring them is recruitment. */
const EMPLOYED = new Set(`staff people person worker employee candidate graduate apprentice trainee manager supervisor driver picker packer operative
  agent engineer developer designer assistant clerk cleaner chef nurse porter technician specialist team lead leader head director officer
  analyst accountant temp contractor recruit starter`.split(/\s+/).map(key))

function objectIsThing(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  // "Hires new physios": people are hired unless the object is plainly a thing (a marquee, a van, kit).
  return !!object && !object.keys.some((k) => EMPLOYED.has(k)) && !lexicon.isOrganisationHead(object.keys) && (lexicon.isOperationalHead(object.keys) || !/(ist|er|or|ian|io|ant|ent)s?$/.test(object.lower))
}

/** The role's own people, schedules and kit, which it merges, grows or gets more of: shifts, crews, rounds, classes. */
const GROWN_OWN = new Set('shift shifts crew crews team teams group groups class classes rota rotas round rounds route routes session sessions fleet fleets'.split(' ').map(key))

/** "Merges thin groups", "Acquires new forklifts": the verb's object is one of the role's own groups or its team's kit. */
function ownThingJoined(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  // ("Merges with a rival", "expand chargers into Ireland": joined with another, or grown into a named place.)
  if (!object || words[verb + 1]?.prep === 'with' || words.some((x, j) => j > verb && x.prep === 'into' && /^[A-Z]/.test(x.text))) return false
  // ("Merge the two stockrooms", "merges the Tuesday and Thursday deliveries": places and work of its own are merged too;
  // acquiring or expanding a place still grows the business.)
  // ("Merge our flight kitchen with the competitor's unit" joins it to another business.)
  const merged = words[verb].lemma === 'merge' && lexicon.isOperationalHead(object.keys) && !words.some((x, j) => j > verb && x.prep === 'with')
  return merged || object.keys.some((k) => GROWN_OWN.has(k) || lexicon.singles(k).some((e) => e.domain === 'hands-on-work' && e.kind === 'noun'))
}

function objectIsChosen(words: readonly Word[], verb: number): boolean {
  if (!words[verb].keys.some((k) => CHOOSING_VERBS.has(k))) return false
  const at = objectAt(words, verb)
  const object = words[at]
  const toWorkOn = !!object && object.keys.some((k) => PICKED_TO_WORK_ON.has(k)) && words[at + 1]?.lower === 'to'
  return !!object && (object.keys.some((k) => CHOSEN.has(k)) || toWorkOn)
}

/** A capitalised word after a capitalised word the lexicon does not know, past the label's first word: "Hendry Removals". */
function partOfName(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]
  // ("Oversee Annual Warehouse Budget And Headcount Planning": a label in title case capitalises every word.)
  // (The name itself is left out of the count: "Book Hendry Removals" is no title-case label.)
  const content = words.filter((w, j) => j > 0 && j !== i && j !== i - 1 && w.place !== 'function')
  const titleCase = content.length >= 3 && content.filter((w) => /^[A-Z]/.test(w.text)).length > content.length / 2
  return i > 1 && !titleCase && /^[A-Z][a-z]/.test(words[i].text) && !!before && /^[A-Z][a-z]+$/.test(before.text) && !before.keys.some((k) => lexicon.singles(k).length > 0)
}
/** "Have the vans cleaned …", "Get the rooms turned round …": a label opening so has the work done by others. */
const CAUSING_OPENERS = new Set(['have', 'get', 'has', 'gets'])
const DEPLOY = key('deploy')
/** Devices named like people: "scanners", "printers". */
const DEVICES = /(?:scanner|printer|tracker|sensor|computer|router|server|monitor|reader|charger|controller|counter|container|trailer|locker)s$/
/** The verb's object names people: "officers", "the night crew", "staff" ("the new scanners" are things). */
function peopleObject(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  return !!object && (lexicon.isOrganisationHead(object.keys) || /^(?:staff|people|crews?|officers?|guards?|wardens?|stewards?|marshals?|volunteers?|agents?|operatives?)$/.test(object.lower) ||
    (/(?:ers|ors|ists)$/.test(object.lower) && !DEVICES.test(object.lower)))
}
/** Verbs of writing or planning a thing: joined to them, a verb of looking after things delivers what they made. */
const AUTHORING = new Set('draft write prepare plan design create compose devise craft script'.split(' ').map(key))
/** Buying named before a thing is still buying: "purchase prices", "order volumes". */
const BUYING_WORDS = new Set('purchase order buy procure source'.split(' ').map(key))
/** Dates and times a verb names: "ship dates", "delivery times". */
const TIMED_HEADS = new Set('date dates time times day days window windows slot slots'.split(' ').map(key))
/** "lobby the council", "lobbies MPs", "the lobby group": the verb, or what follows the noun, says the lobbying, not the hall. */
function lobbiedSomeone(words: readonly Word[], i: number): boolean {
  const next = words.slice(i + 1).find((x) => x.place !== 'function' || ['for', 'against', 'on'].includes(x.lower))
  // ("Have rooms and lobby spotless": a state after it makes even a verb-read "lobby" the hall.)
  if (words[i].place === 'verb') return !/^(?:spotless|clean|tidy|ready|clear|safe|staffed)$/.test(next?.lower ?? '')
  if (!next) return false
  // ("Inspect the lobby for litter": after the noun, "for", "against" or "on" argue no case.)
  if (['for', 'against', 'on'].includes(next.lower)) return false
  return /^(?:group|groups|firm|firms)$/.test(next.lower) || next.keys.some((k) => OUTSIDE_PEOPLE.has(k) || lexicon.singles(k).some((e) => e.domain === 'government-relations'))
}
const ONBOARD = key('onboard')
const ABLE = new Set(['can', 'could', 'cannot', 'ca', 'able'])
/** Who is taken on besides staff: "onboard new clients", "onboard the carriers". */
const TAKEN_ON = new Set('customer customers client clients account accounts supplier suppliers vendor vendors carrier carriers haulier hauliers site sites store stores branch branches tenant tenants'.split(' ').map(key))
const MINUTES = key('minutes')
const TIMED = new Set(['turnaround', 'waiting', 'wait', 'drive', 'driving', 'travel', 'cleaning', 'extra', 'few', 'spare', 'queue', 'queuing', 'idle', 'lost', 'down', 'downtime', 'changeover'])
const WAYS_OF_WORKING = new Set('process processes flow flows workflow workflows procedure procedures routine routines rota rotas route routes sequence handover handovers'.split(' ').map(key))
function objectIsWayOfWorking(words: readonly Word[], verb: number): boolean {
  if (words[verb + 1]?.lower === 'how') return true
  const object = words[objectAt(words, verb)]
  return !!object && object.keys.some((k) => WAYS_OF_WORKING.has(k))
}

const BURDENS = new Set('target targets quota quotas responsibility responsibilities risk risks accountability liability'.split(' ').map(key))
function objectIsBurden(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  return !!object && object.keys.some((k) => BURDENS.has(k))
}

function objectIsInformation(words: readonly Word[], verb: number): boolean {
  const object = words[objectAt(words, verb)]
  // ("Loads the fabrication schedule", "Lift maintenance plan", "Packing line changeover time": a plan or a measure worked on
  // is no work done on a thing; "mop the ground level" is a floor, "crew manning levels" a measure.)
  // ("Paint the pattern on the shop front", "Wash colours": with an article a pattern or a colour is a thing worked on; only a
  // bare compound, "shift pattern", "bake colour per batch", names a plan or a reading.)
  const compound = !words.slice(verb + 1, objectAt(words, verb)).some((w) => w.place === 'function' && !/^(?:&|and|\+|\/)$/.test(w.lower))
  return !!object && object.keys.some((k) => INFORMATION.has(k) || (PLANNED.has(k) && !(k === LEVEL && object.lower === 'level') && (compound || !COMPOUND_ONLY.has(k))))
}
const LEVEL = key('level')
const COMPOUND_ONLY = new Set(['pattern', 'weight', 'temperature', 'review'].map(key))
const KEPT_STATE = new Set(['kept', 'stay', 'stays', 'staying', 'remain', 'remains'])
const LEGAL_LIMITS = new Set(['limit', 'limits', 'minimum', 'maximum', 'weight', 'weights', 'requirement', 'requirements', 'hours', 'speed', 'load', 'loads'])
const RENTAL_AFTER = new Set(['period', 'periods', 'charge', 'charges', 'fee', 'fees', 'rate', 'rates', 'return', 'returns', 'kit', 'fleet', 'stock', 'agreement', 'contract', 'booking', 'bookings'])
/** The word before "hire" names a thing rented ("picker", "lane", "skate"), not people or who hires. */
function rentedThing(w: Word | undefined): boolean {
  return !!w && (w.place === 'mod' || w.place === 'head') && !lexicon.isDepartment(w.keys) && !lexicon.isOrganisationHead(w.keys) && !/^(?:new|first|recent|latest|external|internal|graduate|senior|key|every|each|the|a|staff|our|any)$/.test(w.lower) && !/(?:ers|ors|ists)$/.test(w.lower)
}
const BOUNDING_PREPS = new Set(['within', 'inside', 'under', 'below', 'above', 'over', 'across', 'throughout', 'against'])
const INPUT_ON = new Set(['on', 'about', 'to', 'for', 'towards', 're'])
const PLANNED = new Set(['schedule', 'plan', 'rota', 'roster', 'timetable', 'sequence', 'forecast', 'time', 'rate',
  // ("Fitting bay throughput per hour", "picking line quality", "crew manning levels", "Print queue rules": a measure or a rule of it.)
  'throughput', 'quality', 'level', 'rule', 'standard', 'target', 'kpi', 'accuracy', 'yield', 'oee', 'sla',
  // ("Harvest peak shift pattern", "bake colour per batch", "Milk & bean supplier reviews": a pattern, a reading or a review of it.)
  'pattern', 'weight', 'temperature', 'review'].map(key))

const COVERING = new Set(['cover', 'last'].map(key))

/** "Makes sure stock covers marketing's summer promo": an operational thing doing the ensured verb; what it covers is the occasion. */
function operationalSubject(words: readonly Word[], w: Word): boolean {
  const verb = words.findIndex((x) => x.clause === w.clause && x.place === 'verb' && x.ensured && x.keys.some((k) => COVERING.has(k)))
  const subject = verb > 0 ? words[verb - 1] : undefined
  return !!subject && words.indexOf(w) > verb && subject.place === 'head' && operationalWord(subject)
}

/** The clause a verb of ensuring governs has a department as its subject ("… marketing advertises"). */
function doneByDepartment(words: readonly Word[], clause: number): boolean {
  const verb = words.findIndex((x) => x.clause === clause && x.place === 'verb')
  return verb > 0 && lexicon.isDepartment(words[verb - 1].keys)
}

/** In a phrase of time ("before the launch"), unless the preposition is the verb's own ("looks after the cash"). */
/** Firms named by what they do for the company: "the firm that prints the marketing leaflets". */
const SUPPLIERS = new Set('firm company agency supplier vendor contractor provider printer printers haulier courier caterer cleaner wholesaler distributor manufacturer miller millers mill mills dairy dairies grower growers farm farms maker makers'.split(' ').map(key))
const RELATIVES = new Set(['that', 'which', 'who'])

/** The clause is a relative clause saying what a supplier does: who the work is with, not the work. */
function aboutSupplier(words: readonly Word[], clause: number): boolean {
  const at = words.findIndex((x) => x.clause === clause)
  // "contractors working on the new data centre": a reduced relative says what they do, too.
  if (at < 1 || !(RELATIVES.has(words[at].lower) || (words[at].place === 'verb' && /ing$/.test(words[at].lower)))) return false
  const before = words[at - 1]
  return before.place === 'head' && before.keys.some((k) => SUPPLIERS.has(k) || PLACES.has(k))
}

/** Rooms, stores and vehicles named by what they hold or send: "the post room that sends out the marketing mailshots". */
const PLACES = new Set('room store depot warehouse van lorry truck fleet dock bay kitchen machine'.split(' ').map(key))

const CONTACT_OPENERS = new Set(['the', 'our', 'their', 'its', 'each', 'every'])

/** "Orders the chemicals the R&D lab uses": a contact clause after what a verb of looking after things acts on names its users. */
function usersOfThing(words: readonly Word[], clause: number): boolean {
  const at = words.findIndex((x) => x.clause === clause)
  if (at < 1 || !CONTACT_OPENERS.has(words[at].lower) || words[at - 1].place !== 'head' || words[at - 1].clause !== 0) return false
  return words.some((v) => v.place === 'verb' && v.clause === 0 && lexicon.isOperationalVerb(v.keys))
}

/** The clause names a supplier after "with" or "from": what is agreed is bought, not sold. */
function withSupplier(words: readonly Word[], clause: number): boolean {
  return words.some((x) => x.clause === clause && x.place === 'head' && (x.prep === 'with' || x.prep === 'from') && x.keys.some((k) => SUPPLIERS.has(k)))
}

function occasion(words: readonly Word[], w: Word): boolean {
  if (!w.prep) return false
  for (let j = words.indexOf(w) - 1; j >= 0; j--) {
    if (words[j].lower !== w.prep || words[j].place !== 'function') continue
    // "ahead of the open day", "prior to the launch": the little word before "of"/"to" says it is a time.
    if ((w.prep === 'of' || w.prep === 'to') && OCCASION_PREPS.has(words[j - 1]?.lower ?? '')) return true
    return OCCASION_PREPS.has(w.prep) && words[j - 1]?.place !== 'verb'
  }
  return false
}

/** The word is an operations word of weight 2 or more ("cleaning", "catering"). */
function operationalWord(w: Word): boolean {
  return w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'operations' && e.weight >= 2))
}

/** The word weighs at least 2 in a domain other than `domain`: it is evidence of its own. */
function ownsDomainWord(w: Word, domain: DomainId): boolean {
  return w.keys.some((k) => lexicon.singles(k).some((e) => e.domain !== domain && e.domain !== 'operations' && e.kind === 'noun' && e.weight >= 2))
}

function nextContent(words: readonly Word[], i: number): Word | undefined {
  for (let k = i + 1; k < words.length; k++) if (words[k].place !== 'function') return words[k]
  return undefined
}
