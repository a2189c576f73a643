// Which pattern terms each distinct word can start, worked out once per word. Labels
// are new all the time but their words are not, so classifying a label becomes a few
// lookups per word, and only patterns whose every term some word can start are matched
// position by position.

import { type CompiledPattern, openingKeys, openingPrefixes } from './pattern-compile'
import type { Token } from './text'

export interface WordIndex {
  /** Id of every term of each pattern, in term order (patterns in the order given). */
  readonly termIds: readonly (readonly number[])[]
  /** Ids of the terms the word can start (exactly, for one-word terms). */
  termsOf(t: Token): ReadonlySet<number>
  /** Indexes of the patterns every term of which some token can start. */
  candidates(byToken: readonly ReadonlySet<number>[]): number[]
}

const WORDS_LIMIT = 100_000
const NONE: ReadonlySet<number> = new Set()

export function buildWordIndex(patterns: readonly CompiledPattern[]): WordIndex {
  const patternOf: number[] = []
  const bitOf: number[] = []
  const full: number[] = []
  const byStem = new Map<string, number[]>()
  const byPrefix = new Map<string, { readonly prefix: string; readonly id: number }[]>()
  const termIds = patterns.map((p, pi) => {
    // One bit per term in a 32-bit mask: patterns are a few words long.
    if (p.terms.length > 30) throw new Error(`Classifier pattern "${p.source}" has more than 30 terms.`)
    full.push(2 ** p.terms.length - 1)
    return p.terms.map((term, k) => {
      const id = patternOf.length
      patternOf.push(pi)
      bitOf.push(1 << k)
      const prefixes = openingPrefixes(term)
      for (const key of new Set(openingKeys(term))) if (key.startsWith('w:')) push(byStem, key.slice(2), id)
      for (const prefix of new Set(prefixes)) push(byPrefix, prefix.slice(0, 3), { prefix, id })
      return id
    })
  })

  // A word's stem follows from its raw form, so the raw form is the key.
  const words = new Map<string, ReadonlySet<number>>()
  const termsOf = (t: Token): ReadonlySet<number> => {
    let ids = words.get(t.raw)
    if (ids) return ids
    if (words.size >= WORDS_LIMIT) words.clear()
    const found = new Set<number>(byStem.get(t.stem))
    for (const { prefix, id } of byPrefix.get(t.raw.slice(0, 3)) ?? []) if (t.raw.startsWith(prefix)) found.add(id)
    ids = found.size ? found : NONE
    words.set(t.raw, ids)
    return ids
  }

  const mask = new Int32Array(patterns.length)
  const candidates = (byToken: readonly ReadonlySet<number>[]): number[] => {
    const touched: number[] = []
    for (const ids of byToken) {
      for (const id of ids) {
        const p = patternOf[id]
        if (mask[p] === 0) touched.push(p)
        mask[p] |= bitOf[id]
      }
    }
    const out: number[] = []
    for (const p of touched) {
      if (mask[p] === full[p]) out.push(p)
      mask[p] = 0
    }
    return out
  }

  return { termIds, termsOf, candidates }
}

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key)
  if (list) list.push(value)
  else m.set(key, [value])
}
