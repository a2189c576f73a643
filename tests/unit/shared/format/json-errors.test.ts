import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineColumn, locateJsonError } from '@shared/format/json-errors'

const parses = (s: string) => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

/** Valid JSON with one character inserted, removed or replaced: mostly invalid, sometimes not. */
const nearlyJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'remove', 'replace'), fc.constantFrom(...'{}[]",:\\ 0-.etn\n\u0001'.split('')))
  .map(([s, n, how, c]) => {
    const i = s.length ? n % s.length : 0
    if (how === 'insert') return s.slice(0, i) + c + s.slice(i)
    if (how === 'remove') return s.slice(0, i) + s.slice(i + 1)
    return s.slice(0, i) + c + s.slice(i + 1)
  })

describe('locateJsonError', () => {
  it('finds no error in valid JSON', () => {
    fc.assert(fc.property(fc.json(), (s) => locateJsonError(s) === null))
  })

  it('agrees with JSON.parse on near-misses and random text, and points inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string(), fc.string({ unit: 'binary' })), (s) => {
        const at = locateJsonError(s)
        expect(at === null).toBe(parses(s))
        if (at) {
          expect(at.offset).toBeGreaterThanOrEqual(0)
          expect(at.offset).toBeLessThanOrEqual(s.length)
          expect(at.what.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 }
    )
    // Generous: the machine this runs on may be busy; the runs themselves take well under a second.
  }, 30_000)

  it('gives 1-based line and column numbers', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7 })
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })

  it('reports an unclosed list or object at the end of the text', () => {
    expect(locateJsonError('[1, 2')?.what).toMatch(/ends before a list is closed/)
    expect(locateJsonError('{"a": {')?.what).toMatch(/ends before an object is closed/)
  })

  it('survives very deep nesting without overflowing the stack', () => {
    expect(locateJsonError('['.repeat(200_000))?.what).toMatch(/ends before a list is closed/)
  })
})
