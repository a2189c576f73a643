// A thing designed to be sold is a product, whatever it is made of: "design the
// recycled-plastic bench we want to sell", "develop a gift box to sell in the shop". The
// same verbs over the operation's own things ("design the pick routes") have no buyer.

import { hasKey as has, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel } from '../nlp/parse'
import type { Hit } from './domain-scores'

/** Verbs of making a thing up: designing, developing, prototyping it. */
export const MAKING_UP = wordKeys('design develop invent create devise prototype sketch')
/** Only the verbs of selling itself: "stock", "launch" and "market" also name what a shop floor or a shift does. */
const SELLING = wordKeys('sell resell retail')
/** How the operation works, designed or developed: never what it sells. */
const WAYS_OF_WORKING = wordKeys('layout layouts route routes process processes flow flows rota rotas schedule schedules system systems workflow workflows floor space')

export function productCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && has(w, MAKING_UP))
  if (verb < 0) return []
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep)
  // ("the store layout we sell from": the operation's own things are no product.)
  if (object < 0 || lexicon.isOperationalHead(words[object].keys) || has(words[object], WAYS_OF_WORKING)) return []
  // "… we want to sell", "… to sell in the shop", "… we'll sell": the object is what is sold, and it decides, not the verb.
  const sold = words.findIndex((w, j) => j > object && j <= object + 5 && has(w, SELLING) && (words[j - 1]?.lower === 'to' || words[j - 1]?.lower === 'we' || words[j - 1]?.lower === "we'll") && words[j + 1]?.lower !== 'from')
  return sold > 0 ? [{ domain: 'product-design', score: 3, words: [verb, object, sold], ownable: false }] : []
}
