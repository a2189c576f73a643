// Choosing reads by what is chosen. Choosing how a product looks or is made of ("chooses
// the colours, fabrics and trims for next season's collection") is design work; choosing
// what the company as a whole will do ("decides which products the company will launch",
// "which firms the group should buy") is strategy. Choosing a carrier, a rota or which
// depot serves a region names neither shape.

import { hasKey as has, key, lexicon, wordKeys } from '../lexicon'
import { MODALS } from '../nlp/words'
import type { ParsedLabel, Word } from '../nlp/parse'
import { type Hit, objectAt } from './domain-scores'


const CHOOSING = wordKeys('choose pick select decide determine specify agree approve set settle shape sort')
/** How a product looks or what it is made of. */
const ATTRIBUTES = wordKeys('colour colours color colors fabric fabrics finish finishes trim trims material materials texture textures pattern patterns flavour flavours scent shape silhouette palette')
/** What the attributes are for: a product or a range of them. */
const PRODUCTS = wordKeys('collection collections range ranges product products design designs season model models line-up')
/** The company as a whole, as the one that acts. */
const COMPANY = new Set(['company', 'business', 'group', 'organisation', 'organization', 'firm', 'charity', 'trust', 'we'])
/** What a company does as a whole, not inside operations. */
const COMPANY_MOVES = wordKeys('launch buy acquire invest enter expand exit leave merge sell open close pursue develop target compete grow diversify divest partner head become bet go bid chase')
/** Where or what a company moves into as a whole. */
const MARKETS = wordKeys('market markets country countries territory territories sector sectors segment segments region regions city cities town towns company companies firm firms business businesses brand brands acquisition acquisitions')
const MONEY_MOVES = wordKeys('invest')
/** Moves of an organisation as a whole, said of it: "the farm moves into …", "co-op expands to …". */
const WHOLE_MOVES = wordKeys('expand merge diversify pivot franchise')
const WORKING_GROUPS = new Set(['crew', 'crews', 'staff', 'line', 'unit', 'desk', 'office', 'stock', 'production', 'kit', 'fleet'])
const DIRECTIONS = wordKeys('direction vision future course mission')
const QUESTIONS = new Set(['which', 'what', 'whether', 'where', 'if'])
const OPEN = key('open')
const CHASE = key('chase')
const BREAK = key('break')
/** "which companies to chase for unpaid invoices": firms chased for what they owe are debtors, not a market gone after. */
const chasedForMoney = (words: readonly Word[], move: number): boolean => words[move].keys.includes(CHASE) && words[move + 1]?.lower === 'for' && words.slice(move + 2, move + 5).some((w) => has(w, OWED))
const OWED = wordKeys('invoice invoices debt debts payment payments arrears money balance balances bill bills')
/** What the team works at: one more of these opened is capacity inside operations, not a new site. */
const WORK_POINTS = wordKeys('door doors line lines shift shifts bay bays lane lanes till tills checkout checkouts gate gates dock docks window windows counter counters queue queues desk desks station stations')
const CLOSE = key('close')
const ANOTHER = new Set(['second', '2nd', 'third', '3rd', 'another', 'new', 'fourth', 'further'])
const TRYING = new Set(['look', 'seek', 'aim', 'try', 'want', 'plan'])
const DECISIONS = wordKeys('decision decisions choice call')
const RIVALS = wordKeys('rival rivals competitor competitors competing')
const MOVE = key('move')
const OPERATING = wordKeys('work operate trade')
/** "what the company will look like in ten years": its shape as a whole. */
const LOOK = wordKeys('look')
const ASPIRING = new Set(['wants', 'want', 'aims', 'aim', 'hopes', 'hope', 'needs', 'need', 'plans'])
/** What happens to people's jobs. */
const STAFF_MOVES = wordKeys('promote hire recruit appoint dismiss sack fire employ regrade')
/** What goes into a piece of work: photos, music, wording. */
const CONTENT = wordKeys('photo photos picture pictures image images music song songs slogan slogans wording words copy artwork font fonts illustration illustrations celebrity celebrities presenter presenters voiceover')
const SCORE = 3
const COMPANY_MOVE_SCORE = 3.5


export function choiceCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const out: Hit[] = []
  const funding = fundingCue(words)
  if (funding) out.push(funding)
  const rival = rivalBoughtCue(words)
  if (rival) out.push(rival)
  const bigSpend = bigSpendCue(words)
  if (bigSpend) out.push(bigSpend)
  const looks = lookCue(words)
  if (looks) out.push(looks)
  const disposal = disposalCue(words)
  if (disposal) out.push(disposal)
  const intoNew = companyIntoNewWork(words)
  if (intoNew) out.push(intoNew)
  const venture = newVentureCue(words)
  if (venture) out.push(venture)
  // "Leads the decision on whether …": a decision named as a noun chooses as its verb would.
  const choosing = (w: Word, j: number): boolean => w.clause === 0 && ((w.place === 'verb' && has(w, CHOOSING)) || (w.place === 'head' && has(w, DECISIONS) && ['on', 'about', 'over'].includes(words[j + 1]?.lower ?? '')))
  // "Sets the direction … and decides which regions we open in": the choosing verb with a question after it decides.
  const asking = words.findIndex((w, j) => choosing(w, j) && words.slice(j + 1, j + 5).some((q) => QUESTIONS.has(q.lower)))
  const verb = asking >= 0 ? asking : words.findIndex(choosing)
  if (verb < 0) return out
  // "Chooses colours, fabrics and trims for …": two attributes in the object, or one for a product named after "for".
  const attributes = words.map((w, j) => j).filter((j) => j > verb && words[j].clause === 0 && !words[j].prep && has(words[j], ATTRIBUTES))
  const forProduct = words.findIndex((w, j) => j > verb && w.prep === 'for' && w.place === 'head' && has(w, PRODUCTS))
  if (attributes.length >= 2 || (attributes.length === 1 && forProduct >= 0)) {
    out.push({ domain: 'product-design', score: SCORE, words: [verb, attributes[0]], ownable: false, byVerb: true })
  }
  // "Decides which products the company will launch next year": the company, then a modal, then a move of its own.
  // ("Decided we open a 2nd bakery": a choice with "that" left out is a question answered.)
  const question = words.findIndex((w, j) => j > verb && j <= verb + 4 && (QUESTIONS.has(w.lower) || (j === verb + 1 && w.lower === 'we')))
  // "Chooses which markets to enter": markets, countries or firms, and a move of the company's own.
  // "Picks the brewery's five-year direction": what is chosen is where the company goes.
  const direction = words.findIndex((w, j) => j > verb && j <= verb + 6 && w.clause === 0 && w.place === 'head' && !w.prep && has(w, DIRECTIONS))
  // ("agree the courses with HR": training courses, in the plural, are no course the company takes.)
  if (direction > 0 && words[direction].lower !== 'courses' && !words.some((w, j) => j > verb && j < direction && w.place === 'head')) out.push({ domain: 'strategy', score: SCORE, words: [verb, direction], ownable: false })
  // "Chooses whether the park opens in a second city": a move of its own into a market.
  const marketMove = question >= 0 ? words.findIndex((w, j) => j > question && j <= question + 5 && has(w, COMPANY_MOVES) && ['in', 'into'].includes(words[j + 1]?.lower ?? '') && words.slice(j + 2, j + 5).some((m) => has(m, MARKETS))) : -1
  if (marketMove > 0) out.push({ domain: 'strategy', score: SCORE, words: [verb, marketMove], ownable: false })
  // "decide whether to open a 2nd dealership": opening or closing another of the company's own places.
  // ("decided we open another goods-in door": a door, line or shift opened is inside operations.)
  const another = question >= 0 ? words.findIndex((w, j) => j > question && j <= question + 4 && (w.keys.includes(OPEN) || w.keys.includes(CLOSE)) && words.slice(j + 1, j + 3).some((x) => ANOTHER.has(x.lower)) && !words.slice(j + 2, j + 6).some((x) => x.place === 'head' && has(x, WORK_POINTS))) : -1
  if (another > 0 && marketMove < 0) out.push({ domain: 'strategy', score: SCORE, words: [verb, another], ownable: false, span: another + 3 })
  // "Chooses which rival practice to buy up": a rival named anywhere in what is chosen is a firm the company moves on.
  // ("which of the two rival bakeries we buy": past an "of" phrase.)
  const chosenHead = question >= 0 ? words.findIndex((w, j) => j > question && j <= question + (words[question + 1]?.lower === 'of' ? 6 : 4) && w.place === 'head') : -1
  const chosen = chosenHead >= 0 ? words.slice(question + 1, chosenHead + 1) : []
  if (chosen.length && (has(chosen[chosen.length - 1], MARKETS) || chosen.some((w) => has(w, RIVALS))) && (words[chosenHead + 1]?.lower === 'to' || words[chosenHead + 1]?.lower === 'we') && has(words[chosenHead + 2], COMPANY_MOVES) && !chasedForMoney(words, chosenHead + 2)) {
    out.push({ domain: 'strategy', score: SCORE, words: [verb, chosenHead, chosenHead + 2], ownable: false, span: chosenHead + 2 })
  } else if (chosen.length && has(chosen[chosen.length - 1], MARKETS) && words[chosenHead].place === 'head') {
    // "Chooses which cities the shops open in next": markets, and a move made in them.
    // ("which towns the chain moves into next": moving into them is entering them.)
    // ("which overseas market the brewery breaks into": breaking into it is entering it.)
    const moveAt = words.findIndex((w, j) => j > chosenHead && j <= chosenHead + 5 && (has(w, COMPANY_MOVES) || ((w.keys.includes(MOVE) || w.keys.includes(BREAK)) && (words[j + 1]?.lower === 'into' || w.particle === 'into'))))
    if (moveAt > 0 && !chasedForMoney(words, moveAt)) out.push({ domain: 'strategy', score: SCORE, words: [verb, chosenHead, moveAt], ownable: false, span: moveAt })
  }
  if (question >= 0) {
    for (let j = question + 1; j < Math.min(words.length - 2, question + 10); j++) {
      // "which products the foundry should bet on": the business named before a modal acts as the company.
      // "where the cottage agency goes next": or said outright of it.
      // ("which shares the pension fund should buy" names a fund investing, not the company moving.)
      const business = (words[j].place === 'head' || words[j].place === 'mod') && !lexicon.isOrganisationHead(words[j].keys) && !words[j].keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'finance')) && (MODALS.has(words[j + 1]?.lower ?? '') || (/s$/.test(words[j + 1]?.lower ?? '') && has(words[j + 1], COMPANY_MOVES) && ['where', 'what', 'which', 'if', 'whether'].includes(words[question].lower) && !lexicon.isOperationalHead(words[j].keys))) && words.slice(question + 1, j).some((w) => w.lower === 'the')
      if (!COMPANY.has(words[j].lower) && !business) continue
      // "where the charity shop network should be": a company word describing the business is not yet the one that acts.
      if (!business && words[j].place === 'mod' && !ASPIRING.has(words[j + 1].lower) && !MODALS.has(words[j + 1].lower) && !has(words[j + 1], COMPANY_MOVES)) continue
      // "where the charity wants to be": an aim stands as a modal, "to" after it.
      const aim = ASPIRING.has(words[j + 1].lower) && words[j + 2]?.lower === 'to' ? j + 2 : -1
      // "where the company invests its reserve": a move of its own, said outright.
      // "if we open in Germany": said of "we", the move is in its plain form.
      const said = aim < 0 && !MODALS.has(words[j + 1].lower) && (words[j].lower === 'we' || /s$/.test(words[j + 1].lower)) && (has(words[j + 1], COMPANY_MOVES) || words[j + 1].keys.includes(MOVE)) && (COMPANY.has(words[j].lower) || words[j].place !== 'function') ? j : -1
      const modal0 = MODALS.has(words[j + 1].lower) ? j + 1 : aim >= 0 ? aim : said
      // "which firms the company should look to acquire": trying to move is the move.
      const modal = modal0 >= 0 && TRYING.has(words[modal0 + 1]?.lower ?? '') && words[modal0 + 2]?.lower === 'to' ? modal0 + 2 : modal0
      const move = modal >= 0 ? words[modal + 1] : undefined
      // "should move into grocery": moving into something is entering it.
      const into = !!move && move.keys.includes(MOVE) && words[modal + 2]?.lower === 'into'
      // "which countries the charity should work in": working or operating somewhere named as a market.
      const operating = !!move && ((has(move, OPERATING) && has(words[question + 1], MARKETS)) || (has(move, LOOK) && words[modal + 2]?.lower === 'like') || (move.lower === 'be' && words[question].lower === 'where'))
      // Above a plain word's weight: "should sell the bakery business" is the company's move, not selling to a customer.
      // "where the company invests its reserve": money it invests is a finance decision; what it invests in is strategy.
      const money = !!move && has(move, MONEY_MOVES) && !['in', 'into'].includes(words[modal + 2]?.lower ?? '')
      if (move && (has(move, COMPANY_MOVES) || into || operating)) out.push({ domain: money ? 'finance' : 'strategy', score: COMPANY_MOVE_SCORE, words: [verb, j, modal + 1], ownable: false, span: modal + 1 })
      break
    }
  }
  // "Decide whether the farm moves into pistachios", "decide if co-op expands to Bristol", "the final call on the trust merging
  // with …": the organisation itself expanding, merging or moving into new work.
  // ("the pick team moves into the new shed", "the night shift expands": a team or a part of operations is no organisation.)
  const mover = (j: number): boolean => !lexicon.isOrganisationHead(words[j].keys) && !lexicon.isOperationalHead(words[j].keys) && !WORKING_GROUPS.has(words[j].lower)
  const moving = (w: Word, j: number): boolean => (has(w, WHOLE_MOVES) || (w.keys.includes(MOVE) && words[j + 1]?.lower === 'into')) && mover(j - 1)
  const itself = question >= 0 ? words.findIndex((w, j) => j > question + 1 && j <= question + 4 && /(?:s|ing)$/.test(w.lower) && moving(w, j) && words[j - 1].place !== 'function')
    : words.findIndex((w, j) => j > verb && j <= verb + 6 && /ing$/.test(w.lower) && moving(w, j) && words[j - 1]?.place !== 'function' && words.slice(verb + 1, j).some((x) => x.lower === 'on'))
  if (itself > 0 && !out.some((h) => h.domain === 'strategy')) out.push({ domain: 'strategy', score: SCORE, words: [verb, itself], ownable: false, span: itself })
  // "Picks the photos for the summer leaflet": choosing what goes into a thing is making it; the thing names the work.
  const content = words.findIndex((w, j) => j > verb && j <= verb + 3 && w.place === 'head' && !w.prep && has(w, CONTENT))
  const into = content >= 0 ? words.findIndex((w, j) => j > content && w.clause === 0 && w.place === 'head' && (w.prep === 'for' || w.prep === 'on' || w.prep === 'in')) : -1
  const madeIn = into >= 0 ? lexicon.singles(words[into].keys[0]).find((e) => e.domain !== 'operations' && e.weight >= 2) : undefined
  if (madeIn) out.push({ domain: madeIn.domain, score: SCORE, words: [verb, content, into], ownable: false })
  // "Decides who gets promoted": who is taken on, promoted or let go is people policy.
  const who = words.findIndex((w, j) => j > verb && j <= verb + 2 && w.lower === 'who')
  const moved = who >= 0 ? words.findIndex((w, j) => j > who && j <= who + 3 && has(w, STAFF_MOVES) && (w.passive || /ed$/.test(w.lower))) : -1
  if (moved >= 0) out.push({ domain: 'hr', score: SCORE, words: [verb, who, moved], ownable: false })
  const pay = payCue(words, verb)
  if (pay) out.push(pay)
  return out
}

/** A sale or purchase named by its noun. */
const DISPOSALS = wordKeys('sale sell-off selloff disposal divestment divestiture purchase acquisition takeover')
/** Parts of the company itself: selling or buying one is the company's move. */
const PART_MOVES = wordKeys('sell divest spin')
const BRANDS = wordKeys('brand brands')
const COMPANY_PARTS = wordKeys('arm division subsidiary subsidiaries business businesses unit units brand chain')

/** "Negotiates the sale of the catering arm": a part of the company sold or bought is its strategy, not selling to a customer. */
function disposalCue(words: readonly Word[]): Hit | null {
  // "sell the van hire arm", "close the catering division": a verb of selling or closing over a part of the company.
  const selling = words.findIndex((w) => w.place === 'verb' && has(w, PART_MOVES))
  const sold = selling >= 0 ? words.findIndex((w, j) => j > selling && w.place === 'head' && !w.prep) : -1
  if (sold > 0 && has(words[sold], COMPANY_PARTS) && !has(words[sold], BRANDS)) return { domain: 'strategy', score: COMPANY_MOVE_SCORE, words: [selling, sold], ownable: false, span: sold }
  const sale = words.findIndex((w) => w.clause === 0 && w.place === 'head' && has(w, DISPOSALS))
  if (sale < 0) return null
  const part = words.findIndex((w, j) => j > sale && j <= sale + 5 && w.prep === 'of' && w.place === 'head' && has(w, COMPANY_PARTS))
  return part >= 0 ? { domain: 'strategy', score: COMPANY_MOVE_SCORE, words: [sale, part], ownable: false } : null
}

/** "Decides how much new nurses get paid", "sets what the drivers earn": what people are paid is pay policy. */
const PAID = wordKeys('pay earn')
/** Those paid for goods or a service, not for employment. */
const PAYEES = wordKeys('supplier suppliers vendor vendors contractor contractors haulier hauliers carrier carriers agency agencies firm firms')

function payCue(words: readonly Word[], verb: number): Hit | null {
  const question = words.findIndex((w, j) => j > verb && j <= verb + 2 && (w.lower === 'how' || w.lower === 'what'))
  if (question < 0 || (words[question].lower === 'how' && words[question + 1]?.lower !== 'much')) return null
  const paid = words.findIndex((w, j) => j > question && j <= question + 7 && has(w, PAID))
  if (paid < 0 || words.slice(question + 1, paid).some((w) => has(w, PAYEES))) return null
  const payee = words.slice(question + 1, paid).findIndex((w) => w.place === 'head' || w.place === 'mod')
  return payee >= 0 ? { domain: 'hr', score: SCORE, words: [verb, question + 1 + payee, paid], ownable: false } : null
}

/** Spending named as such: with a sum in millions it is a major investment decision. */
const INVESTING = wordKeys('investment invest capex acquisition')
const SPENDING = wordKeys('spend spending investment invest purchase capex outlay budget acquisition')

/** "Signs off £2m spend on a second ferry": a sum of a million or more spent is a major financial decision. */
function bigSpendCue(words: readonly Word[]): Hit | null {
  // ("the twelve-million investment", "thirty million": a sum in words too.)
  const sum = words.findIndex((w, j) => /^[£$€]?\d+(\.\d+)?(m|bn)$/.test(w.lower) || (/^\d+(\.\d+)?$/.test(w.lower) && ['m', 'bn', 'million', 'billion'].includes(words[j + 1]?.lower ?? '')) ||
    ((w.lower === 'million' || w.lower === 'billion') && j > 0 && words[j - 1].place !== 'function') || /^[a-z]+-(million|billion)$/.test(w.lower))
  // ("£400k fleet investment": hundreds of thousands invested is a major decision too; a budget of that size is run.)
  const thousands = words.findIndex((w, j) => { const m = /^[£$€]?(\d+)k?$/.exec(w.lower); return !!m && Number(m[1]) >= 250 && (/k$/.test(w.lower) || words[j + 1]?.lower === 'k') })
  const invested = thousands >= 0 ? words.findIndex((w, j) => Math.abs(j - thousands) <= 4 && has(w, INVESTING)) : -1
  if (invested >= 0) return { domain: 'finance', score: COMPANY_MOVE_SCORE, words: [thousands, invested], ownable: false }
  if (sum < 0) return null
  const spend = words.findIndex((w, j) => Math.abs(j - sum) <= 4 && has(w, SPENDING))
  return spend >= 0 ? { domain: 'finance', score: COMPANY_MOVE_SCORE, words: [sum, spend], ownable: false } : null
}

const BUYING = wordKeys('buy acquire merge takeover')
const TAKE = key('take')

/** "Decide if we buy out the rival coach firm": buying or merging with a rival is the company's move. */
function rivalBoughtCue(words: readonly Word[]): Hit | null {
  // ("the final call on buying the rival fleet": a gerund after a preposition buys too.)
  const verb = words.findIndex((w) => (w.place === 'verb' || (/ing$/.test(w.lower) && !!w.prep)) && (has(w, BUYING) || (w.keys.includes(TAKE) && w.particle === 'over')))
  // "Estimate the staff needed if we buy the rival chain": a condition, not the choice, unless a choosing verb governs it.
  const opener = verb > 0 ? words.find((w) => w.clause === words[verb].clause) : undefined
  if (verb > 0 && opener?.lower === 'if' && !words.some((w) => w.place === 'verb' && w.clause === 0 && has(w, CHOOSING))) return null
  if (verb < 0) return null
  // "which rival lab we buy": the rival may come before the verb, as what is chosen.
  const rival = words.findIndex((w, j) => (j < verb ? verb - j <= 6 : j - verb <= 4) && j !== verb && (j < verb || w.clause === words[verb].clause) && (!w.prep || w.prep === words[verb].prep) && has(w, RIVALS))
  return rival >= 0 ? { domain: 'strategy', score: COMPANY_MOVE_SCORE, words: [verb, rival], ownable: false } : null
}

/** "Works out how the company pays for its new headquarters": how the company as a whole pays for something is its funding. */
function fundingCue(words: readonly Word[]): Hit | null {
  // "Finds investors to fund the new plant": backers found or won to pay for something.
  const backers = words.findIndex((w) => w.clause === 0 && w.place === 'head' && !w.prep && has(w, BACKERS))
  const funds = backers >= 0 ? words.findIndex((w, j) => j > backers && j <= backers + 3 && w.place === 'verb' && w.clause > 0 && has(w, FUNDING)) : -1
  if (funds >= 0) return { domain: 'finance', score: SCORE + 0.5, words: [backers, funds], ownable: false }
  const how = words.findIndex((w) => w.lower === 'how' && w.clause === 0)
  if (how < 0) return null
  // "how the £2m from the sale gets invested": a sum of money, and how it is invested or spent.
  const sum = words.findIndex((w, j) => j > how && j <= how + 3 && /^[£$€]\d/.test(w.lower))
  const spent = sum > 0 ? words.findIndex((w, j) => j > sum && j <= sum + 8 && /ed$/.test(w.lower) && has(w, FUNDING)) : -1
  if (spent > 0) return { domain: 'finance', score: SCORE, words: [how, sum, spent], ownable: false }
  // ("how the company's cash reserves get invested": the company may name whose money it is.)
  const payer = words.findIndex((w, j) => j > how && j <= how + 5 && COMPANY.has(w.lower))
  // "how the whole business gets funded": paid for, or funded.
  const pays = payer >= 0 ? words.findIndex((w, j) => j > payer && j <= payer + 5 && ((has(w, PAY) && words[j + 1]?.lower === 'for') || (has(w, FUNDING) && /ed$/.test(w.lower)))) : -1
  return pays >= 0 ? { domain: 'finance', score: SCORE, words: [how, payer, pays], ownable: false } : null
}

/** "Comes up with the look of the new phone case": how a product looks, made up by the role, is design. */
function lookCue(words: readonly Word[]): Hit | null {
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && (has(w, CREATING) || (has(w, CREATING_WITH_PARTICLE) && (w.particle === 'up' || w.particle === 'out'))))
  if (verb < 0) return null
  // "the look, shape and materials of our next caddies": the "of" may follow a short list.
  // "Comes up with the design for the new gift box": a design made up for a product is design work.
  // ("the design and artwork for the packaging": a short list may stand before the "for".)
  const design = words.findIndex((w, j) => j > verb && j <= verb + 4 && (w.place === 'head' || w.place === 'mod') && has(w, DESIGN_NOUNS) && words.slice(j + 1, j + 4).some((x) => x.lower === 'for' || x.lower === 'of'))
  if (design > 0) return { domain: 'product-design', score: SCORE, words: [verb, design], ownable: false }
  const look = words.findIndex((w, j) => j > verb && w.place === 'head' && has(w, APPEARANCE) && words.slice(j + 1, j + 6).some((x) => x.lower === 'of'))
  const product = look >= 0 ? words.findIndex((w, j) => j > look && w.place === 'head' && w.prep === 'of') : -1
  return product >= 0 && !lexicon.isOperationalHead(words[product].keys) ? { domain: 'product-design', score: SCORE, words: [verb, look, product], ownable: false } : null
}
const PAY = wordKeys('pay')
const BACKERS = wordKeys('investor investors lender lenders backer backers bank banks financier financiers')
const FUNDING = wordKeys('fund finance bankroll back invest')
const CREATING = wordKeys('create invent sketch draw design shape style decide choose')
const CREATING_WITH_PARTICLE = wordKeys('come work dream think')
const DESIGN_NOUNS = wordKeys('design designs concept concepts')
const APPEARANCE = wordKeys('look appearance styling style shape feel')

/** Places an organisation moves into: a move of site, not of work. */
const NEW_PLACES = new Set('warehouse warehouses office offices site sites building buildings unit units premises depot depots yard store stores shop shops hall hq headquarters factory plant home centre center room rooms area areas'.split(' '))
/** Moving or taking something into new work: "moves into", "take the mill into". */
const INTO_MOVES = wordKeys('move take branch expand diversify')
/** The organisation as a whole, however named: "the dairy group", "the firm", "the mill" (COMPANY's words, and more). */
const WHOLE = new Set([...COMPANY, 'brand', 'chain', 'mill', 'estate'].filter((w) => w !== 'we'))
/** Words before a move that make it a time, not a choice: "before we go into winter". */
const TIMING = new Set(['before', 'when', 'as', 'once', 'after', 'until', 'while'])

/**
 * "Decide whether the dairy group moves into plant-based milk", "take the mill into technical fabrics": the organisation
 * as a whole, as the subject or the object of the move, moved into new work is its direction. A team or stock moved into
 * a place ("move the stock into bay 4", "the group into the visitor centre") is not, nor a move said as a time.
 */
function companyIntoNewWork(words: readonly Word[]): Hit | null {
  const into = words.findIndex((w, j) => w.lower === 'into' && j > 1)
  if (into < 0) return null
  // The organisation just before "into" (the object: "take the mill into") or just before the move (the subject).
  const object = WHOLE.has(words[into - 1].lower) && words.slice(Math.max(0, into - 4), into - 1).findIndex((x) => has(x, INTO_MOVES) && x.place !== 'function')
  const move = object !== false && object >= 0 ? Math.max(0, into - 4) + object : has(words[into - 1], INTO_MOVES) && WHOLE.has(words[into - 2]?.lower ?? '') ? into - 1 : -1
  // ("before the group moves into its busy season": said of when, with the organisation as the subject.)
  if (move < 0 || (move === into - 1 && words.slice(Math.max(0, move - 4), move).some((x) => TIMING.has(x.lower)))) return null
  // ("we move into the new warehouse in May": a place moved into is a site move.)
  const target = words.find((x, j) => j > into && x.place === 'head')
  if (!target || lexicon.isOperationalHead(target.keys) || NEW_PLACES.has(target.lower)) return null
  return { domain: 'strategy', score: SCORE, words: [move, into], ownable: false }
}

/** Verbs of starting a business; the parts of a company that can be started. */
const STARTING = wordKeys('launch start create establish')
const VENTURES = wordKeys('business businesses venture ventures division subsidiary arm company')

/** "launch a whole new art-glass business", "start a new catering venture": a new business started is the company's move. */
function newVentureCue(words: readonly Word[]): Hit | null {
  const verb = words.findIndex((w) => has(w, STARTING) && (w.place === 'verb' || words[words.indexOf(w) - 1]?.lower === 'to'))
  if (verb < 0) return null
  // ("the new division org chart", "the new business hours": a venture word describing something else is no venture.)
  const object = objectAt(words, verb)
  const venture = object < 0 || !has(words[object], VENTURES) || !words.slice(verb + 1, object).some((m) => m.lower === 'new') ? -1 : object
  return venture > 0 ? { domain: 'strategy', score: COMPANY_MOVE_SCORE, words: [verb, venture], ownable: false } : null
}
