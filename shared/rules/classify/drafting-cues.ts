// Drafting a contract is legal work, whatever it is for: "draft + negotiate the artist
// contracts", "drafts the lease terms with the landlord's solicitors". Negotiating or
// agreeing a supplier's contract without drafting it is buying, and stays with operations.

import { hasKey as has, wordKeys } from '../lexicon'
import type { ParsedLabel } from '../nlp/parse'
import type { Hit } from './domain-scores'

const DRAFTING = wordKeys('draft redraft')
/** What a lawyer drafts. */
const INSTRUMENTS = wordKeys('contract contracts lease leases terms agreement agreements clause clauses')

export function draftingCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && has(w, DRAFTING))
  if (verb < 0) return []
  // ("draft and negotiate the lease": the object may follow a second verb joined to the first.)
  const object = words.findIndex((w, j) => j > verb && j <= verb + 8 && w.clause === 0 && w.place === 'head' && !w.prep)
  return object > 0 && has(words[object], INSTRUMENTS) ? [{ domain: 'legal', score: 3.5, words: [verb, object], ownable: false, byVerb: true }] : []
}
