// Answers two questions about a duty label, with the words that decided each: what
// kind of work is it (a work domain), and how is it held (an involvement mode)? The
// label is read with wink-nlp (lemmas, part of speech) and scored against domain
// lexicons by where each word stands; see classify/. Answers are cached per label.

import { advocacyCues } from './classify/advocacy-cues'
import { controlCues } from './classify/control-cues'
import { decideDomain, type Strength } from './classify/decide-domain'
import { scoreDomains } from './classify/domain-scores'
import { detectMode, intoOwnProcedures } from './classify/modes'
import { handsOnCues } from './classify/hands-on-cues'
import { inquiryCues } from './classify/inquiry-cues'
import { draftingCues } from './classify/drafting-cues'
import { productCues } from './classify/product-cues'
import { choiceCues } from './classify/choice-cues'
import { namedCues } from './classify/named-cues'
import { publicCues } from './classify/public-cues'
import { sellingCues } from './classify/selling-cues'
import { type DomainId, MODE_TITLES, type ModeId } from './domains'
import { parseLabel, type Word } from './nlp/parse'
import { BoundedCache } from './bounded-cache'
import { lexicon } from './lexicon'

export interface Classification {
  /** Work domain; null when the label says too little. */
  readonly domain: DomainId | null
  /** Weak answers never raise a warning, at most a quiet "Check this card" note. */
  readonly strength: Strength
  readonly mode: ModeId
  /** Words or phrases of the label that decided the domain, as written, in label order. */
  readonly evidence: readonly string[]
  /** Words that decided the mode, as written (empty when nothing said and "doing it" is assumed). */
  readonly modeCue: readonly string[]
  /** Score per domain, for explanations and tuning. */
  readonly scores: Readonly<Partial<Record<DomainId, number>>>
}

const UNKNOWN: Classification = { domain: null, strength: 'weak', mode: 'do', evidence: [], modeCue: [], scores: {} }

export function classifyLabel(label: string): Classification {
  if (!/[a-z0-9]/i.test(label)) return UNKNOWN
  const parsed = parseLabel(label.slice(0, 400))
  if (parsed.words.length === 0) return UNKNOWN
  const whole = classifyParsed(parsed)
  // "Oversees the bottling line and designs the company-wide benefits package": a line holding two duties holds
  // both, and is judged by the one that is another domain's work. When the whole line already names such work
  // done or decided, that answer stands.
  if (whole.domain && !NEUTRAL_DOMAINS.has(whole.domain) && whole.strength === 'strong' && whole.mode === 'do') return whole
  const parts = dutyParts(parsed.words)
  if (parts.length < 2) return whole
  const telling = parts.map((p) => classifyParsed(parseLabel(p))).filter((c) => c.domain && !NEUTRAL_DOMAINS.has(c.domain) && c.strength === 'strong')
  telling.sort((a, b) => MODE_RANK.indexOf(a.mode) - MODE_RANK.indexOf(b.mode))
  return telling[0] ?? whole
}

/** Which answer of a line's parts tells most: work done or decided, then a result put in place, then the rest. */
const MODE_RANK: readonly ModeId[] = ['do', 'implement', 'own-operations', 'oversee', 'coordinate', 'contribute', 'support', 'direct-reports']
const NEUTRAL_DOMAINS: ReadonlySet<DomainId> = new Set(['operations', 'general'])
/** Words that join a second duty to a first: "… and manages …", "…, alongside reviewing …", "… while overseeing …". */
const JOINING = new Set(['and', 'while', 'whilst', 'alongside', 'plus'])
const ALSO = new Set(['also', 'then', 'still', 'additionally'])
const RESPONSIBLE = new Set(['responsible', 'accountable'])
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'all', 'every', 'each', 'any', 'new', 'them', 'it'])
const JOINING_PHRASES = [['in', 'addition', 'to'], ['as', 'well', 'as']]

/**
 * The duties of a line that holds more than one: split where a joining word is followed by a verb of its own and the
 * part before it already has a verb with an object ("Draft and negotiate the contracts" is one duty).
 */
function dutyParts(words: readonly Word[]): string[] {
  const cuts: { at: number; next: number }[] = []
  for (let i = 1; i < words.length - 2; i++) {
    const phrase = JOINING_PHRASES.find((p) => p.every((w, k) => words[i + k]?.lower === w))
    const joined = phrase ? phrase.length : JOINING.has(words[i].lower) ? 1 : 0
    if (!joined) continue
    // ("while also managing …": an adverb after the joining word.)
    const width = ALSO.has(words[i + joined]?.lower ?? '') ? joined + 1 : joined
    const next = words[i + width]
    const from = cuts.length ? cuts[cuts.length - 1].next : 0
    const before = words.slice(from, i)
    // ("do the care rounds …, and manage …": "do" opening the line is its verb, though read as a little word.)
    const verbAt = before.findIndex((w, k) => (w.place === 'verb' || (k === 0 && from === 0 && (w.lower === 'do' || w.lower === 'does'))) && w.clause === 0)
    // ("…, and plans …": after a comma a new duty may start even where a purpose clause ran on.)
    const commaJoin = words[i].segment !== words[i - 1].segment
    if (verbAt < 0 || (words[i].clause !== 0 && !commaJoin)) continue
    // The second duty's verb is written as the first's ("Oversees … and designs …", "Manage … and run …"); "the HR and
    // finance offices" joins nouns.
    const third = (w: Word): boolean => /[^s]s$/.test(w.lower)
    const ing = (w: Word): boolean => /ing$/.test(w.lower)
    // A plain verb stands as one before its object's first little word ("and arrange the training"); before a noun it
    // may be a noun itself ("and crew training", "and lead times").
    const after = words[i + width + 1]
    const opensObject = !!after && (OBJECT_OPENERS.has(after.lower) || after.place === 'function')
    const agrees = third(before[verbAt]) === third(next) && ing(before[verbAt]) === ing(next) && (third(next) || (opensObject && !lexicon.isDepartment(next.keys)))
    // "… and is responsible for the group's fiscal strategy": a duty owned, after "and".
    const owning = words[i].lower === 'and' && next.lower === 'is' && RESPONSIBLE.has(words[i + 2]?.lower ?? '')
    if (owning) {
      cuts.push({ at: i, next: i + 2 })
      continue
    }
    // ("…, and manage day-to-day operations": after a comma, a word read as a verb starts the second duty.)
    const verbNext = (next.place === 'verb' && (next.clause === 0 || commaJoin) && !next.ensured && (agrees || (commaJoin && third(before[verbAt]) === third(next)))) || (ing(next) && words[i].lower !== 'and')
    const objectBefore = verbAt >= 0 && before.slice(verbAt + 1).some((w) => w.place === 'head')
    if (verbNext && objectBefore && words.slice(i + width + 1).some((w) => w.place === 'head')) cuts.push({ at: i, next: i + width })
  }
  if (!cuts.length) return []
  const parts: string[] = []
  let from = 0
  for (const c of cuts) {
    parts.push(words.slice(from, c.at).map((w) => w.text).join(' '))
    from = c.next
  }
  parts.push(words.slice(from).map((w) => w.text).join(' '))
  return parts
}

function classifyParsed(parsed: ReturnType<typeof parseLabel>): Classification {
  if (parsed.words.length === 0) return UNKNOWN
  const stages = publicCues(parsed)
  // "Appears on podcasts": the outlet appeared on is the stage, not that outlet's own kind of work.
  const staged = (h: { domain: string; words: readonly number[] }): boolean => stages.some((s) => h.domain !== s.domain && h.words.every((i) => s.words.includes(i)))
  const hits = [...scoreDomains(parsed).filter((h) => !staged(h)), ...controlCues(parsed), ...sellingCues(parsed), ...handsOnCues(parsed), ...stages, ...namedCues(parsed), ...choiceCues(parsed), ...advocacyCues(parsed), ...inquiryCues(parsed), ...draftingCues(parsed), ...productCues(parsed)]
  const answer = decideDomain(hits, parsed.words, parsed.owned === true)
  const scores: Partial<Record<DomainId, number>> = {}
  for (const h of hits) scores[h.domain] = Math.round(((scores[h.domain] ?? 0) + h.score) * 100) / 100
  if (!answer.domain) return { ...UNKNOWN, scores }
  const mode = detectMode(parsed, answer)
  const used = [...new Set(answer.hits.flatMap((h) => [...h.words]))].sort((a, b) => a - b)
  const evidence = joinRuns(used).map((run) => run.map((i) => parsed.words[i].text).join(' '))
  return { domain: answer.domain, strength: putToUse(answer, mode.mode, parsed.words) ? 'weak' : answer.strength, mode: mode.mode, evidence, modeCue: mode.cue, scores }
}

/**
 * "Puts the redesigned packing bench into use": the team's tools named only as what is put
 * into use are the finished result, not hands-on work the role does.
 */
function putToUse(answer: ReturnType<typeof decideDomain>, mode: ModeId, words: ReturnType<typeof parseLabel>['words']): boolean {
  if (answer.domain !== 'hands-on-work') return false
  // "Bakes legal's new terms into the handling procedure": a working verb that puts a result into the role's procedures.
  if (mode === 'own-operations' && intoOwnProcedures(words) >= 0) return true
  return mode === 'implement' && answer.hits.every((h) => !h.byVerb && h.words.every((i) => words[i].place !== 'verb'))
}

/** Consecutive word indexes grouped, so "data entry" is one piece of evidence. */
function joinRuns(indexes: readonly number[]): number[][] {
  const out: number[][] = []
  for (const i of indexes) {
    const last = out[out.length - 1]
    if (last && last[last.length - 1] === i - 1) last.push(i)
    else out.push([i])
  }
  return out
}

/** "'delegate' → oversight": how a mode explanation reads. */
export function modeExplanation(c: Pick<Classification, 'mode' | 'modeCue'>): string {
  const cue = c.modeCue.length ? `'${c.modeCue.join(' ')}'` : 'no involvement word'
  return `${cue} → ${MODE_TITLES[c.mode]}`
}

/**
 * The text a classification depends on: spacing does not change what a label says,
 * letter case does ("IT" the department, "it" the pronoun), so only spacing is folded.
 */
export function classificationKey(label: string): string {
  const t = label.trim()
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ') : t
}

// Raw label → key first: most lookups are for the exact text seen before, whose hash the engine keeps.
const keys = new BoundedCache<string, string>(50_000)
const answers = new BoundedCache<string, Classification>(50_000)

/**
 * classifyLabel, remembered per label: charts repeat the same wording many times, and
 * reading a label with the NLP model is the costliest step of a lint. The answer depends
 * on the text alone (never on the role or the chart's rule settings), so one cache is
 * safe for every role and context; packs judge the answer afterwards.
 */
export function classify(label: string): Classification {
  return answers.through(keys.through(label, classificationKey), classifyLabel)
}

/** Forgets every remembered classification (tests; a lexicon loaded at run time). */
export function clearClassifications(): void {
  keys.clear()
  answers.clear()
}
