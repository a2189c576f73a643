// Outside bodies and places read by how they are written more than by their words: a
// government department by its capitalised name ("the Department for Education", "the
// Ministry of Defence"), and opening in a named country as a decision to be taken
// ("decides whether the business should open in France"). Lower-case "department of
// the store" or "opens the depot in Leeds" (an object before the place) have no such shape.

import { wordKeys } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import type { Hit } from './domain-scores'


const BODIES = new Set(['Department', 'Ministry', 'Secretary'])
/** A body's own people and sittings: "Department for Transport officials", "the Department of Health consultation". */
const BODY_PEOPLE = new Set(['officials', 'official', 'ministers', 'minister', 'officers', 'staff', 'team', 'consultation', 'consultations', 'inquiry', 'hearing', 'committee', 'panel', 'roundtable', 'review'])
const DECIDING = wordKeys('decide determine choose select weigh consider judge agree approve')
const OPENING = wordKeys('open launch expand enter move')
/** Capitalised words that are times, not places: "open in December". */
const TIMES = new Set(`january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday spring summer autumn winter christmas easter q1 q2 q3 q4`.split(/\s+/))
const capitalised = (w: Word | undefined): boolean => !!w && /^[A-Z][a-z]/.test(w.text) && !TIMES.has(w.lower)
const SCORE = 3

export function namedCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const out: Hit[] = []
  words.forEach((w, i) => {
    // "the Department for Education": a capitalised body "for"/"of" a capitalised field, not the label's first word.
    // "the Department of Health guidance": the body names where a thing comes from, not a party the role deals with.
    // ("Department for Transport officials", "the Department of Health consultation": its people and sittings are the body itself.)
    const describes = !!words[i + 3] && words[i + 3].place !== 'function' && words[i + 3].prep === words[i + 2]?.prep && !BODY_PEOPLE.has(words[i + 3].lower)
    if (i > 0 && BODIES.has(w.text) && (words[i + 1]?.lower === 'for' || words[i + 1]?.lower === 'of') && capitalised(words[i + 2]) && !describes) {
      out.push({ domain: 'government-relations', score: SCORE, words: [i, i + 1, i + 2], ownable: false })
    }
  })
  // "Decides whether the business should open in France": entering a named country, decided.
  const deciding = words.some((w) => w.place === 'verb' && w.clause === 0 && w.keys.some((k) => DECIDING.has(k)))
  if (deciding) {
    words.forEach((w, i) => {
      const at = words[i + 1]
      if (i === 0 || !w.keys.some((k) => OPENING.has(k)) || !at || (at.lower !== 'in' && at.lower !== 'into')) return
      const place = words[i + 2]?.lower === 'the' ? i + 3 : i + 2
      if (capitalised(words[place])) out.push({ domain: 'strategy', score: SCORE, words: [i, i + 1, place], ownable: false })
    })
  }
  return out
}
