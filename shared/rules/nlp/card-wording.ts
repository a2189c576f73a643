// How workshop cards and job adverts are written, read back to the work they name: a card
// said aloud ("I'll …", "she's the one who …"), a complaint ("keeps being asked to …"), the
// time it takes ("most weeks I'm …"), initials, arrows and colons (card-arrows.ts), job-advert
// openings ("you will …", "the post holder will …", "key duties include …"), and what a card
// sets aside ("instead of …", "not just …"). Applied to a label's text before it is tokenised.

import { readArrowsAndColons, ROLE_NAME } from './card-arrows'
import { key, lexicon } from '../lexicon'
import { COMMON_VERBS } from './words'

/** "sets" → "set", "fixes" → "fix": a verb said of the role in the third person, as said of "I". */
function plainVerb(verb: string): string {
  if (/es$/.test(verb) && COMMON_VERBS.has(verb.slice(0, -2))) return verb.slice(0, -2)
  if (/s$/.test(verb) && COMMON_VERBS.has(verb.slice(0, -1))) return verb.slice(0, -1)
  return verb
}

/** Everyday verbs in -s that plainVerb cannot undo: "ops gets …", "ops says …", "ops does …". */
const OPS_SAYS: Readonly<Record<string, string>> = { gets: 'get', says: 'say', sits: 'sit', does: 'do', goes: 'go' }
/** After bare "ops" and a word in -s, what shows the word is a noun: "ops targets for the depot", "ops costs are up". */
const AFTER_OPS_NOUN = /^(?:for|of|from|by|per|vs|is|are|was|were|=|:)$/i
/** The role named as the subject of what follows, after the start, a separator or "so/now/then/and/but". */
const ROLE_AS_SUBJECT = new RegExp(String.raw`(^|[;,.:>→–—]\s*|\s-\s+|\b(?:so|now|then|and|but)\s+)(?:the\s+)?(?:${ROLE_NAME}(?:\s*\(\w+\))?\s+(?:to\s+)?(?!(?:role|post|job|title|team|office)\b)([a-z]+)|ops\s+(to\s+)?([a-z]+))`, 'gi')
/** Who wrote the card, signed at its end: "-- Head of Ops", "– me", "(me)". */
const SIGNATURE = new RegExp(String.raw`\s*(?:[-–—]+\s*(?:me|(?:the\s+)?${ROLE_NAME})|\((?:me|ops|ops\s+mgr)\))\s*$`, 'i')

const AUTHOR_VERBS: Readonly<Record<string, string>> = { author: 'write', writer: 'write', owner: 'own', decider: 'decide', lead: 'lead' }
const COMPLETE: Readonly<Record<string, string>> = { s: 'completes', ed: 'completed', ing: 'completing' }

export function readCardWording(text: string): string {
  // "a brand-new process": a way of saying "new", not a brand.
  let t = text.replace(/\bbrand[\s-]+new\b/gi, 'new')
  // "action: ops to file the job sheets", "agreed: …", "decided: …": a meeting's minute names the work after its label.
  // ("Minutes 12/03 – agreed: …", "mtg notes: action: …": the heading of the minutes before it says where it was said.)
  t = t.replace(/^\s*(?:minutes|mtg\s+notes|meeting\s+notes|notes)(?:\s+(?:of\s+)?[\w/.-]+){0,6}\s*[-–—:]\s*(?=(?:actions?|agreed|decided|decision|decision\s+recorded|outcome)\s*:)/i, '')
  t = t.replace(/^\s*(?:actions?|agreed|decided|decision|decision\s+recorded|outcome)\s*:\s*/i, '')
  // "Should we merge with the other firm? I'm the one making that call", "I'm the one calling it on whether we go national":
  // the role naming itself as who makes the call decides the question.
  t = t.replace(/^(?:should|shall|do|can)\s+we\s+(.+?)\?+\s*(?:[-–—→]|->)?\s*(?:I['’]m|I\s+am|me\s*=?)\s*(?:the\s+one\s+)?(?:making|taking|calling)\s+(?:that|the|this)\s+(?:call|decision)\b.*$/i, 'decide whether we $1')
  t = t.replace(/^(?:I['’]m|I\s+am)\s+the\s+one\s+(?:calling\s+it|making\s+the\s+call|deciding)\s+(?:on\s+)?(whether|if|which|where)\b/i, 'decide $1')
  // "ops mgr wrote it herself", "Head of Ops decided …", "IT migrating the system; ops mgr keeps 2 pickers in": a card
  // that names the role in the third person, as its subject, says what the role does, as "I" would.
  // ("ops makes sure …", "→ Ops hands over …": bare "ops" is the role only before a verb said of it; "ops team" is not.)
  // ("action: ops to file the job sheets": after "to", a plain verb is said of the role as well.)
  t = t.replace(ROLE_AS_SUBJECT, (m: string, before: string, verb: string | undefined, opsTo: string | undefined, opsVerb: string | undefined, at: number, whole: string) => {
    const said = (verb ?? opsVerb ?? '').toLowerCase()
    const next = whole.slice(at + m.length).trim().split(/\s+/)[0] ?? ''
    if (opsVerb !== undefined && !opsTo && ((plainVerb(said) === said && !OPS_SAYS[said]) || AFTER_OPS_NOUN.test(next))) return m
    return `${before}I ${OPS_SAYS[said] ?? plainVerb(said)}`
  })
  // "prototype the flume layout in CAD -- Head of Ops", "… (me)": who wrote the card, signed at its end.
  t = t.replace(SIGNATURE, '')
  // "bring in the new process now R&D have finished it", "now the merger is signed, …": "now (that)" before another's
  // finished deed is "once".
  t = t.replace(/\bnow(?:\s+that)?\s+(?=(?:the\s+)?[\w&]+(?:\s+team)?(?:\s+(?:have|has|is|are|was|were|has\s+been|have\s+been)|'ve|'s)\s+(?:finished|done|completed?|signed|approved|agreed|proven|finalised|built|delivered)\b)/gi, 'once ')
  t = t.replace(/^me\s*(?:\((?:ops|operations)\)\s*)?[:–—-]\s*/i, '')
  // "fixes the conveyor with his own spanners": the role's own hands or tools say it does the work in person.
  t = t.replace(/\bwith\s+(?:his|her|my|their|your)\s+own\s+(?:hands|tools|spanners|kit|van|car)\b/gi, 'myself')
  // "Act as PM for the website redesign": after "as" or an article, capital "PM" is the project manager, not the afternoon.
  t = t.replace(/\b(as|the|a|our|their|be)\s+PM\b/g, '$1 project manager')
  // "Manually key in the orders": done by hand, said first, is done in person.
  t = t.replace(/^(I\s+)?manually\s+(?=[a-z])/i, '$1personally ')
  // "the HR-approved staffing model": a department named as who approved a thing is no word of the thing's work.
  // ("the IT-led app project" keeps its owner: whose project it is matters.)
  t = t.replace(/\b([A-Za-z&]+)-(approved|agreed|signed-off|sanctioned|endorsed)\b/gi, (m: string, who: string, how: string) => lexicon.isDepartment([key(who)]) || /^it$/i.test(who) ? how : m)
  // "fact-check the press release": checking the facts in it.
  t = t.replace(/\b(?:fact|sense)[\s-]check(?:s|ed|ing)?\s+(?:the\s+)?(?=[\w&]+(?:'s?)?\s)(?!on\b|of\b|for\b)/gi, 'check the facts in the ')
  // "Hand-sort the bales", "hand-packs the orders": a verb done by hand is done in person ("hand-picked" describes).
  t = t.replace(/\bhand-(sort|pick|pack|wash|fill|label|wrap|finish|sew|stitch|paint|feed|load|cut|tie|letter|write|deliver)(es|s|ing)?\b/gi, 'personally $1$2')
  // A card quoted as said, with "tbh" or "basically": the words inside.
  t = t.replace(/^\s*["“]\s*|\s*["”]\s*$/g, '')
  t = t.replace(/^(?:tbh|to be honest|honestly|basically)[,\s]+/i, '')
  t = t.replace(/^(I|we|she|he)\s+basically\s+/i, '$1 ')
  // "Right, I'll go to the banks …", "So I'd be the one deciding …": said aloud in the room.
  t = t.replace(/^(?:right|so|ok|okay|well|yeah|basically|honestly)(?:,\s*|\s+)(?=I\b|you\b|we\b)/i, '')
  // "Each day you will staff the desk", "As a member of the board, you will set …": in a job advert the work is
  // what follows "you will" (or "I'll"); what comes before it sets the scene, so it is read after the work.
  t = t.replace(/^([^.;:]{1,160}?)[\s,]+((?:you|I)(?:\s+will|'ll)\s+)([^.;:]+?)\.?\s*$/i, (whole: string, scene: string, will: string, work: string) =>
    /\b(?:that|which|who)$/i.test(scene) ? whole : `${will}${work}, ${scene}`)
  // "When the lads are booked out I'm the one rodding the drains": the occasion said first, with no comma.
  t = t.replace(/^(when|whenever|if|once)\s+([^,]+?)\s+((?:I|he|she)(?:'m|'s|\s+am|\s+is)\s+the\s+one\b[^]*)$/i, (whole: string, opener: string, occasion: string, rest: string) => `${rest.replace(/[.\s]+$/, '')} ${opener.toLowerCase()} ${occasion}`)
  t = t.replace(/^(?:I|you|we|he|she)(?:'m|'s|'ll|'d|\s+will|\s+would|\s+am|\s+is)?\s*(?:be\s+)?the\s+one\s+(?:who(?:'ll|\s+will)?\s+(?:be\s+)?)?/i, '')
  t = t.replace(/^I(?:'m|\s+am)\s+(?=\w+ing\b)/i, '')
  // "She's the one who fixes …", "He's always out there gutting fish": what is said of someone in the room.
  t = t.replace(/^(?:he|she|they)\s*(?:'s|is|are)\s+the\s+one\s+who\s+/i, '')
  t = t.replace(/^(?:he|she|they|I)\s*(?:'s|'m|am|is|are|has|have|'ve)\s+(?:been\s+)?(?:always\s+|usually\s+|often\s+|basically\s+|constantly\s+)?(?:out\s+there\s+|down\s+|up\s+|over\s+)?(?=(?:at|in|on)\s+\S+\s+\w+ing\b|\w+ing\b)/i, '')
  // "Spend most afternoons prototyping …", "Most of my week goes on costing …": the time given says how much, and
  // the work is what it goes on.
  t = t.replace(/^(?:i\s+|he\s+|she\s+|they\s+)?(?:spends?|spent)\s+(?:(?:most|much|half|all|a\s+lot)\s+(?:of\s+)?)?(?:(?:my|his|her|their|the|our)\s+)?(?:\w+\s+)?(?:mornings?|afternoons?|evenings?|nights?|days?|weeks?|weekends?|time|hours?|shifts?|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\s+(?=\w+ing\b)/i, '')
  t = t.replace(/^most\s+of\s+my\s+(?:week|day|time|month|shift)\s+(?:goes|is\s+spent|is\s+taken\s+up)\s+(?:on|with)\s+/i, '')
  // "Most weeks I'm shortlisting …", "On Fridays I …": how often comes first on a card, then the work.
  t = t.replace(/^(?:(?:most|many|some|every|on|at)\s+)?(?:\w+\s+)?(?:days|weeks|months|mornings|afternoons|evenings|nights|shifts|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)[,\s]+(?:i'm|i\s+am|i)\s+/i, '')
  // "Ends up putting up scaffold with the lads": the work is what the role ends up doing.
  // ("Somehow I ended up chairing …", "she always ends up on the pontoon selling …": where, before the work, too.)
  t = t.replace(/^(?:somehow\s+|still\s+)?(?:i\s+|he\s+|she\s+|they\s+)?(?:often\s+|always\s+|usually\s+|somehow\s+)?(?:end|ends|ended)\s+up\s+(?:(?=\w+ing\b)|(?=(?:at|in|on)\s))/i, '')
  t = t.replace(/^((?:at|in|on)\s+(?:the\s+)?[\w-]+)\s+and\s+(?=\w+ing\b)/i, 'work $1 and ')
  // "Keeps being asked to hire …", "always gets stuck driving …": a card's complaint names the work all the same.
  // "at the counter upselling …", "on the pontoon at the boat show selling …": where the role is, then the work.
  t = t.replace(/^((?:at|in|on)\s+(?:the\s+)?[\w-]+(?:\s+(?!and\b)[\w-]+){0,5}?)\s+((?!(?:morning|evening|during|building|ceiling|ring|spring|king|thing|string)\b)\w+ing\b[^]*)$/i, '$2, $1')
  // "You'll find him on the boning line most afternoons": where the role is found is where it works.
  t = t.replace(/^(?:you'll|you\s+will|you'd)\s+(?:usually\s+|often\s+|always\s+)?find\s+(?:him|her|me|them)\s+(?=(?:on|at|in|behind)\s)/i, 'work ')
  t = t.replace(/^(?:i\s+|she\s+|he\s+)?(?:keeps?|kept)\s+(?:on\s+)?(?:being|getting)\s+(?:asked|sent|told|roped\s+in|pulled\s+in|called\s+in|dragged\s+in)\s+to\s+/i, '')
  t = t.replace(/^(?:i\s+|she\s+|he\s+)?(?:always\s+|often\s+|usually\s+)?(?:gets?|got|am|is)\s+stuck\s+(?=\w+ing\b)/i, '')
  t = t.replace(/^(?:i\s+am|i'm|is|am)\s+on\s+the\s+hook\s+for\s+/i, 'responsible for ')
  // ("The Operations Manager will be responsible for setting …": said of the role by name, as of "you".)
  t = t.replace(/^(?:I|you)\s*(?:will|'ll|'m|\s+am|\s+are)\s+(?:be\s+)?(?=responsible\s+for\b|accountable\s+for\b)/i, '')
  t = t.replace(/\bgo\s+out\s+and\s+/gi, '')
  // "Once IT hand over the software, I get it live": what the role does comes first, the occasion after it.
  t = t.replace(/^(once|after|when|whenever|as\s+soon\s+as)\s+([^,;:]{3,120}),\s*(?:I\s+(?:will\s+|'ll\s+)?)?(.+)$/i, (whole: string, opener: string, occasion: string, work: string) =>
    /^[a-z]/i.test(work) ? `${work.replace(/[.\s]+$/, '')} ${opener.toLowerCase()} ${occasion}` : whole)
  // "When R&D trial the hydrogen bus I give them a driver", "Before bank holidays I work out …": the same, with no comma.
  t = t.replace(/^([Oo]nce|[Aa]fter|[Ww]hen|[Ww]henever|[Ii]f|[Bb]efore|[Aa]s\s+soon\s+as)\s+([^,;:]{3,120}?)\s+I\s+(?!am\b|'m\b)((?:will\s+|'ll\s+)?[a-z][^]*)$/, (whole: string, opener: string, occasion: string, work: string) =>
    `${work.replace(/^(?:will|'ll)\s+/, '').replace(/[.\s]+$/, '')} ${opener.toLowerCase()} ${occasion}`)
  // "Legal = contract owner. I give them …", "IT = owner of the scanners. Me = get every picker using them": a department
  // named as the owner, then the role's part, with the owner doing the rest.
  t = t.replace(/^([\w&]+)\s*=\s*(?:the\s+)?(?:[\w-]+\s+)?(?:owners?|lead)\b[^.;]*[.;]\s*(?:me\s*=\s*|I\s+)(.+)$/i, (whole: string, who: string, rest: string) =>
    lexicon.isDepartment([key(who)]) || /^it$/i.test(who) ? `${/^me\s*=/i.test(whole.slice(whole.search(/[.;]/) + 1).trim()) ? '' : 'I '}${rest.replace(/[.\s]+$/, '')}; ${who} does the rest` : whole)
  // "R&D = not me. I send them …", "Goods-in data entry = clerk. I review …": who it is not, or whose it is, then the role.
  t = t.replace(/^([\w&]+)\s*=\s*not\s+me\b[.;,]?\s*(.+)$/i, (whole: string, who: string, rest: string) => `${rest.replace(/[.\s]+$/, '')}; ${who} does the rest`)
  t = t.replace(/^([^=.;]+?)\s*=\s*(?:the\s+)?(clerk|clerks|admin|assistant|reception|office|team|crew)\s*[.;]\s*(I\s+.+)$/i, (whole: string, work: string, who: string, rest: string) => `${rest.replace(/[.\s]+$/, '')}; ${who} does ${work}`)
  // "Head of Ops = author of the new mission": the role named as who writes, owns or decides it.
  t = t.replace(new RegExp(String.raw`^(?:the\s+)?(?:${ROLE_NAME}|me)\s*=\s*(?:the\s+)?(author|owner|writer|decider|lead)\s+(?:of|on)\s+`, 'i'), (m: string, what: string) => `${AUTHOR_VERBS[what.toLowerCase()]} `)
  // "Weekly w/ product design: can our looms weave it?": a meeting with a department, about what follows.
  t = t.replace(/^(?:(weekly|monthly|daily|fortnightly)\s+)?(?:call\s+|meeting\s+|catch-up\s+|check-in\s+|sit-down\s+)?with\s+((?:the\s+)?[\w&]+(?:\s+[\w&]+)?)\s*:\s*(.+)$/i, (whole: string, often = '', who: string, what: string) =>
    lexicon.isDepartment(who.replace(/^the\s+/i, '').split(/\s+/).map(key)) ? `meet ${who} ${often.toLowerCase()} about ${what}`.replace(/\s+/g, ' ') : whole)
  // "Q for marketing: how many orders will the promo bring?": a question for a department is asked of it.
  t = t.replace(/^(?:q|qs|question|questions)\s+(?:for|to)\s+([\w&]+)\s*[:\-–]\s*/i, (m: string, who: string) => lexicon.isDepartment([key(who)]) || /^it$/i.test(who) ? `ask ${who} ` : m)
  // "PR wants photos of the new fit-out – arrange safe access", "marketing need a stand at the fair: book the van":
  // what a department wants, then what the role does about it, is the occasion of the role's work.
  t = t.replace(/^((?:the\s+)?[\w&]+(?:\s+team)?)\s+(wants?|needs?|asked\s+for|has\s+asked\s+for)\s+(.+?)\s*(?:[–—:;]|\s-\s)\s*(.+)$/i, (m: string, who: string, verb: string, what: string, rest: string) =>
    who.split(/\s+/).some((w) => lexicon.isDepartment([key(w)])) && COMMON_VERBS.has(rest.split(/\s+/)[0].toLowerCase()) ? `${rest.replace(/[.\s]+$/, '')} when ${who} ${verb} ${what}` : m)
  // "Keep festival screenings running to time; PR has invited the press": a department's own deed after the role's work
  // is its occasion.
  t = t.replace(/^([^;]+?)\s*;\s*((?:the\s+)?[\w&]+(?:\s+team)?)\s+(has|have|is|are|was|were)\s+(\w+(?:ed|ing|en))\b(.*)$/i, (m: string, work: string, who: string, aux: string, done: string, rest: string) =>
    who.split(/\s+/).some((w) => lexicon.isDepartment([key(w)])) ? `${work} when ${who} ${aux} ${done}${rest}` : m)
  // "comms need bullet facts on what went wrong", "gov affairs team need our emissions numbers": what a department needs
  // from the role is given to it.
  t = t.replace(/^((?:the\s+)?[\w&]+(?:\s+[\w&]+)?(?:\s+team)?)\s+needs?\s+(?!to\b)/i, (m: string, who: string) => who.split(/\s+/).some((w) => lexicon.isDepartment([key(w)])) ? `give ${who} ` : m)
  // "payback figures for the LED lighting → finance": a thing sent to a department, after an arrow, is given to it
  // ("write the press release → comms" is work done first).
  t = t.replace(/^([^→>]{3,}?)\s*(?:->|→|=>)\s*(?:the\s+)?([\w&]+)(?:\s+team)?\s*[.!]?\s*$/, (m: string, what: string, who: string) =>
    lexicon.isDepartment([key(who)]) && !/^(?:me|ops|i)$/i.test(who) && !COMMON_VERBS.has(what.split(/\s+/)[0].toLowerCase()) ? `send ${what} to ${who}` : m)
  // "… → my bit: how the depot uses the data": the role's part of someone else's work is its input.
  t = t.replace(/\b(?:my|ops|our)\s+(?:bit|part|piece)\s*:\s*/i, 'ops input about ')
  t = readArrowsAndColons(t)
  // "The post holder will …", "Key duties: …": what the post holder will do is the work.
  t = t.replace(/^the\s+(?:post\s*holder|role\s*holder|job\s*holder|successful\s+candidate)\s+will\s+/i, 'you will ')
  t = t.replace(/^(?:key|main|core)\s+duties\s*(?:(?:include|includes|are)\s*:?|[:\-–])\s*/i, 'duties include ')
  // ("Key responsibility: you will …", "Main accountabilities – …": the heading of an advert's list says nothing itself.)
  t = t.replace(/^(?:key|main|core|principal)\s+(?:responsibilit(?:y|ies)|accountabilit(?:y|ies)|tasks?)\s*(?:(?:include|includes|are|is)\s*:?|[:\-–—])\s*/i, '')
  // "Take ownership of …", "Lead on …", "Act as chair of …": a verb written long.
  t = t.replace(/\btake\s+ownership\s+of\b/gi, 'own')
  // "make the call on expanding into Ireland", "has the final say on …": the one who calls it decides it.
  t = t.replace(/\b(?:make|makes|making|made)\s+the\s+(?:final\s+|big\s+)?call\s+on\b/gi, 'decide on')
  t = t.replace(/\b(?:has|have|having|had)\s+the\s+(?:final\s+)?say\s+on\b/gi, 'decide on')
  t = t.replace(/\b(?:takes?|has|have|holds?)\s+(?:overall\s+|full\s+|sole\s+)?responsibility\s+for\b/gi, 'is responsible for')
  t = t.replace(/\b(lead|leads)\s+on\s+(?=\w+ing\b|the\b)/gi, '$1 ')
  t = t.replace(/\bacts?\s+as\s+(?:the\s+)?chair\s+of\b/gi, 'chair')
  // "fill in the slide numbers": filling something in completes it; "fill in when we're short" stands in.
  t = t.replace(/\bfill(s|ed|ing)?\s+in\s+(?=(?:the|our|a|an|this|that|my|their|his|her)\s+(?!(?:[\w-]+\s+){0,2}(?:gaps?|forms?)\b|for\b))/gi, (m: string, ending = '') => `${COMPLETE[ending.toLowerCase()] ?? 'complete'} `)
  // "cold-call", "cold calls": one selling verb.
  t = t.replace(/\bcold[\s-]+call(s|ed|ing)?\b/gi, 'coldcall$1')
  // "Key accountabilities include …": the work is what they include, as with duties.
  t = t.replace(/^(?:(?:key|main|core|your)\s+)?(?:accountabilities|responsibilities)\s+(?:include|includes|are)[:\s]+/i, 'duties include ')
  // ("Key responsibilities: • get the stock …": a heading and a bullet, then the work itself.)
  t = t.replace(/^(?:(?:key|main|core|your)\s+)?(?:accountabilities|responsibilities|duties)\s*:\s*(?:[•·*▪-]\s*)?/i, '')
  // "Keeps the chefs stocked instead of rolling sushi myself", "doing X rather than managing": what the role does not do
  // is no part of its work.
  t = t.replace(/[,\s]*\b(?:instead\s+of|rather\s+than)\b[^,.;]*/gi, '')
  // "… across all departments, not just operations": what is set aside is not the work either.
  t = t.replace(/[,\s]*\bnot\s+(?:just|only|every|each|me|myself|individual)\s+[^,.;]*/gi, '')
  // "call in agency staff, don't jump on the line myself": what the card rules out, after a comma, is no part of the work.
  // ("ring the bank staff, NOT go in myself", "… kit. Not the company strategy, just ours": so does a "not" that opens a stretch.)
  t = t.replace(/(?:[,;]|\s[–—-])\s*(?:but\s+|and\s+)?(?:don't|do\s+not|never|not)\s+[^,.;]*/gi, '')
  // (After a full stop only a "not" before what is set aside: "Not the company strategy"; "Never let the shelves run empty" is work.)
  t = t.replace(/\.\s*not\s+(?:the|a|an|my|our|me|just|mine)\b[^,.;]*/gi, '')
  // "Agreed goals with the foreman and stopped hovering over the benches": what the role says it has stopped doing, after
  // "and", a comma or "I", is no part of its work ("the agency stopped posting for us" is someone else stopping).
  t = t.replace(/(?:[,;]\s*|\s+and\s+|^\s*|\bI\s+)(?:stopped|no\s+longer)\s+(?!(?:bring|thing|string|ceiling|spring|king|ring)\b)[a-z]{2,}ing\b[^,.;]*/gi, '')
  // "weekly scorecard per team - no need to watch each job": what the card says is not needed.
  t = t.replace(/[,\s]*(?:[–—-]\s*)?\bno\s+need\s+to\b[^,.;]*/gi, '')
  // "weekly team review vs targets — not line by line": after a dash, what the card rules out.
  t = t.replace(/\s+[–—-]\s+not\s+[^,.;]*$/i, '')
  // "the 'Bin it right' campaign": a name in quotes is a title, not words of the work.
  t = t.replace(/(^|\s)['"‘“]([^'"‘’“”]{2,60})['"’”](?=[\s,.;:]|$)/g, '$1')
  return t
}
