// Arguing the company's case on laws and public rules reads in a shape: a verb of
// campaigning or pressing a case with a law, tax or rule as what it is for or against
// ("campaigns against the sugar tax", "lobbies for changes to the planning rules"), or
// getting such rules changed ("talks to the council to get the rules changed"). Keeping
// operations inside those rules has no such shape.

import { hasKey as has, key, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import type { Hit } from './domain-scores'
import { OUTSIDE_PEOPLE } from './mode-cues'

/** Verbs of pressing a case. */
const PRESSING = wordKeys('campaign lobby petition oppose fight challenge argue push press')
/** Laws and public rules: what a case is pressed on. */
const PUBLIC_RULES = wordKeys('law laws legislation bill bills tax taxes levy levies tariff tariffs regulation regulations rule rules ban bans policy policies scheme schemes charge charges')
const GET = key('get')
const CHANGED = new Set(['changed', 'amended', 'scrapped', 'dropped', 'relaxed', 'lifted', 'overturned'])
const SCORE = 3.5
const WIN = key('win')
const WINNING = wordKeys('persuade convince lobby')
/** Outside people who are not government: winning them over is the press's or investors' work. */
const MEDIA_OR_MONEY = wordKeys('journalist journalists reporter reporters editor editors press media investor investors shareholder shareholders backer backers analyst analysts')
const CASE_PREPS = new Set(['for', 'against', 'on', 'vs', 'versus'])
/** A case put to someone: "our pitch to the council", "the case to ministers". */
const PITCHES = wordKeys('pitch pitches case submission bid presentation position')
const CAMPAIGNS = wordKeys('campaign campaigns fight challenge')
const REPRESENTING = wordKeys('represent')
const PUBLIC_BODIES = wordKeys('authority authorities council councils regulator regulators government ministry')
const RULE_CHANGING = wordKeys('loosen relax ease change scrap amend overturn lift drop soften')
/** What a public body sets for a company, changed at its request: "our leakage targets". */
const SET_LIMITS = wordKeys('target targets limit limits cap caps condition conditions')
const TALKS = wordKeys('talk talks negotiation negotiations meeting meetings')

/** A word of government, by the lexicon's strongest words for it ("ministers", "DfT", "the council cabinet"). */
const governmental = (w: Word): boolean => w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'government-relations' && e.weight >= 2))

/** The verb's object is a government body or its people ("the mayor's office", "ministers"). */
function pressesGovernment(words: readonly Word[], verb: number): boolean {
  const at = words.findIndex((w, j) => j > verb && w.clause === words[verb].clause && w.place === 'head' && !w.prep)
  if (at < 0) return false
  return [at, ...words.map((w, j) => (w.place === 'mod' && w.head === at ? j : -1)).filter((j) => j >= 0)].some((j) => words[j].keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'government-relations' && e.weight >= 3)))
}

/** The verb's first head, before any preposition, names people ("pushes the team to …"). */
function pressesPeople(words: readonly Word[], verb: number): boolean {
  const object = words.find((w, j) => j > verb && w.clause === words[verb].clause && w.place === 'head' && !w.prep)
  return !!object && lexicon.isOrganisationHead(object.keys)
}


export function advocacyCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  // "Campaigns against the proposed emissions legislation".
  // "Pushes the mayor's office for a new pier": a government body pressed is government relations.
  const pressed = words.findIndex((w, j) => w.place === 'verb' && w.clause === 0 && has(w, PRESSING) && pressesGovernment(words, j))
  if (pressed >= 0) return [{ domain: 'government-relations', score: SCORE, words: [pressed], ownable: false, byVerb: true }]
  // "Pushes the team to follow the safety rules" presses people, not a case: nobody is the verb's object.
  const pressing = words.findIndex((w, j) => w.place === 'verb' && w.clause === 0 && has(w, PRESSING) && !pressesPeople(words, j))
  // The rule is what the case is for or against, or a public body is named as where it is pressed.
  const publicBody = words.some((w) => has(w, OUTSIDE_PEOPLE))
  // ("Meet DfT officials to argue for changes to the rules": the case may be the meeting's purpose.)
  const purpose = pressing >= 0 ? -1 : words.findIndex((w, j) => w.place === 'verb' && w.clause === 1 && words[j - 1]?.lower === 'to' && has(w, PRESSING))
  const from = pressing >= 0 ? pressing : purpose
  const rule = from >= 0 ? words.findIndex((w, j) => j > from && w.clause === words[from].clause && (w.place === 'head' || w.place === 'mod') && has(w, PUBLIC_RULES) && (publicBody || CASE_PREPS.has(w.prep ?? ''))) : -1
  if (rule >= 0) return [{ domain: 'government-relations', score: SCORE, words: [from, rule], ownable: false, byVerb: true }]
  // "Lead our campaign vs the new licence scheme": a campaign, named as a noun, against a public rule.
  // "Run our campaign at the council", "the zoo's campaign for government funding": or one aimed at government.
  const campaign = words.findIndex((w, j) => w.place === 'head' && w.clause === 0 && has(w, CAMPAIGNS) &&
    (words.slice(j + 1, j + 9).some((r) => CASE_PREPS.has(r.prep ?? '') && r.prep !== 'for' && has(r, PUBLIC_RULES)) || words.slice(j + 1, j + 6).some((r) => !!r.prep && r.prep !== 'of' && governmental(r))))
  if (campaign >= 0) return [{ domain: 'government-relations', score: SCORE, words: [campaign], ownable: false }]
  // "Lead our pitch to the council cabinet", "put the case to ministers": a case put to government.
  const pitch = words.findIndex((w) => w.place === 'head' && w.clause === 0 && !w.prep && has(w, PITCHES))
  const toGovernment = pitch >= 0 ? words.findIndex((w, j) => j > pitch && j <= pitch + 5 && w.prep === 'to' && governmental(w)) : -1
  if (toGovernment > 0) return [{ domain: 'government-relations', score: SCORE, words: [pitch, toGovernment], ownable: false }]
  // "Represents the yard in talks with defence ministers", "argues the wholesalers' case on the DHSC working group".
  const speaking = words.findIndex((w) => w.place === 'verb' && (has(w, REPRESENTING) || has(w, PRESSING)))
  const withGovernment = speaking >= 0 ? words.findIndex((w, j) => j > speaking && (w.prep === 'with' || w.prep === 'on' || w.prep === 'to' || w.prep === 'before' || w.prep === 'at') && governmental(w)) : -1
  const talks = withGovernment > 0 && (has(words[speaking], PRESSING) || words.some((w, j) => j > speaking && j < withGovernment && has(w, TALKS)))
  if (talks) return [{ domain: 'government-relations', score: SCORE, words: [speaking, withGovernment], ownable: false, byVerb: true }]
  // "sits on the DHSC working group arguing the wholesalers' case": a case argued where government is named.
  const arguing = words.findIndex((w) => has(w, PRESSING) && (/ing$/.test(w.lower) || w.place === 'verb'))
  const cased = arguing >= 0 && words.slice(arguing + 1, arguing + 5).some((w) => w.place === 'head' && has(w, PITCHES)) && words.some((w) => governmental(w))
  if (cased) return [{ domain: 'government-relations', score: SCORE, words: [arguing], ownable: false, byVerb: true }]
  // "Wins politicians over on the depot planning row", "persuades councillors": winning over government.
  const winning = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && (has(w, WINNING) || (w.keys.includes(WIN) && w.particle === 'over')))
  const officials = winning >= 0 ? words.findIndex((w, j) => j > winning && j <= winning + 3 && w.place === 'head' && !w.prep && has(w, OUTSIDE_PEOPLE) && !has(w, MEDIA_OR_MONEY)) : -1
  if (officials > 0) return [{ domain: 'government-relations', score: SCORE, words: [winning, officials], ownable: false, byVerb: true }]
  // "negotiate with the water authority to loosen the discharge rules": talks with a public body to change its rules.
  // ("push the regulator to loosen our leakage targets": or pressed, as the object, to change what it sets.)
  const pressedBefore = (j: number): boolean => words.slice(0, j).some((v) => v.place === 'verb' && v.clause === 0 && has(v, PRESSING))
  // ("campaign with harbour authority board members to change …": the body may describe its people, a word for people or a
  // plural.)
  const body = words.findIndex((w, j) => w.clause === 0 && (w.prep === 'with' || w.prep === 'to' || (!w.prep && pressedBefore(j))) && (w.place === 'head' || (w.place === 'mod' && lexicon.isOrganisationHead(words[w.head].keys)) || (w.place === 'mod' && /s$/.test(words[w.head].lower))) && has(w, PUBLIC_BODIES))
  const loosening = body >= 0 ? words.findIndex((w, j) => j > body && w.place === 'verb' && words[j - 1]?.lower === 'to' && has(w, RULE_CHANGING)) : -1
  const loosened = loosening > 0 ? words.findIndex((w, j) => j > loosening && j <= loosening + 4 && w.place === 'head' && (has(w, PUBLIC_RULES) || has(w, SET_LIMITS))) : -1
  if (loosened > 0) return [{ domain: 'government-relations', score: SCORE, words: [body, loosening, loosened], ownable: false, byVerb: true }]
  // "… to get the rules changed for the site".
  const getting = words.findIndex((w) => w.place === 'verb' && w.keys.includes(GET))
  const changed = getting >= 0 ? words.findIndex((w, j) => j > getting + 1 && j <= getting + 5 && CHANGED.has(w.lower)) : -1
  const changedRule = changed > 0 ? words.findIndex((w, j) => j > getting && j < changed && has(w, PUBLIC_RULES)) : -1
  if (changedRule > 0) return [{ domain: 'government-relations', score: SCORE, words: [getting, changedRule, changed], ownable: false, byVerb: true }]
  return []
}
