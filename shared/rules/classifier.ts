// Classifies a free-text duty label into an out-of-scope category, `operations`, or
// null (not sure: no warning). Weighted phrase patterns, no statistics, so every
// answer can be explained: `evidence` lists the words that decided it.
//
// Scoring: every pattern that matches is a candidate; candidates are taken from the
// heaviest down and each may only use words no heavier candidate already used. So an
// in-scope counterpart ("schedule … shifts", "fulfilment … marketing promises") claims
// the shared words before the out-of-scope phrase can count them. Ties go to operations.
//
// Only patterns every term of which some word of the label can start are tried (see
// word-index.ts), so a new label costs a few lookups per word plus the few real matches.

import { CATEGORY_IDS, type CategoryId } from './categories'
import { compilePattern, type CompiledPattern, matchPattern } from './pattern-compile'
import { IN_SCOPE_PATTERNS } from './patterns-in-scope'
import { OUT_OF_SCOPE_PATTERNS } from './patterns-out-of-scope'
import { tokenize } from './text'
import { buildWordIndex } from './word-index'

export interface Classification {
  readonly category: CategoryId | null
  /** Words or phrases of the label that led to the category, in label order. */
  readonly evidence: readonly string[]
  /** The in-scope counterpart recognised, when one decided (or took part in) the answer. */
  readonly counterpart?: string
  /** Score per category, for explanations and tuning. */
  readonly scores: Readonly<Partial<Record<CategoryId, number>>>
}

/** Below this, a label is not classified at all. */
const MIN_SCORE = 3
const UNKNOWN: Classification = { category: null, evidence: [], scores: {} }

interface Ranked extends CompiledPattern {
  /** Table order, the last tie-breaker. */
  readonly order: number
  readonly isOps: boolean
  /** Position of the category in CATEGORY_IDS: scores are summed in an array, not an object keyed by id. */
  readonly categoryIndex: number
}

const OPS_INDEX = CATEGORY_IDS.indexOf('operations')
const PATTERNS: readonly Ranked[] = [...IN_SCOPE_PATTERNS, ...OUT_OF_SCOPE_PATTERNS]
  .flatMap((g) => g.patterns.map((p) => compilePattern(g, p)))
  .map((p, order) => ({ ...p, order, isOps: p.category === 'operations', categoryIndex: CATEGORY_IDS.indexOf(p.category) }))
const WORDS = buildWordIndex(PATTERNS)

interface Hit {
  readonly pattern: Ranked
  readonly positions: readonly number[]
}

function rank(a: Hit, b: Hit): number {
  const byWeight = b.pattern.weight - a.pattern.weight
  if (byWeight) return byWeight
  const opsFirst = Number(b.pattern.isOps) - Number(a.pattern.isOps)
  if (opsFirst) return opsFirst
  const bySpan = b.positions.length - a.positions.length
  return bySpan || a.pattern.order - b.pattern.order
}

export function classifyLabel(label: string): Classification {
  const tokens = tokenize(label)
  if (tokens.length === 0) return UNKNOWN
  const hits: Hit[] = []
  const byToken = tokens.map(WORDS.termsOf)
  for (const p of WORDS.candidates(byToken)) {
    const positions = matchPattern(PATTERNS[p], tokens, { byToken, ids: WORDS.termIds[p] })
    if (positions) hits.push({ pattern: PATTERNS[p], positions })
  }
  // Most labels have one hit or none: no comparator calls for them.
  if (hits.length > 1) hits.sort(rank)
  // Plain arrays indexed by token position and category: this loop runs for every new label.
  const claimed = new Uint8Array(tokens.length)
  const sums = new Array<number>(CATEGORY_IDS.length).fill(0)
  const scored: number[] = []
  const accepted: Hit[] = []
  for (const hit of hits) {
    if (hit.positions.some((p) => claimed[p])) continue
    for (const p of hit.positions) claimed[p] = 1
    accepted.push(hit)
    const c = hit.pattern.categoryIndex
    if (!scored.includes(c)) scored.push(c)
    sums[c] += hit.pattern.weight
  }
  // Same keys in the same order as adding them one hit at a time.
  const scores: Partial<Record<CategoryId, number>> = {}
  for (const c of scored) scores[CATEGORY_IDS[c]] = sums[c]
  const category = decide(sums)
  if (!category) return { category: null, evidence: UNKNOWN.evidence, scores }
  const own = accepted.filter((h) => h.pattern.category === category).sort((a, b) => a.positions[0] - b.positions[0])
  const evidence = [...new Set(own.map((h) => h.positions.map((p) => tokens[p].text).join(' ')))]
  const counterpart = accepted.find((h) => h.pattern.counterpart)?.pattern.counterpart
  return counterpart ? { category, evidence, counterpart, scores } : { category, evidence, scores }
}

/** `sums` is indexed like CATEGORY_IDS. */
function decide(sums: readonly number[]): CategoryId | null {
  const ops = sums[OPS_INDEX]
  let best: CategoryId | null = null
  let bestScore = 0
  for (let i = 0; i < CATEGORY_IDS.length; i++) {
    if (i !== OPS_INDEX && sums[i] > bestScore) {
      best = CATEGORY_IDS[i]
      bestScore = sums[i]
    }
  }
  if (best && bestScore > ops && bestScore >= MIN_SCORE) return best
  return ops >= MIN_SCORE ? 'operations' : null
}

const MEMO_LIMIT = 50_000
const memo = new Map<string, Classification>()

/** classifyLabel, remembered per label: charts repeat the same wording many times. */
export function classify(label: string): Classification {
  const hit = memo.get(label)
  if (hit) return hit
  if (memo.size >= MEMO_LIMIT) memo.clear()
  const result = classifyLabel(label)
  memo.set(label, result)
  return result
}
