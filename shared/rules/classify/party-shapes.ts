// Who the work is done by, with or for, read from the words around a domain word: a
// department just before what it did ("the order sales won"), what the adverts promise,
// an outside party asking or pitched to, people staffed or acted on by an HR verb, and a
// verb many kinds of work share read by its object. Each answers for one word or hit.

import type { DomainId } from '../domains'
import { key, lexicon } from '../lexicon'
import type { Word } from '../nlp/parse'
import type { Hit } from './domain-scores'
import { OUTSIDE_PEOPLE } from './mode-cues'

/** Verbs many kinds of work share: "design" a benefits package, "file" trademark applications. */
const SHARED_VERB_DOMAINS: ReadonlySet<DomainId> = new Set(['product-design', 'clerical'])

/** The hit is such a verb, and its object is another domain's work: the object says what the work is. */
export function sharedVerbOverOtherWork(h: Hit, hits: readonly Hit[], words: readonly Word[]): boolean {
  if (!h.byVerb || !SHARED_VERB_DOMAINS.has(h.domain)) return false
  const verb = h.words[0]
  const inObject = (i: number): boolean => i > verb && words[i].clause === words[verb].clause && !words[i].prep
  return hits.some((o) => o.domain !== h.domain && o.domain !== 'operations' && o.score >= 2.5 && o.words.every(inObject))
}

/** Words standing for what was said or done: "what the adverts promise". */
const WHAT = new Set(['what', 'whatever', 'everything'])
/** Verbs of saying or offering: "what the adverts promise". */
const SAYING = new Set('promise promises promised say says said offer offers offered claim claims claimed state states stated'.split(' '))
/** Past forms after a department that say it did something ("the order sales won"). */
const PAST = new Set('won sold made set took brought got sent gave wrote built chose agreed promised booked ordered signed'.split(' '))

/** A department just before a past form names who did it: "the order sales won". */
export function doneBy(words: readonly Word[], i: number): boolean {
  const before = words[i - 1]
  const after = words[i + 1]
  return !!before && !!after && (before.place === 'head' || before.place === 'mod' || WHAT.has(before.lower)) && !before.prep && pastForm(after)
}

const pastForm = (w: Word): boolean => PAST.has(w.lower) || (/ed$/.test(w.lower) && w.place !== 'head' && w.place !== 'mod')

/** "fulfil orders as the ads promised": what something said or did, after "as", is the measure, not the work. */
export function asSaid(words: readonly Word[], i: number): boolean {
  const at = words[i - 1]?.lower === 'the' || words[i - 1]?.lower === 'our' ? i - 2 : i - 1
  const after = words[i + 1]
  // ("ready exactly as sold": the word itself may be what was said or done.)
  if (words[i - 1]?.lower === 'as' && words[i].place !== 'verb' && pastForm(words[i])) return true
  return !!after && ((words[at]?.lower === 'as' && pastForm(after)) || (WHAT.has(words[at]?.lower ?? '') && SAYING.has(after.lower)))
}

/** "Pitches to investors at demo day": what is put to investors, government or the press is theirs, not a sale. */
export function pitchedToOutsiders(words: readonly Word[], verb: number): boolean {
  // ("Meets the private equity owners to pitch them the growth story": "them" straight after, for the outsiders met.)
  const them = words[verb + 1]?.lower === 'them' && words.slice(0, verb).some((w) => w.place !== 'function' && w.place !== 'verb' && w.keys.some((k) => OUTSIDE_PEOPLE.has(k) || INVESTORS.has(k)))
  return them || words.some((w, j) => j > verb && w.clause === words[verb].clause && w.prep === 'to' && w.place === 'head' && w.keys.some((k) => OUTSIDE_PEOPLE.has(k)))
}
/** Words that name investors as describing words ('private equity owners', 'the fund's owners'), beside OUTSIDE_PEOPLE. */
const INVESTORS = new Set(['lender', 'equity', 'fund'].map(key))

/** Heads of asking or being the one to ask: "questions from …", "point of contact for …". */
export const ASKING_HEADS = new Set(['point', 'liaison', 'question', 'questions', 'enquiry', 'enquiries', 'query', 'queries', 'request', 'requests', 'call', 'calls', 'email', 'emails', 'contact', 'complaint', 'complaints'].map(key))

export function askedOrServed(words: readonly Word[], w: Word): boolean {
  const first = words.find((x) => x.clause === w.clause && x.place === 'head' && !x.prep)
  return !!first && first !== w && first.keys.some((k) => ASKING_HEADS.has(k))
}

const STAFFING = new Set(['staff', 'man'].map(key))

/** "Staff the kitchens for the promo week": people found for places, in the plural, is resourcing them, not working there. */
export function staffingPlaces(words: readonly Word[], verb: number): boolean {
  if (!words[verb].keys.some((k) => STAFFING.has(k)) || words[verb].particle) return false
  const object = words.find((w, j) => j > verb && w.clause === words[verb].clause && w.place === 'head' && !w.prep)
  // ("staff the extra packing shift": a shift staffed is found people, as places are.)
  // ("staff the finishing room for the xmas peak": a place staffed for a busy time ahead is resourced too.)
  const forBusyTime = words.some((w, j) => j > verb && w.prep === 'for' && w.place === 'head' && BUSY_TIMES.has(w.keys[0]))
  return !!object && ((object.lower !== object.lemma && /s$/.test(object.lower)) || SHIFTS.has(object.keys[0]) || forBusyTime || words.some((m) => m.head === words.indexOf(object) && m.place === 'mod' && SHIFTS.has(m.keys[0])))
}
const BUSY_TIMES = new Set(['peak', 'peaks', 'launch', 'event', 'weekend', 'rush', 'season', 'promo', 'festival', 'show', 'week', 'sale', 'sales'].map(key))
const SHIFTS = new Set(['shift', 'shifts', 'rota', 'rotas', 'roster', 'session', 'sessions', 'sitting', 'sittings'].map(key))

/** An HR verb acts on the word: "disciplines a receptionist in finance". */
export function hrVerbBefore(words: readonly Word[], i: number): boolean {
  return words.some((v, j) => j < i && v.place === 'verb' && v.clause === words[i].clause && lexicon.isVerbOf(v.keys, 'hr'))
}
