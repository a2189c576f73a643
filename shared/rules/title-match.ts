// Reads role titles the way people write them: abbreviations ("Ops Mgr", "Dir. of
// Ops"), "Manager, Operations" turned around, suffixes like "(EMEA)" or "– North"
// dropped. Packs and custom rules match titles through the same words.

import type { TitleRule } from './pack-types'
import { BoundedCache } from './bounded-cache'
import { oneSlipVariants } from './text'

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mgr', 'manager'], ['mngr', 'manager'], ['mgmt', 'management'], ['mngt', 'management'], ['manger', 'manager'],
  ['dir', 'director'], ['hd', 'head'], ['snr', 'senior'], ['sr', 'senior'], ['jr', 'junior'], ['jnr', 'junior'],
  ['asst', 'assistant'], ['asst.', 'assistant'], ['assoc', 'associate'], ['coord', 'coordinator'], ['supv', 'supervisor'],
  ['svp', 'vp'], ['evp', 'vp'], ['avp', 'vp'], ['opns', 'operations'], ['oper', 'operations'], ['opers', 'operations'],
  ['ops.', 'ops'], ['op', 'operations'], ['dept', 'department'], ['intl', 'international'], ['natl', 'national'], ['reg', 'regional']
])

/** Places a unit after the comma may be named by: "…, Flight Kitchen", "…, Research Campus". */
const PLACES = new Set(`kitchen kitchens depot depots site sites store stores warehouse warehouses plant plants centre center centres centers hub
  hubs yard yards terminal terminals port base campus branch branches shop shops mill factory bakery restaurant hotel lab labs laboratory laboratories works hall halls
  laundry laundries brewery breweries dairy farm farms garage garages quarry mine mines hospital hospitals stadium arena
  theatre theatres cinema cinemas museum zoo park parks airport airports services division divisions`.split(/\s+/))

/** Words of a rank that name no function: "General Manager" alone says nothing of what is managed. */
const RANK_WORDS = new Set(['general', 'senior', 'deputy', 'assistant', 'manager', 'director', 'head', 'lead', 'vp', 'vice', 'president'])

/** A chart repeats a few hundred titles across thousands of roles, and every lint reads them all. */
const wordsOfTitle = new BoundedCache<string, readonly string[]>(5_000)

/** Lower-case words of a title, abbreviations spelled out. */
export function titleWords(title: string): readonly string[] {
  return wordsOfTitle.through(title, readTitle)
}

function readTitle(title: string): readonly string[] {
  // "Responsable des opérations": accents folded, so other languages' titles read too.
  let s = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/&/g, ' and ')
  const parts = s.split(/\s[-–—|]\s|\s\/\s/)
  // "Head - Operations", "General Manager – Operations": a lone word, or a rank with no
  // function of its own, before the dash is the start of the title, not all of it.
  const first = parts[0].trim().split(/\s+/)
  const startOnly = first.length === 1 || first.every((w) => RANK_WORDS.has(w))
  s = parts.length > 1 && startOnly ? `${parts[0]} ${parts[1]}` : parts[0] ?? s
  const comma = s.indexOf(',')
  if (comma >= 0) s = `${s.slice(comma + 1)} ${s.slice(0, comma)}`
  return s
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS.get(w) ?? misspelt(w) ?? w)
}

/** Title words people often mistype: "Operatons", "Opeartions", "Mananger". Any word of six letters or more is compared with them. */
const OFTEN_MISTYPED = ['operations', 'manager', 'director']

/** The word a long title word was meant to be, when it is one slip (a letter missed, added, changed or swapped) away from it. */
function misspelt(word: string): string | undefined {
  if (word.length < 6) return undefined
  const slips = new Set(oneSlipVariants(word))
  // ("managed", "manages": a last letter changed is another form of the word, not a slip.)
  const otherForm = (target: string): boolean => target.length === word.length && target.slice(0, -1) === word.slice(0, -1)
  return OFTEN_MISTYPED.find((target) => target !== word && slips.has(target) && !otherForm(target))
}

/** The noun naming what the person is: "head" in "Head of Operations", else the last role noun. */
function headWord(rule: TitleRule, words: readonly string[]): string | undefined {
  // "Gerente de Operaciones", "Directeur des opérations": "de"/"des"/"du" as "of".
  const of = words.findIndex((w) => w === 'of' || w === 'de' || w === 'des' || w === 'du' || w === 'der')
  if (of > 0) return words[of - 1]
  for (let i = words.length - 1; i >= 0; i--) {
    if (rule.managerHeads.includes(words[i]) || rule.nonManagerHeads.includes(words[i])) return words[i]
  }
  return undefined
}

/** Whether a title names a manager of the pack's function ("Head of Ops", not "IT Ops Manager" nor "Ops Analyst"). */
export function matchesTitleRule(rule: TitleRule, title: string): boolean {
  // "Theatre Operations Manager (Surgical)": a bracket naming another function says whose operations they are.
  const bracket = /\(([^)]*)\)/.exec(title)
  // ("(Clinical Waste Depot)" names a site: only a short bracket that starts with a function names one.)
  const inBracket = bracket ? titleWords(bracket[1]) : []
  // ("(Engineering Services)": a function naming a unit by its place word is that unit, as after the comma.)
  const bracketPlace = inBracket.length > 1 && PLACES.has(inBracket[inBracket.length - 1])
  if (inBracket.length > 0 && inBracket.length <= 2 && rule.otherFunctions.includes(inBracket[0]) && !bracketPlace) return false
  const comma = title.indexOf(',')
  if (comma > 0 && matchesWords(rule, titleWords(title.slice(0, comma)))) {
    // "Operations Manager, Locker Network": a whole title, then the unit it runs. Only a
    // function named first ("…, Marketing") or another kind of job makes it something else.
    const unit = titleWords(title.slice(comma + 1))
    const otherJob = unit.some((w) => rule.nonManagerHeads.includes(w) || rule.executiveWords.includes(w) || rule.combinedFunctionWords.includes(w))
    // ("Operations Manager, Flight Kitchen": a function word naming a place is the place's name.)
    // ("…, Data Hall 3", "…, Data Centre LON2": a code after the place still names it.)
    const named = unit.filter((w, i) => i === 0 || !/\d/.test(w))
    // ("…, Engineering Services" is a unit; "…, Finance Shared Services" is the function's own back office.)
    const place = named.length > 1 && PLACES.has(named[named.length - 1]) && !named.includes('shared')
    // ("Senior Operations Manager, Network": a lone network after a whole title is the business's own network.)
    const network = unit.length === 1 && /^networks?$/.test(unit[0])
    if (!otherJob && (place || network || !rule.otherFunctions.includes(unit[0] ?? ''))) return true
  }
  return matchesWords(rule, titleWords(title))
}

function matchesWords(rule: TitleRule, words: readonly string[]): boolean {
  if (words.some((w) => rule.executiveWords.includes(w) || rule.combinedFunctionWords.includes(w))) return false
  const at = words.findIndex((w) => rule.functionWords.includes(w))
  if (at < 0) return false
  // "Head of IT Operations", "Product Ops Lead": someone else's operations. "Operations Manager, Marketing" too.
  // "Clinical Trials Operations Lead": any word of the phrase before it may name the other function.
  // ("Locker Network Operations Manager": a word of the business's own before "network" makes it a unit, not network operations.)
  // ("Data Centre Operations Manager", "Research Lab Operations Manager": a function word naming the place just before the
  // function word is the place's name; "…, Sales Hub Team" still names a sales team.)
  const unit = (w: string, i: number): boolean => (!!rule.sharedFunctionNames?.includes(w) && i > 0 && !rule.otherFunctions.includes(words[i - 1])) || (PLACES.has(words[i + 1] ?? '') && i + 2 === at)
  if (words.slice(0, at).some((w, i) => rule.otherFunctions.includes(w) && !unit(w, i))) return false
  // "Head of Operations Research": the function word and the word after it name a field of its own.
  if (rule.otherDisciplines?.includes(words[at + 1] ?? '')) return false
  const head = headWord(rule, words)
  if (!head || !rule.managerHeads.includes(head)) return false
  // "Vice President" is a manager head; a bare "President of Operations" reads as an executive.
  if (head === 'president' && !words.includes('vice')) return false
  return true
}

/** Whether a role title is the title a custom rule names: its words, in order, inside the role's title words. */
export function titleContains(roleTitle: string, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return false
  const words = titleWords(roleTitle)
  outer: for (let i = 0; i + wanted.length <= words.length; i++) {
    for (let j = 0; j < wanted.length; j++) if (words[i + j] !== wanted[j]) continue outer
    return true
  }
  return false
}
