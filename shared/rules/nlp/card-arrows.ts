// Cards say who did what with arrows, colons and dashes: "JT -> marketing: capacity numbers",
// "R&D delivered the new curve -> roll it out", "filing backlog -> admin team", "uni study: give
// them our logs", "negotiate the loan – I lead it". Read back to the role's own work, with what
// another team did as its occasion and a department named as who receives it.

import { key, lexicon } from '../lexicon'
import { winkTokens } from './wink'
import { COMMON_VERBS, DESK_NAMES } from './words'

/** "marketing: the capacity numbers", "IT: …": a department a card opens with before a colon. */
const isDepartment = (word: string): boolean => word.toLowerCase() === 'it' || lexicon.isDepartment([key(word)])

/** "roll it out …", "give them …": the words open with a verb (a department name, as in "-> legal", does not count). */
function opensWithVerb(words: string): boolean {
  const [first, second] = winkTokens(words)
  if (!first || !/^[a-z]/.test(first.text) || isDepartment(first.text)) return false
  // The tagger reads a lone "roll" as a noun; "roll it out" has the object a verb takes, "roll out to …" its particle.
  const next = second?.text.toLowerCase() ?? ''
  return first.pos === 'VERB' || OBJECT_PRONOUNS.has(next) || (COMMON_VERBS.has(first.text) && THING_FOLLOWERS.has(next))
}
const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'these', 'those', 'him', 'her', 'us'])
/** The words open with a verb, or with a word of the verb list ("schedule crew …", which the tagger may read as a noun). */
const startsWithVerb = (words: string): boolean => {
  const first = words.split(/\s+/)[0]
  // ("sets up jigs": a card's third person, "she sets up …" with no "she".)
  // ("fixes the rota", "pushes": "-es" after sh, ch, x, ss, z or o.)
  return opensWithVerb(words) || COMMON_VERBS.has(first) || (/^[a-z]+s$/.test(first) && COMMON_VERBS.has(first.slice(0, -1))) || (/^[a-z]+(?:sh|ch|x|ss|z|o)es$/.test(first) && COMMON_VERBS.has(first.slice(0, -2)))
}
const PARTICLES_AFTER = new Set(['out', 'up', 'off', 'over'])
/** Desks a card passes work to by name: "phones -> reception", "filing -> Priya (admin)". */
const DESKS = new RegExp(`^(?:${DESK_NAMES.join('|')})$`, 'i')
/** "Priya (admin)": a named person and the desk they sit at, the desk in either case. */
const NAMED_AT_DESK = new RegExp(String.raw`^(.+?)\s*(?:->|→|=>)\s*([A-Z][a-z]+)\s*\((${DESK_NAMES.map((d) => `[${d[0].toUpperCase()}${d[0]}]${d.slice(1)}`).join('|')})\)`)
/** Work, an arrow, who holds it, and a word saying it is theirs from now on ("… owns it now", "… from now on"). */
const HANDED_OVER = new RegExp(String.raw`^(.+?)\s*(?:->|→|=>)\s*((?:the\s+)?[\w&]+(?:\s+(?!now\b)[\w&]+)?)\s+(?:(?:now\s+)?(?:owns?|does|do|handles?|takes?|runs?|enters?|covers?|picks?\s+up|deals?\s+with)\s+(?:it|them|this|that)(?:\s+(?:now|from\s+now\s+on|going\s+forward|instead))?|(?:from\s+now\s+on|going\s+forward|instead))\s*(?:[.!]\s*$|[,;.]\s*(.+)$|$)`, 'i')
/** Who may hold handed-over work: a named person, a team, a desk or a department. */
function isHolder(who: string): boolean {
  const words = who.replace(/^the\s+/i, '').split(/\s+/)
  const last = words[words.length - 1]
  return /^[A-Z][a-z]+$/.test(words[0]) && words.length === 1 && !/^(?:I|Me|Ops|Operations)$/.test(words[0])
    || /^(?:team|desk|dept|office|crew|staff)$/i.test(last) || words.some((w) => isDepartment(w) || DESKS.test(w))
}
/** Figures and records: sent to a department they are input; other work passed to one is handed over. */
const FIGURES = /(?:\b(?:figs?|figures|numbers|data|stats|statistics|logs?|reports?|counts?|forecasts?|volumes?|kpis?|metrics|headcount|totals?|rates?|per)\b|[%#])/i
/** Words a card opens with before a colon that say how to read what follows, not what it is for. */
const TOPIC_OPENERS_KEPT = new Set(['decide', 'choose', 'agree', 'me', 'i', 'we', 'key', 'main', 'core', 'duties', 'responsibilities', 'accountabilities', 'note', 'nb', 'todo', 'action', 'q', 'question'])
/** After a verb with no object of its own ("hand to admin", "write into the SOPs"): the thing before the arrow is its object. */
const THING_FOLLOWERS = new Set(['to', 'into', 'onto', 'in', 'on', 'over', 'up', 'out', 'off', 'through', 'across', 'for', 'with', 'asap', 'today', 'now', 'weekly', 'daily', 'straight', 'directly'])

/**
 * "R&D delivered the new curve", "sales just won the order": someone else's deed, a verb after its subject. Work
 * the role names itself ("Manage the public image -> …") or a thing ("the finished campaign -> …") is not.
 */
function saysWhatHappened(words: string): boolean {
  // ("Sales close the refit deals": a department, then a plain verb and its object, whatever the tagger calls the verb.)
  // ("press office drafts the statement": a team or office named in two words, a verb in "-s".)
  const low = words.trim().split(/\s+/).map((w) => w.toLowerCase())
  const plain = (w: string | undefined): boolean => !!w && (COMMON_VERBS.has(w) || (/[^s]s$/.test(w) && COMMON_VERBS.has(w.slice(0, -1))))
  const deed = (at: number): boolean => plain(low[at]) && /^(?:the|our|all|their|every|its|a|an)$/.test(low[at + 1] ?? '')
  if (isDepartment(low[0] ?? '') && deed(1)) return true
  if (low.length > 3 && /^(?:office|team|dept|department|desk)$/.test(low[1]) && deed(2)) return true
  const tokens = winkTokens(words)
  if (tokens[0]?.pos === 'VERB') return false
  // ("Investor update letters", "the toy recall": a word the tagger calls a verb inside a noun phrase, between two nouns
  // or after a determiner and a noun, in its plain form, names a thing; "HR recruits techs", "the team agreed a pilot"
  // still say someone did something.)
  const noun = (t: (typeof tokens)[number] | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
  const inNounPhrase = (i: number): boolean => tokens[i].pos === 'VERB' && !/(?:s|ed|ing)$/i.test(tokens[i].text) && noun(tokens[i - 1]) && !isDepartment(tokens[i - 1].text) && (noun(tokens[i + 1]) || tokens[i - 2]?.pos === 'DET')
  return tokens.some((t, i) => i > 0 && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1].pos !== 'PART' && !inNounPhrase(i))
}

/** The role by its title on a card: "ops mgr", "operations lead", "Head of Ops". */
export const ROLE_NAME = String.raw`(?:(?:ops|operations)\s+(?:manager|mgr|lead|director)|head\s+of\s+(?:(?!(?:marketing|it|sales|product|revenue|clinical|data|finance|hr|network|security|dev|tech|ad|customer)\b)[a-z]+\s+)?(?:ops|operations)|om)`
/** "ops mgr -> …", "ops mgr -> design team: …": the role, an arrow, and perhaps a team it tells. */
const ROLE_BEFORE_ARROW = new RegExp(String.raw`^${ROLE_NAME}\s*(?:->|→|=>)\s*(?:(?:the\s+)?([\w&]+(?:\s+team)?)\s*:\s*)?`, 'i')

/** Arrows, colons and dashes of a card, read back to the work they name (see the file's opening). */
export function readArrowsAndColons(text: string): string {
  let t = text
  // "JT -> marketing: capacity numbers", "me -> pick the routes": initials or "me" before an arrow say who.
  // ("HR -> ops: …" names a department, not initials.)
  t = t.replace(/^([A-Z]{2,3}|me)\s*(?:->|→|=>)\s*/i, (whole: string, who: string) => (isDepartment(who) ? whole : ''))
  // "Ops mgr → sets the 5-yr vision": the role named before an arrow says who does what follows.
  // ("ops mgr -> design team: that box won't fit our oven": the role telling a team, which is input to it.)
  t = t.replace(ROLE_BEFORE_ARROW, (whole: string, team?: string) =>
    team && isDepartment(team.split(/\s+/)[0]) ? `feedback for ${team}: ` : team ? `${team}: ` : '')
  // "booking admin → Sam owns it now, I review the process", "invoice filing -> office admin from now on": work, then who
  // holds it from now on, is handed over to them.
  // ("to the stores team": an article keeps "to stores" from reading as a verb.)
  t = t.replace(HANDED_OVER, (whole: string, work: string, who: string, rest = '') => {
    if (!isHolder(who)) return whole
    const article = /^the\s/i.test(who) || /^[A-Z][a-z]+$/.test(who) ? '' : 'the '
    return `pass ${work} to ${article}${who}${rest ? `; ${rest.replace(/^(?:and|but|so)\s+/i, '')}` : ''}`
  })
  // "me + IT: test the scanner app": the role with a department, then the work.
  // ("Ferry ops + IT: …": the role's side named as operations, joined to a department.)
  // ("Marketing ops + IT: …" is marketing's own operations, not the role's.)
  t = t.replace(/^(?:me|I|(?:([\w-]+)\s+)?(?:ops|operations))\s*(?:\+|and|&)\s*([\w&]+)\s*:\s*(.+)$/i, (whole: string, side: string | undefined, who: string, what: string) => (isDepartment(who) && !(side && isDepartment(side)) ? `${what} with ${who}` : whole))
  // "marketing -> ops: how many boxes can we pack for the promo? told them 600": a team asking operations; the role's
  // answer is input to it.
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*(?:ops|operations|me|us)\s*:\s*(.+)$/i, 'input for $1: $2')
  // "HR recruits the techs; I tell them how many benches need covering": another team's part, then the role's.
  t = t.replace(/^([^;,.]+?)[;,.]+\s*(?:(?:so|now|then|and|but)\s+)?I\s+(?!am\b|'m\b)(.+)$/, (whole: string, before: string, after: string) =>
    saysWhatHappened(before) && !/^(?:I|me|we)\b/i.test(before) ? `${after.replace(/[.\s]+$/, '')} when ${before}` : whole)
  // "festival promo = mktg; I make sure wristband collection copes": a department's own work, then the role's part.
  t = t.replace(/^([^=;]+?)\s*=\s*(?:the\s+)?([\w&]+)(?:'s)?(?:\s+(?:team|dept|job|thing))?\s*[;,.]\s*(.+)$/i, (whole: string, work: string, who: string, rest: string) =>
    isDepartment(who) ? `${rest.replace(/[.\s]+$/, '')}; ${who} runs ${work}` : whole)
  // "manufacturability input: can our stitchers make it?": the input is about what follows the colon.
  t = t.replace(/^((?:[\w-]+\s+){0,2}(?:input|feedback)(?:\s+for\s+[^:]{1,40})?)\s*:\s*/i, '$1 about ')
  // "decide: do we go into the US market or not?": the question decided.
  t = t.replace(/^(decide|choose|agree)\s*:\s*(?:do|should|shall|can)\s+we\s+(.+?)(?:\s+or\s+not)?\s*\?/i, '$1 whether we $2')
  // "negotiate the £2m loan – I lead it", "open a 2nd depot or buy the franchise? → my call": the part after says the
  // work before is the role's own; the work is what comes before.
  t = t.replace(/^(.+?)\s*(?:->|→|=>|\s[-–—]\s)\s*(?:(?:it's\s+|it\s+is\s+)?(?:my|our)\s+(?:call|decision|job)|I\s+(?:(?:just|usually|often|always|personally|also)\s+)?(lead|own|run|do|handle|decide|set|sign|chair|drive)\s+(?:it|this|them|that))\b[.!\s]*$/i, (whole: string, before: string, verb?: string) => {
    if (opensWithVerb(before) || winkTokens(before)[0]?.pos === 'VERB') return before
    return `${verb ? verb.toLowerCase() : 'decide'} ${before}`
  })
  // "Closing the fleet deal – I'm selling it", "nappy changes → I'm doing them", "…; I'm handling the case": the part after
  // says the role does the work before itself. (Only verbs of doing: "→ I'm rolling it out" puts a result in place.)
  t = t.replace(/^(.+?)\s*(?:->|→|=>|\s[-–—]\s|[;,])\s*(?:I(?:'m|\s+am)\s+(?:doing|handling|selling|running|writing|answering|taking|leading|drafting|coding|building|designing|making|signing|negotiating|presenting|fronting|chairing|arguing)|I\s+(?:(?:just|usually|often|always|personally|also)\s+)?(?:take|answer|write|sell|present|front|argue|draft|code|build|design))\s+(?:it|them|this|that|those(?:\s+\w+)?|the\s+case)(?:\s+myself)?\b[.!\s]*$/i, (whole: string, before: string) =>
    opensWithVerb(before) || winkTokens(before)[0]?.pos === 'VERB' || /^\w+ing\b/i.test(before) ? before : saysWhatHappened(before) ? whole : `do ${before}`)
  // "Public statement on the flood closure: I draft it and put it out": the thing before the colon is what the role's verb does.
  t = t.replace(/^([^:]{3,80}?)\s*:\s*I\s+(\w+)\s+(?:it|them)\b(.*)$/i, (whole: string, thing: string, verb: string, rest: string) =>
    opensWithVerb(thing) || winkTokens(thing)[0]?.pos === 'VERB' || !startsWithVerb(verb.toLowerCase()) ? whole : `${verb.toLowerCase()} ${thing}${rest}`)
  // "JB: call it - do we expand into Ireland y/n": initials before a colon say who; "call it" decides the question.
  t = t.replace(/^[A-Z]{2,3}\s*:\s*/, '')
  t = t.replace(/^(?:call\s+it|your\s+call|make\s+the\s+call)\s*[-–—:,]?\s*(?:do|should|shall)\s+we\s+(.+?)\s*(?:\by\/n\b|\?)*\s*$/i, 'decide whether we $1')
  // "PR handle the press; my bit is keeping sailings on time", "the slogan is marketing's – my job is making the chain deliver
  // it": what the card names as the role's own part is what it holds; the rest is someone else's.
  // ("…; my job is also to cover the tills": past a little adverb; "… – my part is done once it's in" names no part unless the
  // work before is named as a department's: "the promo is marketing's baby – our job is enough coaches".)
  t = t.replace(/^(.+?)\s*(?:[;–—]|\s-\s|->|→|=>)\s*(?:my|our|ops'?)\s+(?:job|bit|part|role|side|end)\s+(?:is|=)\s+(?:(?:also|just|only|mainly|simply|then)\s+)?(?:to\s+)?(.{6,})$/i, (whole: string, before: string, part: string) =>
    startsWithVerb(part) || /^[a-z]+ing\b/i.test(part) || (before.match(/\b[a-z&]+['’]s\b/gi) ?? []).some((w) => !/^it/i.test(w) && isDepartment(w.replace(/['’]s$/, ''))) ? part : whole)
  // "setting our line on the trademark fight - me", "whether we open a 2nd yard = my decision??", "chasing the grant money.
  // that's on me": the card says the work before is the role's own.
  t = t.replace(/^(.+?)[\s.,]*(?:(?:\s[-–—=]|\s*(?:->|→|=>))\s*(?:me|mine|(?:(?:it's|that's)\s+)?(?:my|our)\s+(?:call|decision|job))|(?:that's|it's)\s+(?:on|down\s+to)\s+me)\b(?!\s*:)[^]*$/i, (whole: string, before: string) =>
    /^(?:whether|which|if)\b/i.test(before) ? `decide ${before}` : before)
  // "decide: open a 2nd depot or buy out the franchise?": the choice decided.
  t = t.replace(/^(decide|choose)\s*:\s*(?!(?:do|should|shall|can)\s+we\b)(.+?)\s*\?*\s*$/i, '$1 whether to $2')
  // ("sales closed the deal -> can we deliver 2k a week?": the role's question is whether it can be done.)
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*(?:can|could)\s+we\s+(.+)$/i, (whole: string, before: string, after: string) => saysWhatHappened(before) ? `check whether we can ${after.replace(/[?.\s]+$/, '')} when ${before}` : whole)
  // "lift control PC down -> log with IT": a fault, then what the role does about it; the fault is the occasion.
  // ("print queue software crashes -> ticket to IT": a ticket or a call to a department raises it.)
  t = t.replace(/^(.+?)\s+(down|broken|dead|offline|crashe[sd]|freezes|froze|fails|failed|stuck|jammed|bust|not\s+working)\s*(?:->|→|=>)\s*(?:(?:a\s+)?(ticket|call|email)\s+(?=to\b))?(.+)$/i, (whole: string, thing: string, state: string, raised: string | undefined, rest: string) => {
    const after = raised ? `raise a ${raised} ${rest}` : rest
    // ("database down -> I fix it myself": "it" is the thing at fault.)
    return /^I\s+\w+\s+it\b/.test(after) ? after.replace(/^I\s+(\w+)\s+it\b/, `$1 the ${thing}`).replace(/[.\s]+$/, '')
      : startsWithVerb(after) ? `${after.replace(/[.\s]+$/, '')} when ${thing} is ${state}` : whole
  })
  // "Approved case design -> schedule install crews": a finished result, then what the role does with it.
  t = t.replace(/^(approved|finished|final|agreed|signed[\s-]off|finalised)\s+(.+?)\s*(?:->|→|=>)\s*(.+)$/i, (whole: string, state: string, thing: string, after: string) =>
    startsWithVerb(after) ? `${after.replace(/[.\s]+$/, '')} when ${thing} is ${state.toLowerCase()}` : whole)
  // ("infection-control research done -> new protocol rolled out": the state may follow the thing.)
  // ("New pie spec finalised by NPD → sort the line": and by whom.)
  t = t.replace(/^(.+?)\s+(done|complete|completed|finished|signed\s+off|approved|agreed|finalised|passed|proven)(\s+by\s+[\w&' ]{1,30}?)?\s*(?:->|→|=>)\s*(.+)$/i, (whole: string, thing: string, state: string, by = '', after: string) =>
    /^(?:I|we)\b/.test(after) || saysWhatHappened(thing) || opensWithVerb(thing) || !(startsWithVerb(after) || saysWhatHappened(after)) ? whole
      : `${after.replace(/[.\s]+$/, '')} when ${thing} is ${state.toLowerCase()}${by}`)
  // "Once design sign off the gate drawings → set up jigs": an occasion opened by a word of time, then the role's work.
  t = t.replace(/^(once|when|after)\s+(.+?)\s*(?:->|→|=>)\s*(.+)$/i, (whole: string, word: string, before: string, after: string) =>
    startsWithVerb(after) ? `${after.replace(/[.\s]+$/, '')} ${word.toLowerCase()} ${before}` : whole)
  // "Marketing's open day promo -> our job: buggies charged": the role's part of another team's work supports it.
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*(?:our|my|ops'?)\s+job\s*:\s*(.+)$/i, 'support $1 by getting $2')
  // "Legal's new contract clauses -> update our job sheets": another team's result worked into the role's own documents.
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*(?:update|change|amend|adjust|rewrite|revise)\s+(our|my)\s+(.+)$/i, (whole: string, before: string, ours: string, what: string) =>
    saysWhatHappened(before) ? whole : `put ${before} into ${ours} ${what}`)
  // "Acquisition of the van firm agreed by MD; merge their routines into ours": a decision taken elsewhere is the occasion.
  t = t.replace(/^(.+?)\s+(agreed|approved|decided|signed\s+off|chosen|finalised)(?:\s+(?:by\s+[^;.]+|upstairs|above\s+me))?\s*[;.]\s*(.+)$/i, (whole: string, thing: string, state: string, after: string) =>
    !opensWithVerb(thing) && startsWithVerb(after) ? `${after.replace(/[.\s]+$/, '')} when ${thing} is ${state.toLowerCase()}` : whole)
  // "R&D delivered the new curve -> roll it out", "comms drafting a statement -> I check the facts": after an arrow
  // (or a dash before "I") a verb says what the role does once someone else has done their part.
  // ("ex-driver's lawsuit -> I decide: settle or fight", "landlord dispute -> I handle it": a thing, with no deed, is what
  // the work is about: "it" stands for it, or it is named after the work.)
  t = t.replace(/^(.+?)\s*(?:->|→|=>|\s[-–—]\s(?=I\b))\s*(.+)$/, (whole: string, before: string, after: string) => {
    const work = after.replace(/[.\s]+$/, '')
    const happened = saysWhatHappened(before)
    if (/^(?:I|we)\b/.test(after) && !opensWithVerb(before) && !/^PM\b/.test(before)) {
      if (happened || /\bwhen\b/i.test(before)) return `${work} when ${before}`
      // ("investor letters – the ops manager writes and sends them": "it" or "them" after the role's verbs is the thing;
      // after a verb of telling, "them" are people: "public affairs meeting the council → ops briefs them".)
      const toPeople = /^I\s+(?:brief|tell|ask|update|call|inform|help|remind|warn|meet|phone|ring)s?\s+them\b/i.test(work)
      // ("the drivers load the vans → I check them": a clause before the arrow is no thing to put in its place.)
      const clause = /\b[a-z]+s\s+[a-z]+\s+(?:the|our|their|a|an)\b/i.test(before) && COMMON_VERBS.has((/\b[a-z]+s\s+([a-z]+)\s+(?:the|our|their|a|an)\b/i.exec(before)?.[1] ?? '').toLowerCase())
      if (/^I\s+\w+(?:\s+(?:and|\+|&)\s+\w+)?\s+(?:it|them)\b/.test(work) && !toPeople && !clause) return work.replace(/^(I\s+\w+(?:\s+(?:and|\+|&)\s+\w+)?\s+)(?:it|them)\b/, `$1the ${before}`)
      // ("rota for the peak — ops sorts, HR gets a copy", "growth plan — I own + decide": verbs with no object of their own.)
      const bare = /^I\s+(\w+(?:\s*(?:\+|and|&)\s*\w+)?)(?=\s*(?:[,;.]|$))/
      return bare.test(work) ? work.replace(bare, `I $1 the ${before}`) : `${work}, about the ${before}`
    }
    return startsWithVerb(after) && happened ? `${work} when ${before}` : whole
  })
  // "filing pile -> Priya (admin)": a thing sent on to someone at a desk.
  t = t.replace(NAMED_AT_DESK, 'pass $1 to $2 in $3')
  // "filing backlog -> admin team, check it's cleared", "tonnage figures -> public affairs": a thing sent on to a department.
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*((?:the\s+)?([\w&]+)(?:\s+([\w&]+))?\b.*)$/i, (whole: string, before: string, after: string, dept: string, next = '') =>
    (isDepartment(dept) || isDepartment(next) || DESKS.test(dept) || DESKS.test(next)) && !opensWithVerb(after) && !opensWithVerb(before) && !COMMON_VERBS.has(before.split(/\s+/)[0].toLowerCase()) && !saysWhatHappened(before) && winkTokens(before)[0]?.pos !== 'VERB' ? `${FIGURES.test(before) ? 'send' : 'pass'} ${before} to ${after}` : whole)
  // "filing backlog -> hand to admin", "the lab's new method -> write it into our SOPs": a thing, then what the role does
  // with it, is that verb done to the thing.
  t = t.replace(/^(.+?)\s*(?:->|→|=>)\s*(.+)$/, (whole: string, before: string, after: string) => {
    const [verb, ...rest] = after.split(/\s+/)
    const next = (rest[0] ?? '').toLowerCase()
    if (!opensWithVerb(after) || saysWhatHappened(before) || winkTokens(before)[0]?.pos === 'VERB' || /^(?:I|we)$/i.test(verb)) return whole
    if (OBJECT_PRONOUNS.has(next)) return [verb, before, ...rest.slice(1)].join(' ')
    // ("rules from legal -> roll out in all shops": the particle stays with its verb.)
    if (PARTICLES_AFTER.has(next)) return [verb, next, before, ...rest.slice(1)].join(' ')
    if (next === '' || THING_FOLLOWERS.has(next)) return [verb, before, ...rest].join(' ')
    // ("gearbox dispute -> give legal the defect logs": a verb with an object of its own; the thing before is what it is for.)
    // ("legal -> send them the contracts": a department alone before the arrow is who it goes to, left to the rules above.)
    const toDesk = before.trim().split(/\s+/).every((w) => isDepartment(w) || DESKS.test(w) || /^the$/i.test(w))
    return !toDesk && before.split(/\s+/).length <= 4 && !winkTokens(before).some((tk) => tk.pos === 'VERB' || tk.pos === 'AUX') ? `${after.replace(/[.\s]+$/, '')}, for the ${before}` : whole
  })
  // "I'm on the pick line Thurs": a post the role works.
  t = t.replace(/^(?:I'm|I\s+am)\s+(?:usually\s+|often\s+|always\s+)?on\s+the\s+/i, 'work on the ')
  t = t.replace(/^(\w+)\s*:\s+(.+)$/, (whole: string, who: string, what: string) => (isDepartment(who) ? `${what} to ${who}` : whole))
  // "uni snow study: give them our groomer logs", "investor day: route safe and staffed": a thing before the colon is
  // what the work is for; the work is what follows.
  t = t.replace(/^([^:;,.]{3,60}?)\s*:\s+(.+)$/, (whole: string, topic: string, work: string) => {
    const first = topic.split(/\s+/)[0].toLowerCase()
    // ("marketing: the capacity numbers" names who it is for; "HR payroll project: …" names the project.)
    // ("Marketing's launch day: …": a department's own event is what the work is for.)
    const departmentsThing = /^[\w&]+'s\s/.test(topic) || /\b(?:project|programme|review|rollout|migration)$/i.test(topic)
    if (TOPIC_OPENERS_KEPT.has(first) || /\b(?:input|feedback|view|data|re|call|decision|question)$/i.test(topic) || (isDepartment(topic.split(/\s+/)[0].replace(/'s$/, '')) && !departmentsThing)) return whole
    // ("CRM project: I test the order flow": the role named first.)
    const own = work.replace(/^I\s+/, '')
    // ("Back-room budget: shelving, packing materials, couriers": a list of short items names the topic's parts, not work.)
    if (/^[\w' -]{1,25},\s*[\w' -]{1,30},/.test(own)) return whole
    if (!startsWithVerb(own) && !/^(?:have|get|keep|make)\b/i.test(own)) return whole
    const tokens = winkTokens(topic)
    if (!departmentsThing && tokens.some((tk) => tk.pos === 'VERB' || tk.pos === 'AUX' || tk.pos === 'PRON')) return whole
    return `${work.replace(/[.\s]+$/, '')}, for ${topic}`
  })
  t = t.replace(/\s*(?:->|→|=>)\s*/g, ' to ')
  // "JB to run the …": a card naming who by initials; the work is what follows.
  t = t.replace(/^[A-Z]{2,3}\s+to\s+(?=[a-z])/, '')
  return t
}
