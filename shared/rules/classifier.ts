// Classifies a free-text duty label into an out-of-scope category, `operations`, or
// null (not sure: no warning). Weighted phrase patterns, no statistics, so every
// answer can be explained: `evidence` lists the words that decided it.
//
// Scoring: every pattern that matches is a candidate; candidates are taken from the
// heaviest down and each may only use words no heavier candidate already used. So an
// in-scope counterpart ("schedule … shifts", "fulfilment … marketing promises") claims
// the shared words before the out-of-scope phrase can count them. Ties go to operations.

import { CATEGORY_IDS, type CategoryId } from './categories'
import { compilePattern, type CompiledPattern, indexKeys, matchPattern, tokenKeys } from './pattern-compile'
import { IN_SCOPE_PATTERNS } from './patterns-in-scope'
import { OUT_OF_SCOPE_PATTERNS } from './patterns-out-of-scope'
import { tokenize } from './text'

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
}

const PATTERNS: readonly Ranked[] = [...IN_SCOPE_PATTERNS, ...OUT_OF_SCOPE_PATTERNS]
  .flatMap((g) => g.patterns.map((p) => compilePattern(g, p)))
  .map((p, order) => ({ ...p, order, isOps: p.category === 'operations' }))
const INDEX = new Map<string, Ranked[]>()
for (const p of PATTERNS) {
  for (const key of new Set(indexKeys(p))) {
    const list = INDEX.get(key)
    if (list) list.push(p)
    else INDEX.set(key, [p])
  }
}

interface Hit {
  readonly pattern: Ranked
  readonly positions: readonly number[]
}

function candidates(tokens: ReturnType<typeof tokenize>): Set<Ranked> {
  const out = new Set<Ranked>()
  for (const t of tokens) {
    for (const key of tokenKeys(t)) for (const p of INDEX.get(key) ?? []) out.add(p)
  }
  return out
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
  for (const pattern of candidates(tokens)) {
    const positions = matchPattern(pattern, tokens)
    if (positions) hits.push({ pattern, positions })
  }
  hits.sort(rank)
  const claimed = new Set<number>()
  const accepted: Hit[] = []
  const scores: Partial<Record<CategoryId, number>> = {}
  for (const hit of hits) {
    if (hit.positions.some((p) => claimed.has(p))) continue
    for (const p of hit.positions) claimed.add(p)
    accepted.push(hit)
    scores[hit.pattern.category] = (scores[hit.pattern.category] ?? 0) + hit.pattern.weight
  }
  const category = decide(scores)
  if (!category) return { ...UNKNOWN, scores }
  const own = accepted.filter((h) => h.pattern.category === category).sort((a, b) => a.positions[0] - b.positions[0])
  const evidence = [...new Set(own.map((h) => h.positions.map((p) => tokens[p].text).join(' ')))]
  const counterpart = accepted.find((h) => h.pattern.counterpart)?.pattern.counterpart
  return counterpart ? { category, evidence, counterpart, scores } : { category, evidence, scores }
}

function decide(scores: Partial<Record<CategoryId, number>>): CategoryId | null {
  const ops = scores.operations ?? 0
  let best: CategoryId | null = null
  let bestScore = 0
  for (const id of CATEGORY_IDS) {
    const s = scores[id] ?? 0
    if (id !== 'operations' && s > bestScore) {
      best = id
      bestScore = s
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
