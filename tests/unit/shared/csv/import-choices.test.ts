// Hostile headers and problem rows: a header named like an Object.prototype member is just
// a column, and rows with problems are skipped or imported without a manager when the
// user chooses so — the rest of the table still imports.

import { describe, expect, it } from 'vitest'
import { applyOps } from '@shared/ops/operations'
import { emptyChart } from '@shared/model/chart'
import { guessMapping, importOps, planRoleImport, type PlanOptions, readCsv } from '@shared/csv/roles-import'

const seeded = () => {
  let s = 42
  return () => ((s = (s * 16807) % 2147483647) / 2147483647)
}

function plan(csv: string, options: PlanOptions = {}, mapping?: Parameters<typeof planRoleImport>[1]) {
  const table = readCsv(csv)
  return planRoleImport(table.rows, mapping ?? guessMapping(table.headers), undefined, { random: seeded(), tableProblems: table.problems, ...options })
}

describe('hostile headers', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('a column named %s holds its own text and can be chosen as any field', (header) => {
    const table = readCsv(`Title,${header}\nCEO,Ada\nCOO,Ben\n`)
    expect(table.headers).toEqual(['Title', header])
    expect(table.rows.map((r) => r.values.get(header))).toEqual(['Ada', 'Ben'])
    for (const field of ['person', 'department', 'reportsTo', 'id'] as const) {
      const p = planRoleImport(table.rows, { title: 'Title', [field]: header }, undefined, { random: seeded() })
      expect(p.roles.length + p.problems.length).toBeGreaterThan(0)
    }
    const asTitle = planRoleImport(table.rows, { title: header }, undefined, { random: seeded() })
    expect(asTitle.roles.map((r) => r.title)).toEqual(['Ada', 'Ben'])
  })

  it('a missing cell under __proto__ is empty, not Object.prototype', () => {
    const table = readCsv('Title,__proto__\nCEO\n')
    expect(table.rows[0].values.get('__proto__')).toBe('')
    expect(Object.getPrototypeOf({})).not.toHaveProperty('Title')
  })
})

describe('cells follow the chart text rules', () => {
  it('turns line breaks into spaces and drops control and text-direction characters', () => {
    const p = plan('Title,Name\n"Ops\nLead","Kim\u202E\u0007 Jones"\n')
    expect(p.problems).toEqual([])
    expect(p.roles.map((r) => [r.title, r.person])).toEqual([['Ops Lead', 'Kim Jones']])
  })

  it('counts title lengths in characters: 200 emoji fit, 201 do not', () => {
    expect(plan(`Title\n${'🚚'.repeat(200)}\n`).problems).toEqual([])
    expect(plan(`Title\n${'🚚'.repeat(201)}\n`).problems[0].message).toMatch(/has 201 characters; at most 200 fit/)
  })
})

describe('rows with problems', () => {
  // 30 rows under a CEO; rows 8 and 20 name managers nobody has, row 12 has no title,
  // row 25 repeats row 24.
  const lines = ['Title,Name,Reports to', 'CEO,Ada,']
  for (let i = 3; i <= 31; i++) {
    if (i === 8) lines.push('Buyer,Bo,Chief Buyer')
    else if (i === 20) lines.push('Driver,Di,Head of Fleet')
    else if (i === 12) lines.push(',Cy,CEO')
    else if (i === 25) lines.push(lines[lines.length - 1])
    else lines.push(`Role ${i},Person ${i},CEO`)
  }
  const csv = `${lines.join('\n')}\n`

  it('block the import until the user chooses, listing every problem by row', () => {
    const p = plan(csv)
    expect(p.roles).toEqual([])
    expect(p.problems.map((x) => [x.row, x.kind])).toEqual([[8, 'manager'], [12, 'row'], [20, 'manager'], [25, 'row']])
  })

  it('are left out when the user chooses to skip them; the other 26 import', () => {
    const p = plan(csv, { problemRows: 'skip' })
    expect(p.skipped).toEqual([8, 12, 20, 25])
    expect(p.withoutManager).toEqual([])
    expect(p.roles).toHaveLength(26)
    expect(p.problems).toHaveLength(4)
    const chart = applyOps(emptyChart('c', 'C'), importOps(p)).chart
    expect(chart.roles.filter((r) => r.reportsTo === null).map((r) => r.title)).toEqual(['CEO'])
  })

  it('whose manager is unknown import as top-level roles when the user chooses so; the others are skipped', () => {
    const p = plan(csv, { problemRows: 'without-manager' })
    expect(p.skipped).toEqual([12, 25])
    expect(p.withoutManager).toEqual([8, 20])
    expect(p.roles).toHaveLength(28)
    const tops = p.roles.filter((r) => r.reportsTo === null).map((r) => r.title)
    expect(tops.sort()).toEqual(['Buyer', 'CEO', 'Driver'])
  })

  it('take their reports with them when skipped, or leave them top-level, as chosen', () => {
    const chain = 'Title,Reports to\nCEO,\nCOO,Chief Exec\nOps Lead,COO\nPicker,Ops Lead\n'
    const skip = plan(chain, { problemRows: 'skip' })
    expect(skip.skipped).toEqual([3, 4, 5])
    expect(skip.roles.map((r) => r.title)).toEqual(['CEO'])
    const keep = plan(chain, { problemRows: 'without-manager' })
    expect(keep.skipped).toEqual([])
    expect(keep.withoutManager).toEqual([3])
    expect(keep.roles.map((r) => r.title)).toEqual(['CEO', 'COO', 'Ops Lead', 'Picker'])
  })

  it('break a reporting loop by importing one of its rows without a manager', () => {
    const p = plan('Title,Reports to\nA,C\nB,A\nC,B\n', { problemRows: 'without-manager' })
    expect(p.withoutManager).toEqual([2])
    expect(p.roles).toHaveLength(3)
  })

  it('never make a file problem go away: an unclosed quote still blocks', () => {
    const p = plan('Title,Name\nCEO,"Ann\n', { problemRows: 'skip' })
    expect(p.roles).toEqual([])
    expect(p.problems[0].message).toMatch(/not closed/)
  })

  it('with extra cells can be skipped too', () => {
    const p = plan('Title,Name\nCEO,Ann,extra\nCOO,Ben\n', { problemRows: 'skip' })
    expect(p.skipped).toEqual([2])
    expect(p.roles.map((r) => r.title)).toEqual(['COO'])
  })
})
