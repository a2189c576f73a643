// Reads a duty label into words with their lemma, a corrected part of speech and their
// place in the phrase: the verb, the head noun of a noun phrase, a modifier of that head
// ("warehouse" in "warehouse equipment"), inside a prepositional phrase ("with HR") or a
// later clause ("… to support sales"). The domain classifier weighs words by that place,
// so a domain word used as a modifier does not decide alone.

import { lexicon } from '../lexicon'
import { normaliseWord } from '../text'
import { type Raw, rawWords } from './raw-words'
import { COMMON_VERBS, COMPOUND_HEADS, CONJUNCTIONS, DETERMINERS, FILLERS, MODALS, NOUN_TOO, PARTICLES, PREPOSITIONS, PRONOUNS, RATE_WORDS } from './words'

export type Place = 'verb' | 'head' | 'mod' | 'function'

export interface Word {
  readonly text: string
  readonly lower: string
  readonly lemma: string
  /** Normalised forms used to look words up (lemma and folded spelling, e.g. "code" for "coded"/"coding"). */
  readonly keys: readonly string[]
  readonly place: Place
  /** A particle that belongs to this verb ("over" in "hand over"). */
  readonly particle?: string
  /** Index of the head noun this word modifies, or its own index for a head. */
  readonly head: number
  /** The preposition that opens the phrase this word is in ("with" in "with the IT team"). */
  readonly prep?: string
  /** 0 for the main clause; 1 and up for later clauses ("to support …", "by delivering …"). */
  readonly clause: number
  /** Stretch between commas, semicolons and clause starts: phrases never cross it. */
  readonly segment: number
  /** For a word inside an "of" phrase, the noun the phrase hangs on ("production" in "production of the new model"). */
  readonly ofHead?: number
  /** A past participle in a passive ("is consulted", "are picked"): the action is done to the subject, not by the role. */
  readonly passive?: boolean
  /** In the clause a verb of ensuring governs ("ensure shipments comply with …"): what is seen to, done by others. */
  readonly ensured?: boolean
}

export interface ParsedLabel {
  readonly words: readonly Word[]
  /** The label opens with "Responsible for", "Accountable for", "In charge of": the work named is owned outright. */
  readonly owned?: boolean
}

const DECISION_VERBS = new Set(['decide', 'determine', 'choose', 'pick', 'approve', 'agree', 'select', 'judge', 'plan', 'propose', 'recommend', 'weigh', 'consider', 'evaluate'])
const PERFECT = new Set(['have', 'has', 'had'])
/** Verbs another verb may follow straight away ("help unload", "let them go"). */
const CATENATIVE = new Set(['help', 'let', 'make', 'go', 'come', 'try', 'need', 'dare'])
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got'])
/** Words that open a subordinate clause ("once engineering signs it off", "when they call"): what follows is circumstance, not the work. */
const SUBORDINATORS = new Set(['once', 'when', 'whenever', 'while', 'until', 'unless', 'because', 'although', 'though', 'so', 'if', 'whether', 'where'])
/** Words opening a time phrase after what is to be done to a thing ("… serviced every month"). */
const STATE_TIMES = new Set(['each', 'every', 'once', 'twice', 'weekly', 'monthly', 'daily', 'yearly', 'annually', 'regularly', 'on', 'by', 'within', 'before', 'after'])
/** Past participles not written "-ed": "promises made by sales", "records kept for inspection". */
const IRREGULAR_PARTICIPLES = new Set(`made kept built sent sold done taken given held bought brought paid told won written chosen drawn
  shown known set run put cut led met found thought taught caught left lost read spent understood`.split(/\s+/))
const participle = (lower: string): boolean => /ed$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower)
/** "to fund managers", "to account holders": a plural for people after the word says it was a noun. */
const PEOPLE_PLURALS = new Set(['managers', 'teams', 'staff', 'owners', 'holders', 'agents', 'officers', 'workers', 'buyers', 'customers', 'investors', 'partners', 'suppliers', 'analysts', 'leaders', 'users'])
/** "on-time", "in-house", "off-site": a little word joined by a hyphen to the word after it starts a name. */
const hyphenJoined = (w: Raw, next: Raw | undefined): boolean => w.hyphenNext && !!next && !isFunctionWord(next)
/** Places named without an article after "to": "takes the supplier to court", "goes to market". */
const BARE_PLACES = new Set(['court', 'market', 'tribunal', 'school', 'hospital', 'town', 'sea'])
const KEEPING = new Set(['keep', 'get', 'have'])
const QUESTION_NEXT = new Set(['how', 'which', 'what', 'who', 'whether', 'where', 'when'])
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'themself', 'myself', 'yourself'])
/** Verbs in the past: what someone did ("chose", "signed", "approved"). */
const PAST_DONE = /^(?:[a-z]+ed|chose|chosen|built|made|wrote|written|sent|bought|set|ran|gave|did|drew|found)$/
const CONTACT_OPENERS = new Set(['the', 'our', 'their', 'its', 'each', 'every'])

/** Nouns naming who acts as a whole: "the company signs", "the school uses". */
const ACTORS = new Set(['company', 'business', 'firm', 'group', 'school', 'hospital', 'council', 'charity', 'trust', 'hotel', 'store', 'shop', 'client', 'customer'])

/** After "the" at i: one to three nouns, then a verb in "-s" form the tagger calls a verb ("the marketing team uses"); its index, or -1. */
function contactVerb(raw: readonly Raw[], i: number): number {
  for (let k = i + 2; k <= i + 4 && k < raw.length; k++) {
    const w = raw[k]
    if (raw[k].breakBefore || isFunctionWord(w)) return -1
    // "the marketing team uses", "the sales reps use": the verb agrees with the noun before it.
    const agrees = /[^s]s$/.test(w.lower) || /[^s]s$/.test(raw[k - 1].lower)
    // "the sales reps use for …": a known verb before a little word stands as a verb, whatever the tagger says.
    // "the contracts the company signs with …": after one noun, only one naming who acts (a company, a team) lets it stand so.
    const actor = k > i + 2 || lexicon.isOrganisationHead(raw[k - 1].keys) || ACTORS.has(raw[k - 1].lower)
    const verbal = w.pos === 'VERB' || (looksLikeVerb(w) && actor && (!raw[k + 1] || raw[k + 1].breakBefore || isFunctionWord(raw[k + 1])))
    // ("give the lab the temperature logs they asked for": a word before "they" and its verb is the noun they speak of.)
    if (SUBJECT_PRONOUNS.has(raw[k + 1]?.lower ?? '') && (raw[k + 2]?.pos === 'VERB' || raw[k + 2]?.pos === 'AUX')) return -1
    if (verbal && agrees && !/(ing|ed)$/.test(w.lower) && raw.slice(i + 1, k).every((n) => n.pos === 'NOUN' || n.pos === 'PROPN')) return k
  }
  return -1
}

/** Relative pronouns: after a noun and before a verb they open a clause about that noun. */
const RELATIVES = new Set(['that', 'which', 'who'])
/** Particles that can stand after the verb's object ("hand the backlog over to …", "sign it off"). */
const OBJECT_PRONOUNS = new Set(['it', 'them'])
/** Pronouns that can only be a subject: after the first word they start a clause of their own. */
const PROJECT_NOUNS = new Set(['project', 'projects', 'programme', 'programmes', 'initiative', 'workstream'])
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you'])
const SPLIT_PARTICLES = new Set(['over', 'off', 'back', 'out', 'away', 'on'])
/** Words after which the next content word starts a noun phrase and cannot be the verb. */
const NOUN_PHRASE_OPENERS = new Set([...DETERMINERS].filter((d) => d !== 'all' && d !== 'no'))

const isFunctionWord = (w: Raw): boolean =>
  !/[a-z]/.test(w.lower) || /^\d/.test(w.lower) ||
  DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || CONJUNCTIONS.has(w.lower) || PRONOUNS.has(w.lower) || FILLERS.has(w.lower)

/** "building", "making", "running": an -ing word whose verb is a common one ("building" the tagger may call a noun). */
const ingOfVerb = (lower: string): boolean => {
  const stem = lower.replace(/ing$/, '')
  return COMMON_VERBS.has(stem) || COMMON_VERBS.has(`${stem}e`) || (/([^aeiou])\1$/.test(stem) && COMMON_VERBS.has(stem.slice(0, -1)))
}
const looksLikeVerb = (w: Raw): boolean => w.keys.some((k) => VERB_KEYS.has(k)) || COMMON_VERBS.has(w.lemma) || lexicon.isVerb(w.keys)
const VERB_KEYS: ReadonlySet<string> = new Set([...COMMON_VERBS].map((v) => normaliseWord(v).stem))

/** Verbs taking who receives straight after them ("give sales the figures"). */
const GIVING = new Set(['give', 'send', 'email', 'hand', 'show', 'tell', 'feed'])
/** Labels that open with "Responsible for", "In charge of": the work starts after them. */
const OPENERS = [['responsible', 'for'], ['accountable', 'for'], ['in', 'charge', 'of'], ['tasked', 'with'], ['duties', 'include'],
  ['you', 'will', 'be', 'responsible', 'for'], ['you', 'will', 'be', 'accountable', 'for'], ['you', 'are', 'responsible', 'for']]

/**
 * "you will set …", "me to decide …", "I have to chase …": a card said of whoever holds it; the work starts after them, and
 * nothing is owned by saying so. ("You will be expected to …", "Will be required to …": a job advert's longer ways of saying
 * it. The longest that fits is taken.)
 */
const SELF_OPENERS = [['you', 'will'], ['you', "'ll"], ['i', 'will'], ['i', "'ll"], ['we', 'will'], ['we', "'ll"], ['i', "'ll", 'just'], ['me', 'to'], ['for', 'me', 'to'], ['i', 'have', 'to'], ['i', 'need', 'to'], ['i', 'get', 'to'],
  ...['expected', 'required', 'asked'].flatMap((w) => [['you', 'will', 'be', w, 'to'], ['will', 'be', w, 'to'], ['you', 'are', w, 'to'], ['is', w, 'to'], [w, 'to']]),
  ['you', 'will', 'need', 'to'], ['will', 'need', 'to']].sort((a, b) => b.length - a.length)

/** Subjects that may open a clause about the noun before them: "the logs they asked for". */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'you', 'he', 'she'])
/** Prepositions a verb's clause about the noun before it may open with: "responding to the …". */
const RELATIVE_PREPS = new Set(['to', 'on', 'about', 'from', 'with'])

export function parseLabel(label: string): ParsedLabel {
  const raw = rawWords(label)
  let start = 0
  let owns = false
  for (const o of OPENERS) if (o.every((w, k) => raw[k]?.lower === w)) [start, owns] = [o.length, o[0] !== 'duties']
  for (const o of SELF_OPENERS) if (start === 0 && o.every((w, k) => raw[k]?.lower === w)) start = o.length
  const words: Word[] = []
  let clause = 0
  let segment = 0
  let prep: string | undefined
  let ofHead: number | undefined
  let expectVerb = true
  let afterConj: { verbBefore: boolean; nounList: boolean } | null = null
  let passive = false
  let decisionOpen = false
  let ensuredClause = -1
  let contactVerbAt = -1
  /** A department just read as a clause's subject: the next word is its verb. */
  let subjectAt = -2
  /** This word is an item of a comma list of nouns ("buildings, cleaning and catering"). */
  let listWord = false
  let run: number[] = []
  const closeRun = (): void => {
    if (run.length === 0) return
    const head = run[run.length - 1]
    for (const i of run) Object.assign(words[i], { place: i === head ? 'head' : 'mod', head })
    run = []
  }
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]
    if (w.breakBefore) {
      segment++
      // "across pick, pack and despatch teams": an item of a list of nouns, not a new verb.
      // "boilers, lifts, repair contractors": a plural between commas after a noun is an item too.
      const listItem = (words[i - 1]?.place === 'head' || words[i - 1]?.place === 'mod') && ((CONJUNCTIONS.has(raw[i + 1]?.lower ?? '') && !raw[i + 1]?.breakBefore) ||
        (words[i - 1]?.place === 'head' && (!raw[i + 1] || !!raw[i + 1].breakBefore) && /(?:[^s]s|ing)$/.test(w.lower)) ||
        // ("berth capacity, crane hours, staff": a last word that is a noun too, after a list of nouns.)
        (words[i - 1]?.place === 'head' && !raw[i + 1] && NOUN_TOO.has(w.lower) && words.some((x, j) => j < i - 1 && x.place === 'head' && x.segment < segment - 1)) ||
        // ("aircraft, crew, slots", "(safe, tidy)": a word the tagger reads as a noun or describing word, alone between commas.)
        // ("Check the trailers, clean, refuel": a describing word after a noun may be a verb of the list; after another describing
        // word it is one more.)
        (words[i - 1]?.place === 'head' && (w.pos === 'NOUN' || (w.pos === 'ADJ' && (raw[i - 1]?.pos === 'ADJ' || (!!raw[i + 1]?.breakBefore && raw[i + 1].pos === 'ADJ')))) && (!raw[i + 1] || !!raw[i + 1].breakBefore)) ||
        // ("Safe, tidy shop floor": describing words listed before the noun they describe.)
        (w.pos === 'ADJ' && i === 1 && raw[i + 1]?.pos === 'NOUN' && !raw[i + 1].breakBefore))
      closeRun()
      prep = listItem ? prep : undefined
      expectVerb = !listItem
      listWord = listItem
    }
    if (!w.breakBefore) listWord = false
    if (prep !== 'of') ofHead = undefined
    const base = { text: w.text, lower: w.lower, lemma: w.lemma, keys: w.keys, head: i, clause, segment, ...(prep ? { prep } : {}), ...(ofHead !== undefined ? { ofHead } : {}), ...(clause === ensuredClause ? { ensured: true } : {}) }
    if (i < start) {
      words.push({ ...base, place: 'function' })
      continue
    }
    const lower = w.lower
    // A particle right after a verb belongs to it: "hand over", "roll out", "set up".
    const prev = words[i - 1]
    // "Looks after the office servers": "after" belongs to "look" as a particle of caring for something.
    if (prev?.place === 'verb' && (PARTICLES.has(lower) || (lower === 'after' && prev.lemma === 'look')) && !prev.particle && !w.hyphenNext) {
      Object.assign(prev, { particle: lower })
      words.push({ ...base, place: 'function' })
      continue
    }
    // "Hand the backlog over to the admin team", "sign it off": a particle after the object still belongs to the verb.
    // ("from kick-off to launch": a hyphened particle is part of a noun.)
    const clauseVerb = raw[i - 1]?.hyphenNext ? undefined : splitParticleVerb(words, clause, lower, raw[i + 1])
    if (clauseVerb) {
      closeRun()
      Object.assign(clauseVerb, { particle: lower })
      words.push({ ...base, place: 'function' })
      continue
    }
    // "the display kits the marketing team uses at events": a noun phrase and its verb straight after a noun describe that
    // noun, in a clause of their own (done by those named, not by the role).
    if (CONTACT_OPENERS.has(lower) && words[i - 1]?.place === 'head' && raw[i - 1]?.pos === 'NOUN' && !ensuring(words) && words.some((v) => v.place === 'verb' && v.clause === clause)) {
      const verbAt = contactVerb(raw, i)
      if (verbAt > 0) {
        closeRun()
        clause++
        segment++
        prep = undefined
        contactVerbAt = verbAt
        words.push({ ...base, clause, segment, place: 'function' })
        continue
      }
    }
    // "the till system IT chose", "the recipe R&D signed off": a department after a noun, before a verb in the past,
    // opens a clause about that noun; the department did it, not the role.
    if (lexicon.isDepartment(w.keys) && words[i - 1]?.place === 'head' && raw[i + 1] && !raw[i + 1].breakBefore && PAST_DONE.test(raw[i + 1].lower) && words.some((v) => v.place === 'verb' && v.clause === clause)) {
      closeRun()
      clause++
      segment++
      prep = undefined
      contactVerbAt = i + 1
      words.push({ ...base, clause, segment, place: 'head' })
      continue
    }
    // "walk-in customers", "goods-in desk", "on-time deliveries", "in-house": a little word joined by a hyphen is part of the name, not a preposition.
    if (isFunctionWord(w) && !raw[i - 1]?.hyphenNext && !hyphenJoined(w, raw[i + 1])) {
      closeRun()
      if (PREPOSITIONS.has(lower)) {
        // "to"/"by" followed by a verb opens a later clause ("to support", "by delivering").
        const next = raw[i + 1]
        if ((lower === 'to' || lower === 'by' || lower === 'for') && next && !isFunctionWord(next) && (lower === 'to' ? (next.pos === 'VERB' || next.pos === 'AUX') && !next.hyphenNext && !/(ing|ed)$/.test(next.lower) && !startsPhrase(next, raw[i + 2]) && !adjectiveShaped(next) && !PEOPLE_PLURALS.has(raw[i + 2]?.lower ?? '') && !BARE_PLACES.has(next.lower) && !/(ers|ors|ists)$/.test(next.lower) : /ing$/.test(next.lower) && looksLikeVerb(next) && !lexicon.isDepartment(next.keys))) {
          // "Decide whether to acquire …": what is decided is the work itself, not a later purpose.
          // "Leads the project to replace the payroll software": what a project is to do is the project itself.
          if (!decisionOpen && !(lower === 'to' && PROJECT_NOUNS.has(words[i - 1]?.lower ?? ''))) clause++
          segment++
          prep = undefined
          expectVerb = true
        } else {
          prep = lower
          if (lower === 'of' && words[i - 1]?.place === 'head') ofHead = i - 1
        }
      } else if (RELATIVES.has(lower) && words[i - 1]?.place === 'head' && raw[i + 1] && !isFunctionWord(raw[i + 1]) && (raw[i + 1].pos === 'VERB' || (looksLikeVerb(raw[i + 1]) && (NOUN_PHRASE_OPENERS.has(raw[i + 2]?.lower ?? '') || PARTICLES.has(raw[i + 2]?.lower ?? '')))) && !decisionOpen) {
        // "the vendor that supplies the scanning app": a relative clause says what the noun does, not what the role does.
        clause++
        segment++
        prep = undefined
        expectVerb = true
      } else if (SUBORDINATORS.has(lower) && words.length > start && !decisionOpen) {
        // A later clause; a decision verb's "whether"/"how" clause is what is decided, so it stays in the main clause.
        clause++
        segment++
        prep = undefined
        expectVerb = true
      } else if ((SUBJECTS.has(lower) || lower === 'who') && i > start && raw[i + 1] && !isFunctionWord(raw[i + 1]) && !decisionOpen) {
        // "Organises who covers the front desk": whoever "who" is, they do what follows, not the role.
        // "the operatives he supervises", "what they need": a subject pronoun opens a clause about someone else's doing.
        clause++
        segment++
        prep = undefined
        expectVerb = true
      } else if (CONJUNCTIONS.has(lower)) {
        // After "and"/"or" a new verb may start ("Recruit and train"), or the noun phrase goes on ("picking and packing").
        expectVerb = true
        // "colours, fabrics and trims": after a list of nouns, the next item is a noun too.
        const nounList = words[i - 1]?.place === 'head' && words[i - 2]?.place === 'head' && words[i - 2].segment !== words[i - 1].segment
        afterConj = { verbBefore: words[i - 1]?.place === 'verb', nounList }
      }
      words.push({ ...base, clause, segment, ...(prep ? { prep } : {}), place: 'function' })
      continue
    }
    // The tagger often calls a label's first verb a noun or a name ("Patch the servers"):
    // at the start of a clause, a known verb is a verb. Later, a verb tag on a word inside a
    // noun phrase ("the picking app") is a modifier.
    let atClauseStart = expectVerb && run.length === 0
    // "Fixes jams on the sorter himself": a reflexive says who does it, as a manner adverb does, wherever it stands.
    if (REFLEXIVES.has(lower) && i > start) {
      closeRun()
      words.push({ ...base, place: 'mod', head: i, prep: undefined })
      continue
    }
    // "Physically loads the trailers": a manner adverb before the verb says how, and the verb still follows.
    if (atClauseStart && /ly$/.test(lower) && w.pos === 'ADV') {
      words.push({ ...base, place: 'mod' })
      continue
    }
    // "… screens remotely throughout the day": a manner adverb after the words it follows stands alone too.
    if (!atClauseStart && /ly$/.test(lower) && w.pos === 'ADV' && (!raw[i + 1] || raw[i + 1].breakBefore || isFunctionWord(raw[i + 1]))) {
      closeRun()
      words.push({ ...base, place: 'mod' })
      continue
    }
    if (atClauseStart && afterConj && !afterConj.verbBefore) {
      const follow = raw[i + 1]
      atClauseStart = !/ing$/.test(lower) && !!follow && !follow.breakBefore && !CONJUNCTIONS.has(follow.lower)
      // "Replaces the scanners and label printers": verbs joined to a verb written "-s" are written so too ("… and loads the vans").
      const verb = words.find((v) => v.place === 'verb' && v.clause === clause)
      if (verb && /[^s]s$/.test(verb.lower) && !/s$/.test(lower)) atClauseStart = false
      // "Orders branded bags and boxes for the online shop": a verb has an object; straight before a preposition it is a noun.
      if (words[i - 2]?.place === 'head' && (!follow || PREPOSITIONS.has(follow.lower))) atClauseStart = false
    }
    // "the canteen and cleaning contracts": after "and" in a noun phrase, an -ing word before a noun describes it.
    const inNounList = !!afterConj && afterConj.nounList
    if (inNounList) atClauseStart = false
    // "Oversees portering and cleaning through the supervisors": an -ing word joined to the verb's object, with no object
    // of its own, is a second object ("Manages the rota and cleaning the vans" would give it one; "Managing budgets and
    // liaising with …" joins two -ing verbs).
    const joinedTo = words.find((v) => v.place === 'verb' && v.clause === clause)
    const gerundJoined = !!afterConj && !afterConj.verbBefore && /ing$/.test(lower) && !!joinedTo && !/ing$/.test(joinedTo.lower) &&
      words[i - 2]?.place === 'head' && !words[i - 2].prep && (!raw[i + 1] || raw[i + 1].breakBefore || PREPOSITIONS.has(raw[i + 1].lower))
    const ingInNounList = (!!afterConj && !afterConj.verbBefore && /ing$/.test(lower) && !!raw[i + 1] && !raw[i + 1].breakBefore && !isFunctionWord(raw[i + 1])) || gerundJoined
    afterConj = null
    const next = raw[i + 1]
    // Job-ad style "Fronts the response", "Keys the invoices": a first word straight before "the" is the verb, whatever the tagger says.
    // "Times how long each …": a first word before a question word is the verb too.
    // "Rings up old customers": a first word before a particle and a noun phrase is a phrasal verb.
    const beforeParticle = i === start && !!next && PARTICLES.has(next.lower) && !!raw[i + 2] && (!isFunctionWord(raw[i + 2]) || NOUN_PHRASE_OPENERS.has(raw[i + 2].lower)) && !raw[i + 2].breakBefore && /s$/.test(lower)
    const beforeNounPhrase = !!next && (NOUN_PHRASE_OPENERS.has(next.lower) || (i === start && QUESTION_NEXT.has(next.lower)) || beforeParticle) && !w.hyphenNext
    // "once the designers release it": a known verb before an object pronoun is the verb, even inside a noun run.
    const beforeObject = !!next && OBJECT_PRONOUNS.has(next.lower) && (w.pos === 'VERB' || looksLikeVerb(w))
    // "Operations input to …": a word with a noun's ending is no verb, whatever its stem.
    const verbish = (w.pos === 'VERB' || w.pos === 'AUX' || looksLikeVerb(w) || beforeNounPhrase) && !/(tions|sions|nesses)$/.test(lower)
    const compound = (NOUN_TOO.has(lower) && !!next && !next.breakBefore && COMPOUND_HEADS.has(next.lower)) || next?.lower === 'of'
    // A gerund straight after a verb is its object ("Oversee picking"); a participle after
    // "are"/"is" (and the list it starts) is passive: "orders are picked, packed and dispatched".
    // ("set up picking": after the verb's particle too.)
    const gerundObject = (words[i - 1]?.place === 'verb' || (words[i - 2]?.place === 'verb' && words[i - 2].particle === words[i - 1]?.lower && ['up', 'out', 'off', 'over'].includes(words[i - 1].lower))) && /ing$/.test(lower)
    // "Optimise pick paths", "Improve pack rates": a verb-looking word straight after the verb, before a noun, describes that noun.
    // "to trade shows", "with sales": straight after a preposition a noun phrase starts.
    const afterPrep = !!prep && words[i - 1]?.lower === prep
    // "Takes calls from customers": so is a plural before a preposition.
    const afterVerb = words[i - 1]?.place === 'verb' && !CATENATIVE.has(words[i - 1].lemma) && !!next && !next.breakBefore && (!isFunctionWord(next) || (/[^s]s$/.test(lower) && PREPOSITIONS.has(next.lower)))
    // "every parcel the packers have sealed": done by the people named before "have", not by the role.
    const doneByOthers = participle(lower) && PERFECT.has(raw[i - 1]?.lower ?? '') && words[i - 2]?.place === 'head'
    if (participle(lower) && (AUXILIARIES.has(raw[i - 1]?.lower ?? '') || passive || doneByOthers)) {
      passive = true
      words.push({ ...base, place: 'function', passive: true })
      continue
    }
    passive = false
    // "printers supplied with paper", "goods received from suppliers": a participle after a noun says what was done to it.
    // "keep investors informed of …": so too a participle the tagger calls an adjective.
    // "keeps the pool cars taxed and serviced", "has the cupboards fixed": at the label's end, what is to be done to the thing.
    // "… checked and cleaned each month": a time phrase may follow.
    const afterState = next?.lower === 'and' && participle(raw[i + 2]?.lower ?? '') ? raw[i + 3] : next
    const stateAtEnd = !afterState || STATE_TIMES.has(afterState.lower)
    // "Keeps the website running", "keeps the vans moving": the state kept, after its object, as a participle is.
    const keptGoing = run.length > 0 && /ing$/.test(lower) && !afterState && words.some((v) => v.place === 'verb' && v.clause === clause && KEEPING.has(v.lemma))
    if (keptGoing) {
      closeRun()
      segment++
      prep = undefined
      words.push({ ...base, segment, place: 'function' })
      continue
    }
    if (run.length > 0 && participle(lower) && (w.pos === 'VERB' || w.pos === 'ADJ') && (stateAtEnd || (!!next && PREPOSITIONS.has(next.lower)))) {
      closeRun()
      segment++
      prep = undefined
      words.push({ ...base, segment, place: 'function', passive: true })
      passive = stateAtEnd
      continue
    }
    // After "the", "our", "every" a noun phrase starts: "the redesigned model" has no verb in it.
    // "the post room that sends out …": a "that" that opened a relative clause is no determiner.
    const inNounPhrase = NOUN_PHRASE_OPENERS.has(raw[i - 1]?.lower ?? '') && !(atClauseStart && RELATIVES.has(raw[i - 1]?.lower ?? ''))
    // A participle right before a noun describes it: "of finished designs", "for approved suppliers".
    // ("when the GR team agreed a pilot": after a team that opens a "when" clause, it is what the team did.)
    const teamDid = clause > 0 && !!raw[i - 1] && lexicon.isOrganisationHead(raw[i - 1].keys) && words.some((x) => x.clause === clause && SUBORDINATORS.has(x.lower))
    const participleBeforeNoun = !atClauseStart && /ed$/.test(lower) && !!next && !next.breakBefore && !isFunctionWord(next) && !teamDid
    // "the press release announcing the new site": an -ing verb after a noun opens a clause about that noun.
    // "contractors working on the new data centre": after people, before a preposition, too.
    // "the stores team issuing laptops": after a word for a group of people, before a noun as well.
    // ("the hotel group's lobbying campaign": after whose it is, an -ing describes the thing.)
    const afterPeople = !!next && !!raw[i - 1] && !raw[i - 1].possessive && ((PREPOSITIONS.has(next.lower) && (PEOPLE_PLURALS.has(raw[i - 1].lower) || /(ers|ors|ists|ants|ents)$/.test(raw[i - 1].lower))) ||
      ((PREPOSITIONS.has(next.lower) || (!isFunctionWord(next) && !next.breakBefore)) && lexicon.isOrganisationHead(raw[i - 1].keys)))
    // ("the public statement answering the complaint": an -ing the tagger calls a noun, after a noun that is not the label's
    // first word, before an article, opens the clause too; "Stop double-checking each refund" starts with the role's verb.)
    // ("the public statement responding to the inspection": or before a preposition and an article.)
    // ("pass invoice filing to the office": not an -ing that names a kind of work.)
    const namesWork = w.keys.some((k) => lexicon.singles(k).some((e) => e.kind !== 'verb'))
    const opensPhrase = !!next && (NOUN_PHRASE_OPENERS.has(next.lower) || (RELATIVE_PREPS.has(next.lower) && !namesWork && NOUN_PHRASE_OPENERS.has(raw[i + 2]?.lower ?? '')))
    const reducedRelative = run.length > 0 && /ing$/.test(lower) && (w.pos === 'VERB' || (ingOfVerb(lower) && i - 1 > start && raw[i - 1].pos === 'NOUN' && opensPhrase)) && !!next && (opensPhrase || afterPeople)
    // "the project building the new online catalogue": what a project is doing is the project itself, so its clause stays.
    const projectDoing = run.length > 0 && PROJECT_NOUNS.has(raw[i - 1]?.lower ?? '') && /ing$/.test(lower) && (looksLikeVerb(w) || ingOfVerb(lower)) && !!next && (NOUN_PHRASE_OPENERS.has(next.lower) || next.lower === 'new' || adjectiveShaped(next))
    if (reducedRelative || projectDoing) {
      closeRun()
      if (!projectDoing) clause++
      segment++
      prep = undefined
    }
    // "Ensure the workshop can honour the bookings": a modal after a noun phrase, before a plain verb, is no noun (a "can");
    // the phrase stays open for the verb after it.
    if (run.length > 0 && MODALS.has(lower) && !!next && !next.breakBefore && !/(?:s|ing|ed)$/.test(next.lower) && (next.pos === 'VERB' || looksLikeVerb(next))) {
      words.push({ ...base, clause, segment, place: 'function' })
      continue
    }
    // "Ensures lab samples reach the pathology lab": after "ensure"/"make sure" a verb after a noun phrase is that phrase's
    // doing, in a clause of its own: what the role sees to is done by others.
    if (clause === 0 && run.length > 0 && w.pos === 'VERB' && !/(ing|ed)$/.test(lower) && ensuring(words) && !w.hyphenNext) {
      clause++
      ensuredClause = clause
      // (A modal inside the phrase, "the kitchen can serve", belongs to the same clause.)
      for (let j = run[0]; j < i; j++) if (run.includes(j) || MODALS.has(words[j].lower)) Object.assign(words[j], { clause, ensured: true })
      closeRun()
      words.push({ ...base, clause, segment, place: 'verb', ensured: true })
      prep = undefined
      expectVerb = false
      continue
    }
    // "once design is signed off": a word before an auxiliary is the clause's subject.
    const subject = AUXILIARIES.has(next?.lower ?? '') || next?.lower === 'has' || next?.lower === 'have'
    // "once engineering signs off the design": a department before a verb in -s is who does it.
    // ("once IT hand over the software": a department is plural too, its verb then in the plain form before a particle.)
    const departmentSubject = i > start && SUBORDINATORS.has(raw[i - 1]?.lower ?? '') && lexicon.isDepartment(w.keys) && !!next &&
      ((/[^s]s$/.test(next.lower) && (looksLikeVerb(next) || next.pos === 'VERB')) || (looksLikeVerb(next) && !/s$/.test(next.lower) && (PARTICLES.has(raw[i + 2]?.lower ?? '') || NOUN_PHRASE_OPENERS.has(raw[i + 2]?.lower ?? ''))))
    // "Cleaning & heating for the offices": two -ing words and no object after them name services, not work done.
    // "milking team: …", "packing crew": an -ing word naming what a team does, before that team, is its name.
    const teamName = /ing$/.test(lower) && !!next && lexicon.isOrganisationHead(next.keys) && !/s$/.test(next.lower) && (!raw[i + 2] || raw[i + 2].breakBefore)
    const gerundPair = i === start && /ing$/.test(lower) && CONJUNCTIONS.has(next?.lower ?? '') && /ing$/.test(raw[i + 2]?.lower ?? '') && (!raw[i + 3] || raw[i + 3].breakBefore || PREPOSITIONS.has(raw[i + 3].lower))
    // "crew & van allocation", "box + blanket stock reorder": a first word joined to a noun no verb could be, before the
    // phrase's head, is an item of the phrase ("pack and label the boxes" stays two verbs).
    // (The first word tagged a common noun and not in -s: "Cooks and plates meals", "Draft and e-mail the releases" are verbs.)
    const nounPair = i === start && w.pos === 'NOUN' && !/[^s]s$/.test(lower) && (next?.lower === 'and' || next?.lower === 'or') && !!raw[i + 2] && !raw[i + 2].breakBefore && raw[i + 2].pos === 'NOUN' && !looksLikeVerb(raw[i + 2]) &&
      !!raw[i + 3] && !raw[i + 3].breakBefore && raw[i + 3].pos === 'NOUN'
    if (departmentSubject && !subject) {
      closeRun()
      words.push({ ...base, clause, segment, ...(prep ? { prep } : {}), place: 'head' })
      subjectAt = i
      continue
    }
    // "re-wash %", "mispick rate": a word before a percentage or a rate names what is measured.
    // ("the temperature logs they asked for": a noun phrase's last word before "they" and its verb is the noun.)
    const measured = RATE_WORDS.has(next?.lower ?? '') || (run.length > 0 && SUBJECT_PRONOUNS.has(next?.lower ?? '') && (raw[i + 2]?.pos === 'VERB' || raw[i + 2]?.pos === 'AUX'))
    const isVerb =
      i === contactVerbAt || i === subjectAt + 1 || (teamDid && (w.pos === 'VERB' || looksLikeVerb(w))) ||
      reducedRelative ||
      beforeObject ||
      (!subject && !gerundPair && !nounPair && !teamName && !measured &&
      (!inNounPhrase && (atClauseStart ? verbish && !w.hyphenNext && !compound : w.pos === 'VERB' && run.length === 0 && !w.hyphenNext && !gerundObject && !participleBeforeNoun && !afterVerb && !afterPrep && !ingInNounList && !inNounList && !listWord)))
    if (isVerb) {
      closeRun()
      decisionOpen = DECISION_VERBS.has(w.lemma) || DECISION_VERBS.has(lower)
      words.push({ ...base, clause, segment, place: 'verb' })
      prep = undefined
      expectVerb = false
      continue
    }
    expectVerb = false
    decisionOpen = false
    // "give sales realistic lead times": a department straight after a verb of giving, before more words, is who receives.
    const givenTo = !prep && run.length === 0 && GIVING.has(words[i - 1]?.lemma ?? '') && words[i - 1]?.place === 'verb' && lexicon.isDepartment(w.keys) && !!next && !next.breakBefore && !isFunctionWord(next) && !lexicon.isOrganisationHead(next.keys) && !startsPhrase(w, next) && !adjectiveShaped(w)
    if (givenTo) {
      words.push({ ...base, clause, segment, prep: 'to', place: 'head', head: i })
      continue
    }
    words.push({ ...base, clause, segment, ...(prep ? { prep } : {}), place: 'head' })
    run.push(i)
    if (!w.hyphenNext && next && (next.breakBefore || (isFunctionWord(next) && !hyphenJoined(next, raw[i + 2])))) closeRun()
  }
  closeRun()
  shareModifiers(words)
  return owns ? { words, owned: true } : { words }
}

/** "to negative press coverage": a word shaped as an adjective after "to" starts a noun phrase, whatever the tagger says. */
function adjectiveShaped(w: Raw): boolean {
  return !looksLikeVerb(w) && /(ive|al|ous|ful|ic|ent|ant|ary|less|ible|able)$/.test(w.lower)
}

/** The main clause's verb is "ensure" or "make sure". */
function ensuring(words: readonly Word[]): boolean {
  const v = words.find((w) => w.place === 'verb' && w.clause === 0)
  if (!v) return false
  return v.lemma === 'ensure' || v.lower === 'ensure' || v.lower === 'ensures' || (v.lemma === 'make' && words[words.indexOf(v) + 1]?.lower === 'sure')
}

/** "to venture capital firms": the word after "to" opens a known noun phrase, so no verb follows. */
function startsPhrase(w: Raw, next: Raw | undefined): boolean {
  if (!next) return false
  return w.keys.some((k) => lexicon.phrasesFrom(k).some((ph) => ph.kind === 'noun' && next.keys.includes(ph.keys[1])))
}

/** The verb of this clause still without a particle, when `lower` is a particle standing after its object ("over to", "off" at the end). */
function splitParticleVerb(words: readonly Word[], clause: number, lower: string, next: Raw | undefined): Word | undefined {
  // ("roll it out across all sites", "hand them over on Friday": straight after a pronoun object, whatever follows;
  // "log it on the helpdesk system" names where, so not "on".)
  const last = words[words.length - 1]
  const afterPronoun = lower !== 'on' && !!last && OBJECT_PRONOUNS.has(last.lower) && words[words.length - 2]?.place === 'verb' && words[words.length - 2].clause === clause
  if (!SPLIT_PARTICLES.has(lower) || (next && next.lower !== 'to' && !next.breakBefore && !afterPronoun)) return undefined
  for (let j = words.length - 1; j >= 0 && words[j].clause === clause; j--) {
    const w = words[j]
    if (w.place === 'verb') return w.particle ? undefined : w
  }
  return undefined
}

/** "the marketing and sales departments": a lone noun joined by "and"/"or" to a longer phrase modifies that phrase's head. */
function shareModifiers(words: Word[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]
    const conj = words[i + 1]
    if (w.place !== 'head' || words[i - 1]?.place === 'mod' || (conj.lower !== 'and' && conj.lower !== 'or')) continue
    const next = words[i + 2]
    if (next.place !== 'mod' || next.clause !== w.clause) continue
    Object.assign(w, { place: 'mod', head: next.head })
  }
}
