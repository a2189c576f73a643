// Compiles the domain lexicons into lookups by normalised word: single words by key,
// phrases by their first word. Built once when the rules module loads.

import type { DomainId } from '../domains'
import { normaliseWord, oneSlipVariants } from '../text'
import { BUSINESS_WORDS } from './business'
import { DEPARTMENT_NAMES, GENERIC_HEADS, OPERATIONAL_ACTIVITIES, OPERATIONAL_HEADS, OPERATIONAL_VERBS, OPERATIONS_WORDS, ORGANISATION_HEADS } from './operations'
import { PEOPLE_WORDS } from './people'
import { TECHNICAL_WORDS } from './technical'
import type { DomainWords } from './types'

export type EntryKind = 'noun' | 'verb' | 'doing'

export interface Entry {
  readonly domain: DomainId
  readonly weight: number
  readonly kind: EntryKind
  /** Applied inside own operations, this word does not make the work another department's. */
  readonly ownable: boolean
}

export interface Phrase extends Entry {
  readonly keys: readonly string[]
}

export const key = (word: string): string => normaliseWord(word).stem

/** The keys of single words listed in one string (spaces or commas between them): the cue modules' word sets. */
export const wordKeys = (words: string): ReadonlySet<string> => new Set(words.trim().split(/[\s,]+/).filter(Boolean).map(key))

/** Whether a word (its keys) is among a cue module's word set. */
export const hasKey = (w: { readonly keys: readonly string[] } | undefined, set: ReadonlySet<string>): boolean => !!w && w.keys.some((k) => set.has(k))

const split = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)

const singles = new Map<string, Entry[]>()
const phrases = new Map<string, Phrase[]>()
/** Every word the lexicons are written with, as spelled: what a typo is corrected to. */
const spelled = new Set<string>()

function add(entry: string, e: Omit<Entry, 'ownable'>, ownable: ReadonlySet<string>): void {
  const parts = entry.split(/[\s-]+/).filter(Boolean)
  for (const p of parts) if (p.length >= 5) spelled.add(p)
  const keys = parts.map(key)
  const full: Entry = { ...e, ownable: ownable.has(keys.join(' ')) }
  if (keys.length === 1) {
    const list = singles.get(keys[0]) ?? []
    list.push(full)
    singles.set(keys[0], list)
  } else {
    const list = phrases.get(keys[0]) ?? []
    list.push({ ...full, keys })
    phrases.set(keys[0], list)
  }
  // A hyphenated entry ("hands-on") also matches written as one word ("handson" is rare; "cross-sell" as "crosssell" too).
  if (entry.includes('-') && !entry.includes(' ')) {
    // Also as written, hyphen kept: a label's "cross-sells" is one word.
    for (const joined of new Set([key(entry.replace(/-/g, '')), key(entry)])) {
      const list = singles.get(joined) ?? []
      list.push(full)
      singles.set(joined, list)
    }
  }
}

function addDomain(d: DomainWords): void {
  const ownable = new Set(split(d.ownable).map((w) => w.split(/[\s-]+/).map(key).join(' ')))
  for (const w of split(d.strong)) add(w, { domain: d.domain, weight: 3, kind: 'noun' }, ownable)
  for (const w of split(d.medium)) add(w, { domain: d.domain, weight: 2, kind: 'noun' }, ownable)
  for (const w of split(d.weak)) add(w, { domain: d.domain, weight: 1, kind: 'noun' }, ownable)
  for (const w of split(d.verbs)) add(w, { domain: d.domain, weight: 3, kind: 'verb' }, ownable)
  for (const w of split(d.doingVerbs)) add(w, { domain: d.domain, weight: 3.5, kind: 'doing' }, ownable)
}

for (const d of [...BUSINESS_WORDS, ...PEOPLE_WORDS, ...TECHNICAL_WORDS]) addDomain(d)
addDomain({ domain: 'operations', strong: OPERATIONS_WORDS.strong, medium: OPERATIONS_WORDS.medium, weak: OPERATIONS_WORDS.weak })

const keySet = (list: string): ReadonlySet<string> => new Set(split(list).map(key))
const OPS_HEADS = keySet(OPERATIONAL_HEADS)
const ORG_HEADS = keySet(ORGANISATION_HEADS)
const GENERIC = keySet(GENERIC_HEADS)
const DEPTS = keySet(DEPARTMENT_NAMES)
const ACTIVITIES = keySet(OPERATIONAL_ACTIVITIES)
const OPS_VERBS = keySet(OPERATIONAL_VERBS)

const VERBS = new Set([...singles.entries()].filter(([, es]) => es.some((e) => e.kind !== 'noun')).map(([k]) => k))

export const lexicon = {
  /** Words some domain lists as a verb ("sack", "patch"): a label's first word among them is read as a verb. */
  isVerb: (keys: readonly string[]): boolean => keys.some((k) => VERBS.has(k)),
  /** A verb of that domain's work ("design", "recruit"). */
  isVerbOf: (keys: readonly string[], domain: DomainId): boolean => keys.some((k) => (singles.get(k) ?? []).some((e) => e.domain === domain && e.kind === 'verb')),
  singles: (k: string): readonly Entry[] => singles.get(k) ?? [],
  phrasesFrom: (k: string): readonly Phrase[] => phrases.get(k) ?? [],
  isOperationalHead: (keys: readonly string[]): boolean => keys.some((k) => OPS_HEADS.has(k)),
  isOrganisationHead: (keys: readonly string[]): boolean => keys.some((k) => ORG_HEADS.has(k)),
  isOperationalVerb: (keys: readonly string[]): boolean => keys.some((k) => OPS_VERBS.has(k)),
  isOperationalActivity: (keys: readonly string[]): boolean => keys.some((k) => ACTIVITIES.has(k)),
  isGenericHead: (keys: readonly string[]): boolean => keys.some((k) => GENERIC.has(k)),
  /** A department's name on its own ("HR", "IT", "legal"): a partner more often than the work. */
  isDepartment: (keys: readonly string[]): boolean => keys.some((k) => DEPTS.has(k)),
  /** The one lexicon word a word of five letters or more is a single slip from (a letter missing, extra, swapped or wrong), if any. */
  correction: (word: string): string | undefined => correctTypo(word),
  size: (): number => singles.size + phrases.size
}

function correctTypo(word: string): string | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || spelled.has(word)) return undefined
  const found = new Set<string>()
  // ("bales" is not "sales": a slip seldom changes the first letter.)
  const consider = (w: string): void => {
    if (spelled.has(w) && w[0] === word[0]) found.add(w)
  }
  for (const w of oneSlipVariants(word)) consider(w)
  return found.size === 1 ? [...found][0] : undefined
}
