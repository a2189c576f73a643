// Compiles the pattern tables into matchers over tokens, and finds where a pattern
// matches. Kept apart from the scoring so each can be read on its own.
//
// Pattern syntax: terms separated by spaces; a term is alternatives separated by `|`;
// an alternative is a word (matched by stem), `word*` (matched by prefix), or a hyphenated
// or multi-word run ("cross-functional"). `..` between terms allows up to 4 words in
// between, `...` up to 8. A leading `&` means every term must appear, in any order.
// A trailing ` =N` overrides the group weight.

import type { CategoryId } from './categories'
import type { PatternGroup } from './pattern-types'
import { normaliseWord, tokenize, type Token } from './text'

interface Atom {
  readonly prefix: boolean
  readonly value: string
}
type Alt = readonly Atom[]
export interface Term {
  readonly alts: readonly Alt[]
  /** Words allowed between the previous term and this one. */
  readonly gap: number
  /**
   * When every alternative is one word, which alternative matches does not matter (each
   * is one token long): one set lookup replaces trying the alternatives in turn, the
   * classifier's hottest loop.
   */
  readonly oneWord?: { readonly stems: ReadonlySet<string>; readonly prefixes: readonly string[] }
}

export interface CompiledPattern {
  readonly source: string
  readonly category: CategoryId
  readonly weight: number
  readonly counterpart?: string
  readonly unordered: boolean
  readonly terms: readonly Term[]
}

function compileAlt(alt: string): Alt | null {
  const prefix = alt.endsWith('*')
  const text = prefix ? alt.slice(0, -1) : alt
  // Reuse the label tokenizer so hyphens, stop words and "R&D" are treated identically.
  const toks = tokenize(text)
  if (toks.length === 0) return null
  return toks.map((t, i) => {
    const last = i === toks.length - 1
    if (last && prefix && i === 0 && t.raw.length < 3) throw new Error(`Classifier prefix "${alt}" is shorter than 3 letters.`)
    return last && prefix ? { prefix: true, value: normaliseWord(t.raw).raw } : { prefix: false, value: t.stem }
  })
}

export function compilePattern(group: PatternGroup, source: string): CompiledPattern {
  let body = source.trim()
  let weight = group.weight
  const w = /\s=(\d+)$/.exec(body)
  if (w) {
    weight = Number(w[1])
    body = body.slice(0, w.index).trim()
  }
  const unordered = body.startsWith('&')
  if (unordered) body = body.slice(1).trim()
  const terms: Term[] = []
  let gap = 0
  const parts = body.split(/\s+/)
  parts.forEach((part, i) => {
    if (part === '..' || part === '...') {
      gap = part === '..' ? 4 : 8
      return
    }
    const alts = part.split('|').map(compileAlt).filter((a): a is Alt => a !== null)
    if (alts.length === 0) {
      // A stop word inside a literal phrase ("line by line") drops out of labels too; next to a
      // gap or in an alternation it would silently widen the pattern, so that is a mistake.
      const nearGap = gap > 0 || parts[i + 1] === '..' || parts[i + 1] === '...'
      if (nearGap || part.includes('|')) throw new Error(`Classifier pattern "${source}": "${part}" has no meaningful word.`)
      return
    }
    terms.push(alts.every((a) => a.length === 1) ? { alts, gap, oneWord: oneWordOf(alts) } : { alts, gap })
    gap = 0
  })
  if (terms.length === 0) throw new Error(`Classifier pattern "${source}" has no words left after normalising.`)
  return { source, category: group.category, weight, counterpart: group.counterpart, unordered, terms }
}

function oneWordOf(alts: readonly Alt[]): NonNullable<Term['oneWord']> {
  return {
    stems: new Set(alts.filter((a) => !a[0].prefix).map((a) => a[0].value)),
    prefixes: alts.filter((a) => a[0].prefix).map((a) => a[0].value)
  }
}

function atomMatches(a: Atom, t: Token): boolean {
  return a.prefix ? t.raw.startsWith(a.value) : t.stem === a.value
}

/** Length of the alternative matched at `pos`, or 0. */
function altAt(alt: Alt, tokens: readonly Token[], pos: number): number {
  if (pos + alt.length > tokens.length) return 0
  for (let i = 0; i < alt.length; i++) if (!atomMatches(alt[i], tokens[pos + i])) return 0
  return alt.length
}

/**
 * Which terms each token can start, by term id (see `TermIds`): when given, a one-word
 * term is a set lookup per token, worked out once per distinct word instead of per label.
 */
export interface TermHits {
  readonly byToken: readonly ReadonlySet<number>[]
  /** Id of each term of the pattern being matched. */
  readonly ids: readonly number[]
}

function termAt(term: Term, k: number, tokens: readonly Token[], pos: number, hits: TermHits | undefined): number {
  if (hits && term.oneWord) return hits.byToken[pos].has(hits.ids[k]) ? 1 : 0
  if (term.oneWord) {
    const t = tokens[pos]
    if (term.oneWord.stems.has(t.stem)) return 1
    for (const prefix of term.oneWord.prefixes) if (t.raw.startsWith(prefix)) return 1
    return 0
  }
  for (const alt of term.alts) {
    const n = altAt(alt, tokens, pos)
    if (n) return n
  }
  return 0
}

function matchOrdered(terms: readonly Term[], k: number, tokens: readonly Token[], from: number, out: number[], hits: TermHits | undefined): boolean {
  if (k === terms.length) return true
  const last = k === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + terms[k].gap)
  for (let pos = from; pos <= last; pos++) {
    const n = termAt(terms[k], k, tokens, pos, hits)
    if (!n) continue
    const mark = out.length
    for (let i = 0; i < n; i++) out.push(pos + i)
    if (matchOrdered(terms, k + 1, tokens, pos + n, out, hits)) return true
    out.length = mark
  }
  return false
}

function matchUnordered(terms: readonly Term[], tokens: readonly Token[], hits: TermHits | undefined): number[] | null {
  const used: number[] = []
  for (let k = 0; k < terms.length; k++) {
    let found = false
    for (let pos = 0; pos < tokens.length && !found; pos++) {
      if (used.includes(pos)) continue
      const n = termAt(terms[k], k, tokens, pos, hits)
      if (n) {
        for (let i = 0; i < n; i++) used.push(pos + i)
        found = true
      }
    }
    if (!found) return null
  }
  return used.sort((a, b) => a - b)
}

/** Token positions the pattern matched, or null. */
export function matchPattern(p: CompiledPattern, tokens: readonly Token[], hits?: TermHits): number[] | null {
  if (p.unordered) return matchUnordered(p.terms, tokens, hits)
  const out: number[] = []
  return matchOrdered(p.terms, 0, tokens, 0, out, hits) ? out : null
}

/** Index keys under which a pattern can start: every atom that can open its first term (any term when unordered). */
export function indexKeys(p: CompiledPattern): string[] {
  return openingKeys(p.terms[0])
}

/** Keys of the atoms that can open a term: `w:<stem>` or `p:<first three letters of a prefix>`. */
export function openingKeys(term: Term): string[] {
  return term.alts.map((alt) => (alt[0].prefix ? `p:${alt[0].value.slice(0, 3)}` : `w:${alt[0].value}`))
}

/** For a prefix key, the whole prefix the word must start with. */
export function openingPrefixes(term: Term): string[] {
  return term.alts.filter((alt) => alt[0].prefix).map((alt) => alt[0].value)
}

export function tokenKeys(t: Token): [string, string] {
  return [`w:${t.stem}`, `p:${t.raw.slice(0, 3)}`]
}
