import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHART_LIMITS, parseChartFile, serializeChart } from '@shared/format/chart-file'
import { stripBadCharacters } from '@shared/format/text-rules'
import { defaultChart } from '@shared/fixtures/default-chart'
import { exceptionsChart } from '@shared/fixtures/test-charts'
import { CARD_KINDS, type Chart, ROLE_TYPES } from '@shared/model/chart'
import { CATEGORY_IDS } from '@shared/rules/categories'

const VALID = [serializeChart(defaultChart()), serializeChart(exceptionsChart())]

function expectWellFormed(result: ReturnType<typeof parseChartFile>): void {
  if (result.ok) {
    expect(Array.isArray(result.chart.roles)).toBe(true)
    return
  }
  expect(result.problems.length).toBeGreaterThan(0)
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string')
    expect(p.message.trim().length).toBeGreaterThan(10)
  }
}

/** Every path to a value inside a parsed JSON document. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at]
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [at, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...at, k]))]
}

function replaceAt(doc: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next
  const copy = (Array.isArray(doc) ? [...doc] : { ...(doc as object) }) as Record<string | number, unknown>
  copy[path[0]] = replaceAt(copy[path[0]], path.slice(1), next)
  return copy
}

describe('parseChartFile never throws and always explains itself', () => {
  it('on truncated files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(), (text, n) => {
        expectWellFormed(parseChartFile(text.slice(0, n % text.length)))
      }),
      { numRuns: 300 }
    )
  })

  it('on files with characters inserted, removed or replaced', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: 'binary', maxLength: 3 }))
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let s = text
        for (const [at, cut, insert] of edits) {
          const i = at % (s.length + 1)
          s = s.slice(0, i) + insert + s.slice(i + cut)
        }
        expectWellFormed(parseChartFile(s))
      }),
      { numRuns: 500 }
    )
  })

  it('on files where any value is swapped for a value of another type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(), fc.jsonValue(), (text, n, value) => {
        const doc = JSON.parse(text)
        const paths = pathsOf(doc)
        expectWellFormed(parseChartFile(JSON.stringify(replaceAt(doc, paths[n % paths.length], value))))
      }),
      { numRuns: 500 }
    )
  })

  it('on arbitrary JSON and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary' })), (text) => expectWellFormed(parseChartFile(text))),
      { numRuns: 500 }
    )
  })
})

// Any code points the text rules allow (lengths are counted in code points).
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max }).map((s) => stripBadCharacters(s))
const idArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => stripBadCharacters(s)).filter((s) => s.length > 0)
const coordinate = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, min: -CHART_LIMITS.maxCoordinate, max: CHART_LIMITS.maxCoordinate }).filter((x) => !Object.is(x, -0))
)

const chartArb: fc.Arbitrary<Chart> = fc
  .record({
    id: idArb,
    title: text(200),
    roleIds: fc.uniqueArray(idArb, { maxLength: 12 }),
    dutyIds: fc.uniqueArray(idArb, { maxLength: 20 })
  })
  .chain(({ id, title, roleIds, dutyIds }) =>
    fc.record({
      id: fc.constant(id),
      title: fc.constant(title),
      roles: fc.tuple(
        ...roleIds.map((rid, i) =>
          fc.record(
            {
              id: fc.constant(rid),
              title: text(200),
              person: text(120),
              roleType: fc.constantFrom(...ROLE_TYPES),
              department: text(200),
              // Only earlier roles as managers, so the generated chart never loops.
              reportsTo: i === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...roleIds.slice(0, i)), { nil: null }),
              x: coordinate,
              y: coordinate
            },
            { requiredKeys: ['id', 'title'] }
          )
        )
      ),
      duties: fc.tuple(
        ...dutyIds.map((did) =>
          fc.record(
            {
              id: fc.constant(did),
              label: text(200),
              kind: fc.constantFrom(...CARD_KINDS),
              roleId: roleIds.length ? fc.option(fc.constantFrom(...roleIds), { nil: null }) : fc.constant(null),
              category: fc.constantFrom(...CATEGORY_IDS),
              group: text(200),
              cardId: idArb
            },
            { requiredKeys: ['id', 'label'] }
          )
        )
      ),
      exceptions: fc.uniqueArray(
        fc.record(
          {
            ruleId: fc.constantFrom('ops-scope', 'other-rule'),
            roleId: roleIds.length ? fc.constantFrom(...roleIds) : fc.constant(undefined),
            dutyId: dutyIds.length ? fc.constantFrom(...dutyIds) : fc.constant(undefined),
            note: text(200).filter((s) => s.trim().length > 0)
          },
          { requiredKeys: ['ruleId', 'note'] }
        ),
        { selector: (e) => `${e.ruleId}|${e.roleId ?? ''}|${e.dutyId ?? ''}`, maxLength: 5 }
      )
    })
  )
  .map((c) => ({
    ...c,
    // fc.record may set an optional key to undefined; a real chart simply leaves it out.
    exceptions: c.exceptions.map((e) => JSON.parse(JSON.stringify(e)))
  }))

describe('random valid charts', () => {
  it('come back unchanged after saving and loading, with no warnings', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const result = parseChartFile(serializeChart(chart))
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        expect(result.chart).toEqual(chart)
        expect(result.warnings).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('save to the same bytes after a load', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const first = serializeChart(chart)
        const loaded = parseChartFile(first)
        expect(loaded.ok && serializeChart(loaded.chart)).toBe(first)
      }),
      { numRuns: 200 }
    )
  })
})
