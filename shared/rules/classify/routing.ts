// Enquiries routed to whose work they are: "sends any reporter who rings straight to the
// press office", "press calls → comms team", "leaves all press handling to them". Passing
// the callers or questions on hands that work over (oversight), it does not do it.

import { hasKey as has, lexicon, wordKeys } from '../lexicon'
import type { Word } from '../nlp/parse'

const ROUTING = wordKeys('send pass refer forward route direct redirect put hand transfer leave')
const INCOMING = wordKeys('reporter reporters journalist journalists call calls caller callers enquiry enquiries inquiry inquiries query queries question questions request requests')
const LEFT = wordKeys('leave')
const STRAIGHT = new Set(['straight', 'direct', 'directly', 'through'])
const THEY = new Set(['them', 'they'])

/** The words of the routing ("Sends", "to", "press office"), or null when nothing is routed to its owner. */
export function routedToOwner(words: readonly Word[]): string[] | null {
  // ("the press office", "the comms team": a department's own office or team.)
  const owners = (m: Word): boolean => lexicon.isDepartment(m.keys) || m.lower === 'press'
  const to = words.findIndex((w, j) => w.prep === 'to' && w.place === 'head' && (lexicon.isDepartment(w.keys) || (lexicon.isOrganisationHead(w.keys) && words.some((m) => m.head === j && m.place === 'mod' && owners(m))) || (THEY.has(w.lower) && words.slice(0, j).some((x) => lexicon.isDepartment(x.keys)))))
  // ("leaving all press handling to them": "them" is a pronoun, read as a little word.)
  const toThem = to >= 0 ? to : words.findIndex((w, j) => THEY.has(w.lower) && words[j - 1]?.lower === 'to' && words.slice(0, j).some((x) => lexicon.isDepartment(x.keys)))
  if (toThem < 0) return null
  const verb = words.findIndex((w, j) => j < toThem && (w.place === 'verb' || /ing$/.test(w.lower)) && has(w, ROUTING))
  // ("any press calls → straight to comms": an arrow read as "straight to" routes them too; "reporting to the comms team" does not.)
  const straight = words.slice(Math.max(0, toThem - 4), toThem).some((w) => STRAIGHT.has(w.lower))
  if (verb < 0 && !straight) return null
  // ("leaving all press handling to them": what is left to them may be the handling itself.)
  const routed = words.findIndex((w, j) => j < toThem && w.place !== 'function' && (has(w, INCOMING) || (verb >= 0 && has(words[verb], LEFT) && /^handling$/.test(w.lower))))
  if (routed < 0) return null
  const owner = words.filter((m, j) => j === toThem || (m.head === toThem && m.place === 'mod')).map((m) => m.text).join(' ')
  return [verb >= 0 ? words[verb].text : words[routed].text, 'to', owner]
}
