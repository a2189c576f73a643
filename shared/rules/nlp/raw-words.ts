// A label's words as the tagger gives them, before the parser places them: text, lemma,
// part of speech and lookup keys, with clause breaks (commas, brackets) and hyphen joins
// noted, and symbol abbreviations ("R&D", "H&S") made one word first.

import { BoundedCache } from '../bounded-cache'
import { lexicon } from '../lexicon'
import { normaliseWord } from '../text'
import { readCardWording } from './card-wording'
import { winkTokens } from './wink'

/** Shorthand of workshop cards, written out so the tagger reads whole words ("mgmt", "govt", "re:"). */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['mgmt', 'management'], ['mgt', 'management'], ['mgr', 'manager'], ['mgrs', 'managers'], ['govt', 'government'], ['gov', 'government'],
  ['mktg', 'marketing'], ['depts', 'departments'], ['reqs', 'requirements'], ['regs', 'regulations'], ['docs', 'documents'],
  ['info', 'information'], ['mtg', 'meeting'], ['mtgs', 'meetings'], ['biz', 'business'], ['ppl', 'people'], ['cust', 'customer'],
  ['custs', 'customers'], ['appt', 'appointment'], ['appts', 'appointments'], ['acct', 'account'], ['accts', 'accounts'],
  ['mfg', 'manufacturing'], ['qty', 'quantity'], ['wkly', 'weekly'], ['mthly', 'monthly'], ['yr', 'year'], ['yrs', 'years'],
  ['devs', 'developers'], ['approx', 'about'], ['t&cs', 'terms and conditions'], ['ts&cs', 'terms and conditions'], ['b4', 'before'], ['w/c', 'week commencing'], ['mkt', 'market'], ['mkts', 'markets'], ['journo', 'journalist'], ['journos', 'journalists'],
  ['hrs', 'hours'], ['grp', 'group'], ['grps', 'groups'], ['evry', 'every'], ['wich', 'which'], ['dont', 'do not'], ['scaff', 'scaffold'], ['cttee', 'committee'], ['cllrs', 'councillors'], ['cllr', 'councillor'], ['tmrw', 'tomorrow'], ['thru', 'through'], ['figs', 'figures'], ['procs', 'procedures'], ['co\'s', 'company\'s'], ['q\'s', 'questions'], ['qs', 'questions'],
  // Misspellings cards often carry.
  ['schedual', 'schedule'], ['scheduals', 'schedules'], ['managment', 'management'], ['recieve', 'receive'], ['recieves', 'receives'], ['recieved', 'received']
])
const SHORTHAND_WORD = new RegExp(`(?<![\\w&])(${[...SHORTHAND.keys()].map((k) => k.replace('&', '\\s*&\\s*')).join('|')})\\.?(?![\\w&])`, 'gi')
/** Shorthand written in capitals only: "PO" is a purchase order, "po" is not a word to guess at. */
const CAPITAL_SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\bPOs\b/g, 'purchase orders'], [/\bPO\b/g, 'purchase order'], [/\bQA\b/g, 'quality assurance'], [/\bQC\b/g, 'quality control'],
  // ("IR's questions", "send to Priya, IR": the team, named by its initials.)
  [/\bDept\b\.?(?=\s+(?:for|of)\s+[A-Z])/g, 'Department'], [/\bIR\b/g, 'investor relations team'], [/\bGR\b/g, 'government relations team']
]

const RATE_UNITS: Readonly<Record<string, string>> = { hr: 'hour', hrs: 'hour', h: 'hour', wk: 'week', mth: 'month', yr: 'year' }

/** A verb of staffing a post, just before "till": "staff till 3", "manned till 2". */
const STAFFING_A_POST = /\b(?:staff|staffs|staffed|staffing|man|mans|manned|manning)\s+$/i

/** Abbreviations written with symbols, made one word before tokenising. */
function prepare(label: string): string {
  // "120/hr", "2k cases/wk": a rate, not a department or a slash between two words.
  let text = label.replace(/(\d)\s*\/\s*(hr|hrs|h|wk|week|day|shift|mth|month)\b/gi, (m: string, d: string, unit: string) => `${d} per ${RATE_UNITS[unit.toLowerCase()] ?? unit}`)
  // ("2 staff hrs/wk", "days/month": a unit per a unit.)
  text = text.replace(/\b(hrs?|hours?|days?|shifts?|visits?)\s*\/\s*(wk|week|day|mth|month|yr|year)\b/gi, (m: string, a: string, b: string) => `${a} per ${RATE_UNITS[b.toLowerCase()] ?? b}`)
  // ("pickups/hr": after a plural, a lower-case "hr" is a rate too.)
  text = text.replace(/([a-z]s)\s*\/\s*hrs?\b/g, '$1 per hour')
  // "Gov Affairs", "government affairs team": the company's own department for it, as "public affairs".
  text = text.replace(/\bgov(?:ernment|t)?\.?\s+affairs\b/gi, 'public affairs')
  // "log w/ IT", "w/o sign-off": with and without.
  text = text.replace(/(?<![\w/])w\/o(?![\w/])\s*/gi, 'without ').replace(/(?<![\w/])w\/(?!c\b)\s*/gi, 'with ')
  // "till they fix it", "til March": before a clause or a time, "till" is "until", not a cash till.
  // ("Staff till 3 on Saturdays": after a verb of staffing a post, a number names the till.)
  text = text.replace(/\b(?:till|til)\s+(?=(?:they|we|I|he|she|you|then|now|next|late|end|the\s+end|mid|Jan\w*|Feb\w*|March|April|May|June|July|Aug\w*|Sept?\w*|Oct\w*|Nov\w*|Dec\w*|\d\w*)\b)/g, (m: string, at: number, whole: string) =>
    /\d/.test(whole[at + m.length] ?? '') && STAFFING_A_POST.test(whole.slice(0, at)) ? m : 'until ')
  // ("decide wether we …": a slip for "whether" before what is decided; "wether lambs" stay.)
  text = text.replace(/\bwether\s+(?=(?:we|to|or|the|it|they|a|an|our)\b)/gi, 'whether ')
  text = text.replace(SHORTHAND_WORD, (m, w: string) => SHORTHAND.get(w.toLowerCase().replace(/\s+/g, '')) ?? m)
  for (const [re, full] of CAPITAL_SHORTHAND) text = text.replace(re, full)
  return readCardWording(text)
    // "Runs the launch project end to end": how completely says nothing about what the work is.
    .replace(/,?\s*\b(?:end[\s-]+to[\s-]+end|(?:from\s+)?start[\s-]+to[\s-]+finish)\b/gi, '')
    // "re: the audit", "+ returns": a note's little words.
    .replace(/\bre:\s*/gi, 'about ')
    // "press release re recall": "re" standing alone before a word means about it.
    .replace(/(^|\s)re\s+(?=[a-z0-9£$])/gi, '$1about ')
    .replace(/\s\+\s/g, ' and ')
    // "builds the app in-house and …": after what is built it says where, not what kind ("the in-house team").
    .replace(/\bin-house(?=\s+(?:and|or|to|for|with|by|from)\b|\s*[,.;)]|\s*$)/gi, 'in house')
    .replace(/\b3PLs?\b/gi, 'third-party logistics')
    // "5yr", "5 yr": a span of years.
    .replace(/\b(\d+)\s?yrs?\b/gi, '$1-year')
    .replace(/\bR\s*&\s*D\b/gi, 'RnD')
    .replace(/\bM\s*&\s*A\b/gi, 'MnA')
    .replace(/\bP\s*&\s*L\b/gi, 'PnL')
    .replace(/\bS\s*&\s*OP\b/gi, 'SnOP')
    .replace(/\bH\s*&\s*S\b/gi, 'health and safety')
    .replace(/\bA\s*\/\s*B\b/gi, 'split')
    .replace(/\band\s*\/\s*or\b/gi, 'or')
    .replace(/&/g, ' and ')
    .replace(/[’`]/g, "'")
}

const IT_NEXT = new Set([
  'team', 'teams', 'system', 'systems', 'infrastructure', 'support', 'department', 'dept', 'helpdesk', 'security', 'service',
  'services', 'equipment', 'issue', 'issues', 'project', 'projects', 'hardware', 'network', 'networks', 'manager', 'colleagues',
  'staff', 'function', 'ticket', 'tickets', 'provider', 'estate', 'budget'
])

export interface Raw {
  text: string
  lower: string
  lemma: string
  pos: string
  keys: string[]
  /** Joined to the next word by a hyphen: always a modifier. */
  hyphenNext: boolean
  /** A clause break (comma, semicolon, bracket) comes before this word. */
  breakBefore: boolean
  /** Followed by "'s": the word names whose the next thing is. */
  possessive?: boolean
}

const keyCache = new BoundedCache<string, string[]>(20_000)

/**
 * Lookup keys of a word: its folded spelling and its lemma. A verb written with the
 * prefix "re-" ("re-checks", "re-pack") also counts as the plain verb: doing it again
 * is the same kind of work. Remembered per word and lemma, as labels share their words.
 */
function keysOf(lower: string, lemma: string, known = true, abbreviationPlural = false): string[] {
  return keyCache.through(`${lower} ${lemma}${known ? '' : ' ?'}${abbreviationPlural ? ' s' : ''}`, () => {
    const out = new Set([normaliseWord(lower).stem, normaliseWord(lemma).stem])
    // "saftey", "mangement": a word the model has never seen, one slip from exactly one lexicon word, is that word.
    const meant = known ? undefined : lexicon.correction(lower)
    if (meant) out.add(normaliseWord(meant).stem)
    const again = /^re-([a-z]{3,})$/.exec(lower)
    if (again) out.add(normaliseWord(again[1]).stem)
    // "VCs", "KPIs", "POs": an abbreviation's plural is the abbreviation.
    if (/^[a-z]{2,5}s$/.test(lower) && abbreviationPlural) out.add(normaliseWord(lower.slice(0, -1)).stem)
    // "keys", "pays", "buys": the stemmer keeps a final "ys" (as in "always"); a verb's -s still goes.
    if (/[aeiou]ys$/.test(lower)) out.add(normaliseWord(lower.slice(0, -1)).stem)
    return [...out]
  })
}

const COMPOUND_PARTICLES = new Set(['out', 'up', 'off', 'in', 'over', 'down'])

export function rawWords(label: string): Raw[] {
  const out: Raw[] = []
  let pendingBreak = false
  let hyphen = false
  const tokens = winkTokens(prepare(label))
  tokens.forEach((t, ti) => {
    if (t.punctuation) {
      // ("the pick/pack/dispatch flow": lower-case words joined by a slash with no space name one thing, as a hyphen does.)
      const slashJoin = t.text === '/' && !!tokens[ti + 1]?.attached && /^[a-z]+$/.test(tokens[ti + 1]?.text ?? '') && /^[a-z]+$/.test(out[out.length - 1]?.text ?? '')
      if ((t.text === '-' || slashJoin) && t.attached && out.length) hyphen = true
      // ("the ad campaign – channels, spend": a dash with spaces round it ends a stretch, as a comma does.)
      else if (/[,;:()[\]/?!–—]/.test(t.text) || t.text === '.' || t.text === '-') pendingBreak = true
      return
    }
    const lower = t.text.toLowerCase()
    if (lower === "'s" || lower === "'") {
      if (out.length) out[out.length - 1].possessive = true
      return
    }
    if (hyphen && out.length) out[out.length - 1].hyphenNext = true
    hyphen = false
    const isIT = t.text === 'IT' || t.text === 'I.T.'
    const lemma = isIT ? 'infotech' : t.lemma.toLowerCase()
    const keys = keysOf(isIT ? 'infotech' : lower, lemma, isIT || t.known, /^[A-Z]{2,5}s'?$/.test(t.text))
    // "clear-out", "tidy-up", "check-in": a particle hyphened to the word before names one thing, found by the joined word too.
    const prev = out[out.length - 1]
    const joined = prev?.hyphenNext && COMPOUND_PARTICLES.has(lower) ? [...keys, normaliseWord(prev.lower + lower).stem] : keys
    out.push({ text: t.text, lower: isIT ? 'infotech' : lower, lemma, pos: t.pos, keys: joined, hyphenNext: false, breakBefore: pendingBreak })
    pendingBreak = false
  })
  // Lower-case "it" names the department only before words like "team" or "systems", or after a noun before what
  // it did ("the stock system it picked").
  for (let i = 0; i < out.length - 1; i++) {
    const chosen = i > 0 && out[i - 1].pos === 'NOUN' && /^(?:picked|chose|chosen|built|selected|bought|approved|configured|recommended|specified)$/.test(out[i + 1].lower)
    if (out[i].lower === 'it' && (IT_NEXT.has(out[i + 1].lower) || chosen)) Object.assign(out[i], { lower: 'infotech', lemma: 'infotech', keys: ['infotech'] })
  }
  return out
}

