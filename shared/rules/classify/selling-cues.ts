// Selling often hides behind friendly verbs: recommending a range to shoppers, handing
// out samples to potential customers, suggesting upgrades to clients. The shape is a
// verb of putting something forward with a buyer as its object or its recipient. An
// operations duty that serves customers ("resolve complaints from customers") has no
// such verb.

import { key, lexicon } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import type { Hit } from './domain-scores'

const PUTTING_FORWARD = new Set(
  'recommend suggest offer propose pitch present demonstrate demo show introduce promote hand give sample advise upsell encourage persuade convince talk'
    .split(' ')
    .map(key)
)
const BUYERS = new Set(
  'customer client shopper buyer prospect consumer guest retailer stockist distributor patient visitor passer-by walk-in walk-ins lead account caller diner passenger shop store supermarket cafe café restaurant pub'.split(' ').map(key)
)
/** Verbs that are selling wherever they stand ("visits shops to persuade them to stock …"): the buyer may be named in the clause before. */
const WINNING_OVER = new Set('persuade convince'.split(' ').map(key))
const GET = key('get')
const SELL = key('sell')
const OBJECTS = new Set(['them', 'him', 'her'])
const BUYING = new Set('buy order purchase book spend renew upgrade switch sign stock return'.split(' ').map(key))
/** Prepositions that name who receives what is put forward. */
const TO_WHOM = new Set([undefined, 'to', 'for', 'at', 'with'])
const SCORE = 2.5

/** "closes the party package sales", "closing the dress sales": a sale or deal closed is a sale made. */
const CLOSE = key('close')
const CLOSED = new Set('sale sales deal deals contract contracts'.split(' ').map(key))
const CONTRACTS = new Set(['contract', 'contracts'].map(key))
/** Whom a contract is closed with when it is ended or bought, not sold: "close the contract with the old haulier". */
const OUTSIDE_SUPPLIERS = new Set('supplier suppliers vendor vendors contractor contractors provider providers haulier hauliers landlord landlords'.split(' ').map(key))

function closesSales(words: ParsedLabel['words']): Hit | null {
  // ("I close the …": after "I" the word is the verb, whatever the tagger says.)
  const verb = words.findIndex((w, j) => (w.place === 'verb' || /ing$/.test(w.lower) || words[j - 1]?.lower === 'i') && w.keys.includes(CLOSE))
  // ("close out the contracts file", "close down the old deals board": with a particle, closing ends something.)
  // ("when sales closed the supermarket contract": a department named closing it is that department's deed.)
  if (verb < 0 || words[verb].particle || (verb > 0 && lexicon.isDepartment(words[verb - 1].keys))) return null
  // ("the group booking sales": the sales may close a run of words the tagger splits.)
  // ("closing the hospital cleaning contract deal": a deal or sale named beside the contract is what is closed.)
  const closed = (w: Word, j: number): boolean => j > verb && j <= verb + 6 && w.place !== 'verb' && !w.prep && w.keys.some((k) => CLOSED.has(k))
  const deal = words.findIndex((w, j) => closed(w, j) && !w.keys.some((k) => CONTRACTS.has(k)))
  const object = deal > 0 ? deal : words.findIndex(closed)
  // ("Close new contracts with airlines", "closing the big corporate contracts": contracts closed in the plural, or new, or
  // with someone, are sales; "close the old waste contract when the site shuts" ends one.)
  // ("close the contracts with the old hauliers": a supplier named makes it a contract ended or bought, whatever else.)
  const suppliers = words.some((w) => w.keys.some((k) => OUTSIDE_SUPPLIERS.has(k)))
  const withSomeone = words.some((w, j) => j > object && w.prep === 'with' && w.place === 'head')
  const newOne = words.slice(verb + 1, object).some((w) => w.lower === 'new')
  if (object > 0 && words[object].keys.some((k) => CONTRACTS.has(k)) && (suppliers || !(withSomeone || newOne || words[object].lower === 'contracts'))) return null
  return object > 0 ? { domain: 'sales', score: 3, words: [verb, object], ownable: false, byVerb: true } : null
}

export function sellingCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const closed = closesSales(words)
  if (closed) return [closed]
  // "work the showroom floor selling sofas to walk-ins": selling to buyers, in a clause after the work.
  const selling = words.findIndex((w) => /ing$/.test(w.lower) && w.keys.includes(SELL))
  const toBuyer = selling >= 0 ? words.findIndex((w, j) => j > selling && j <= selling + 5 && w.prep === 'to' && w.place === 'head' && w.keys.some((k) => BUYERS.has(k))) : -1
  if (toBuyer > 0) return [{ domain: 'sales', score: 3, words: [selling, toBuyer], ownable: false, byVerb: true }]
  const calling = callsToSell(words)
  if (calling) return [calling]
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && w.keys.some((k) => PUTTING_FORWARD.has(k)))
  if (verb < 0) return winningOver(words)
  const v = words[verb]
  // "Hand out samples", "give out leaflets": only with the particle do these verbs put something forward.
  // "Talks customers into the premium option": talking someone into buying.
  if (v.keys.includes(key('talk')) && !words.some((w) => w.lower === 'into')) return []
  if ((v.keys.includes(key('hand')) || v.keys.includes(key('give'))) && v.particle !== 'out' && !words.some((w) => w.keys.includes(key('sample')))) return []
  // "Advise the sales team on lead times before quotes go to customers": the role's own colleagues are who it advises.
  const object = words.find((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep)
  const at = object ? words.indexOf(object) : -1
  if (object && lexicon.isOrganisationHead(object.keys) && words.some((m) => m.head === at && m.place === 'mod' && lexicon.isDepartment(m.keys))) return []
  const buyer = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && TO_WHOM.has(w.prep) && w.keys.some((k) => BUYERS.has(k)))
  return buyer >= 0 ? [{ domain: 'sales', score: SCORE, words: [verb, buyer], ownable: false, byVerb: true }] : winningOver(words)
}

const CONTACTING = new Set('call phone telephone ring visit email approach meet contact canvass'.split(' ').map(key))
const SIGN = key('sign')
const SELLING_PURPOSE = new Set('sell win sign'.split(' ').map(key))
const IDEAS = new Set('idea ideas change changes plan plans vision benefit benefits case'.split(' ').map(key))

/** "Calls prospective members to sell the annual passes", "phones brokers to sell our policies": contacting people in order to sell. */
function callsToSell(words: ParsedLabel['words']): Hit | null {
  // ("Ring round florists to sell …": a card's first word may be its verb, whatever the tagger says.)
  const verb = words.findIndex((w, j) => (w.place === 'verb' || (j === 0 && !words.some((x) => x.place === 'verb' && x.clause === 0))) && w.clause === 0 && w.keys.some((k) => CONTACTING.has(k)))
  if (verb < 0) return null
  const purpose = words.findIndex((w, j) => j > verb + 1 && j <= verb + 9 && w.place === 'verb' && w.clause > 0 && words[j - 1]?.lower === 'to' && w.keys.some((k) => SELLING_PURPOSE.has(k)))
  // "visit families & sign them up to care packages": contacting people and signing them up.
  const signUp = words.findIndex((w, j) => j > verb + 1 && w.place === 'verb' && w.keys.includes(SIGN) && (w.particle === 'up' || words[j + 2]?.lower === 'up') && OBJECTS.has(words[j + 1]?.lower ?? ''))
  // ("ring the drivers to sell the idea of the new rota": an idea sold to people is persuasion, not a sale.)
  if (purpose > 0 && words.slice(purpose + 1, purpose + 4).some((w) => w.place === 'head' && w.keys.some((k) => IDEAS.has(k)))) return null
  const at = purpose > 0 ? purpose : signUp
  return at > 0 ? { domain: 'sales', score: 3, words: [verb, at], ownable: false, byVerb: true } : null
}

/** "Visits shops to persuade them to stock our biscuits": winning a buyer over, the buyer named anywhere before or after. */
function winningOver(words: ParsedLabel['words']): Hit[] {
  // "… to get them to order again": getting buyers to buy is winning them over too.
  // "… to sell them catering packages": selling to someone named by a pronoun.
  const sellTo = words.findIndex((w, j) => w.place === 'verb' && w.keys.includes(SELL) && OBJECTS.has(words[j + 1]?.lower ?? ''))
  if (sellTo >= 0) return [{ domain: 'sales', score: SCORE, words: [sellTo, sellTo + 1], ownable: false, byVerb: true }]
  const verb = words.findIndex((w, j) => w.place === 'verb' && (w.keys.some((k) => WINNING_OVER.has(k)) || (w.keys.includes(GET) && gotToBuy(words, j))))
  if (verb < 0) return []
  const buyer = words.findIndex((w) => w.place !== 'function' && w.clause <= words[verb].clause && TO_WHOM.has(w.prep) && w.keys.some((k) => BUYERS.has(k)))
  return buyer >= 0 ? [{ domain: 'sales', score: SCORE, words: [verb, buyer], ownable: false, byVerb: true }] : []
}

/** "get them to order again", "gets new shops to stock our range": a buyer, or a pronoun for one, then "to" and a verb of buying. */
function gotToBuy(words: ParsedLabel['words'], j: number): boolean {
  const object = words.findIndex((w, k) => k > j && k <= j + 3 && (OBJECTS.has(w.lower) || (w.place === 'head' && !w.prep && w.keys.some((x) => BUYERS.has(x)))))
  return object > 0 && words[object + 1]?.lower === 'to' && !!words[object + 2]?.keys.some((k) => BUYING.has(k))
}
