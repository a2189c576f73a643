import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePattern, matchPattern } from '@shared/rules/pattern-compile'
import { IN_SCOPE_PATTERNS } from '@shared/rules/patterns-in-scope'
import { OUT_OF_SCOPE_PATTERNS } from '@shared/rules/patterns-out-of-scope'
import { tokenize } from '@shared/rules/text'
import { buildWordIndex } from '@shared/rules/word-index'

const patterns = [...IN_SCOPE_PATTERNS, ...OUT_OF_SCOPE_PATTERNS].flatMap((g) => g.patterns.map((p) => compilePattern(g, p)))
const index = buildWordIndex(patterns)

// Words the patterns are made of (and some they are not), so random labels often match something.
const vocabulary = [
  ...new Set(
    [...IN_SCOPE_PATTERNS, ...OUT_OF_SCOPE_PATTERNS]
      .flatMap((g) => g.patterns)
      .flatMap((p) => p.split(/[\s|]+/))
      .filter((w) => /^[a-z]/i.test(w))
      .map((w) => w.replace(/\*$/, 'ing'))
  ),
  'the', 'with', 'IT', 'A/B', 'Leeds', '2024', 'things'
]

describe('word index', () => {
  it('finds exactly the matches of trying every pattern on every label', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 9 }), (words) => {
        const tokens = tokenize(words.join(' '))
        const byToken = tokens.map((t) => index.termsOf(t))
        const candidates = new Set(index.candidates(byToken))
        patterns.forEach((p, i) => {
          const plain = matchPattern(p, tokens)
          if (plain) expect(candidates.has(i)).toBe(true)
          if (candidates.has(i)) expect(matchPattern(p, tokens, { byToken, ids: index.termIds[i] })).toEqual(plain)
        })
      }),
      { numRuns: 300 }
    )
  })

  it('gives each term of each pattern its own id', () => {
    const ids = index.termIds.flat()
    expect(new Set(ids).size).toBe(ids.length)
    expect(index.termIds.map((t) => t.length)).toEqual(patterns.map((p) => p.terms.length))
  })
})
