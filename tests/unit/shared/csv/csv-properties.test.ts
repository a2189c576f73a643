// CSV import on generated bad input: random text and bytes, broken quotes, line breaks in
// cells, huge rows, repeated headers, reporting loops, repeated titles, unknown managers
// and columns mapped wrongly. readCsv and planRoleImport never throw; a plan either adds
// roles and reports nothing, or adds nothing and reports problems that each point at a
// real row with a message.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import {
  type ColumnMapping,
  type CsvTable,
  guessMapping,
  IMPORT_FIELDS,
  planRoleImport,
  type RoleImportPlan,
  readCsv
} from '@shared/csv/roles-import'
import { existingChart } from './fixtures'

const existing: Chart = existingChart

const seeded = (seed: number) => {
  let s = (seed % 2147483646) + 1
  return () => {
    s = (s * 16807) % 2147483647
    return s / 2147483647
  }
}

function expectSound(table: CsvTable, plan: RoleImportPlan, chart: Chart | undefined): void {
  for (const p of table.problems) {
    expect(Number.isInteger(p.row) && p.row >= 1).toBe(true)
    expect(p.message.trim()).not.toBe('')
  }
  const rowNumbers = new Set([1, ...table.rows.map((r) => r.row)])
  if (plan.problems.length > 0) {
    expect(plan.roles).toEqual([])
    for (const p of plan.problems) {
      expect(rowNumbers.has(p.row), `problem on row ${p.row}: ${p.message}`).toBe(true)
      expect(p.message.trim()).not.toBe('')
    }
    return
  }
  // A clean plan adds one role per row, each reporting to a role that exists (or nobody), with no loops.
  expect(plan.roles).toHaveLength(table.rows.length)
  const known = new Map([...(chart?.roles ?? []), ...plan.roles].map((r) => [r.id, r]))
  expect(known.size).toBe((chart?.roles.length ?? 0) + plan.roles.length)
  for (const role of plan.roles) {
    expect(role.title.trim()).not.toBe('')
    const seen = new Set<string>()
    for (let at: string | null | undefined = role.reportsTo; at; at = known.get(at)?.reportsTo) {
      expect(known.has(at)).toBe(true)
      expect(seen.has(at)).toBe(false)
      seen.add(at)
    }
  }
}

function importText(text: string, mapping: (headers: readonly string[]) => ColumnMapping, chart: Chart | undefined, seed: number) {
  const table = readCsv(text)
  const plan = planRoleImport(table.rows, mapping(table.headers), chart, { random: seeded(seed), maxRows: 60 })
  expectSound(table, plan, chart)
  return plan
}

const HEADERS = ['Title', 'Job title', 'Name', 'Reports to', 'Manager', 'Department', 'ID', 'Title', '', 'Notes', 'name']
const CELLS = [
  'Operations Manager', 'CEO', 'COO', 'Team Lead', 'Team Lead', 'Ann', 'Bo', 'Dan Reyes', 'Amara Okafor', '', ' ',
  'r1', 'r2', 'r3', 'ghost', '"', '""', 'a,b', 'line\nbreak', 'line\r\nbreak', ';', '\t', '=cmd|calc', '<b>x</b>', '😀', '\u0000'
]

/** A header row and data rows of cells that refer to each other, quoted or not, sometimes broken. */
const table = fc
  .tuple(
    fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 })), { maxLength: 8 }), { maxLength: 12 }),
    fc.constantFrom(',', ';', '\t'),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n')
  )
  .map(([headers, rows, delimiter, quoteAll, eol]) => {
    const cell = (c: string) => (quoteAll || /[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
    return [headers, ...rows].map((r) => r.map(cell).join(delimiter)).join(eol)
  })

/** Any mapping of fields to headers: ones that exist, ones that do not, or none. */
const mapping = fc.oneof(
  fc.constant((headers: readonly string[]) => guessMapping(headers)),
  fc
    .array(fc.tuple(fc.constantFrom(...IMPORT_FIELDS), fc.nat(), fc.boolean()), { maxLength: 5 })
    .map((picks) => (headers: readonly string[]): ColumnMapping => {
      const m: Record<string, string> = {}
      for (const [field, index, real] of picks) m[field] = real && headers.length > 0 ? headers[index % headers.length] : `Missing ${index}`
      return m
    })
)

const chart = fc.constantFrom(undefined, existing)

describe('CSV role import on generated input', () => {
  it('never throws on random text or bytes', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('utf8'))
    )
    fc.assert(
      fc.property(junk, mapping, chart, fc.nat(), (text, map, c, seed) => {
        importText(text, map, c, seed)
      }),
      { numRuns: 200 }
    )
  })

  it('plans or explains tables with quotes, line breaks, repeated headers and wrong mappings', () => {
    fc.assert(
      fc.property(table, mapping, chart, fc.nat(), (text, map, c, seed) => {
        importText(text, map, c, seed)
      }),
      { numRuns: 300 }
    )
  })

  it('survives unclosed quotes anywhere in a table', () => {
    fc.assert(
      fc.property(table, fc.nat(), (text, at) => {
        const i = at % (text.length + 1)
        importText(`${text.slice(0, i)}"${text.slice(i)}`, guessMapping, existing, at)
      }),
      { numRuns: 200 }
    )
  })

  it('reports huge rows and cells instead of importing them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 201, max: 5000 }), fc.integer({ min: 1, max: 300 }), (cellLength, columns) => {
        const wide = Array.from({ length: columns }, (_, i) => `c${i}`).join(',')
        const plan = importText(`Title,Name\n${'x'.repeat(cellLength)},${wide}\nCOO Deputy,Li\n`, guessMapping, undefined, cellLength)
        expect(plan.problems.some((p) => p.row === 2)).toBe(true)
      }),
      { numRuns: 30 }
    )
  })

  it('reports every reporting loop among the rows, on a row of the loop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 5 }), (size, topRows) => {
        // Rows 0..size-1 report round in a circle (row 0 to itself when size is 1); the rest hang off the top.
        const loop = Array.from({ length: size }, (_, i) => `Role ${i},Person ${i},Person ${(i + 1) % size}`)
        const tops = Array.from({ length: topRows }, (_, i) => `Top ${i},Boss ${i},`)
        const plan = importText(`Title,Name,Reports to\n${[...tops, ...loop].join('\n')}\n`, guessMapping, undefined, size)
        expect(plan.roles).toEqual([])
        expect(plan.problems.length).toBeGreaterThan(0)
        const loopRows = new Set(Array.from({ length: size }, (_, i) => topRows + i + 2))
        expect(plan.problems.some((p) => /loop|reports to itself/.test(p.message) && loopRows.has(p.row))).toBe(true)
      }),
      { numRuns: 40 }
    )
  })

  it('reports repeated titles of the same person, managers that match nothing and managers that match several', () => {
    fc.assert(
      fc.property(fc.constantFrom('repeat', 'missing', 'ambiguous'), fc.string({ minLength: 1, maxLength: 20 }), (kind, name) => {
        const safe = name.replace(/[",;\t\r\n|]/g, 'x').trim() || 'x'
        const csv = {
          repeat: `Title,Name\nLead ${safe},Ann\nLead ${safe},Ann\n`,
          missing: `Title,Name,Reports to\nLead,Ann,Nobody ${safe}\n`,
          ambiguous: `Title,Name,Reports to\nTeam Lead,Ann,\nTeam Lead,Bo,\nHelper ${safe},Cy,Team Lead\n`
        }[kind]
        const plan = importText(csv, guessMapping, undefined, name.length)
        expect(plan.problems.length, csv).toBeGreaterThan(0)
        expect(plan.roles).toEqual([])
      }),
      { numRuns: 60 }
    )
  })
})
