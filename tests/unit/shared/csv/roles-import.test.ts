// Importing roles from CSV: columns are guessed from common header names, managers are
// found by title, name or id, and any problem (with its row) stops the whole import.

import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import { applyOps } from '@shared/ops/operations'
import { guessMapping, importOps, MAX_IMPORT_ROWS, planRoleImport, readCsv } from '@shared/csv/roles-import'
import { existingChart } from './fixtures'

let seed = 1
const random = (): number => {
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
}

function plan(csv: string, existing?: Chart) {
  const table = readCsv(csv)
  return planRoleImport(table.rows, guessMapping(table.headers), existing, { random })
}

const chart: Chart = existingChart

describe('readCsv', () => {
  it('keeps commas, quotes and line breaks inside quoted cells', () => {
    const t = readCsv('Title,Name\r\n"Head of Sales, EMEA","Kim ""KJ"" Jones"\r\n"Ops\nLead",Sam\r\n')
    expect(t.headers).toEqual(['Title', 'Name'])
    expect(t.rows.map((r) => Object.fromEntries(r.values))).toEqual([
      { Title: 'Head of Sales, EMEA', Name: 'Kim "KJ" Jones' },
      { Title: 'Ops\nLead', Name: 'Sam' }
    ])
    expect(t.problems).toEqual([])
  })

  it('numbers rows as a spreadsheet does, skipping blank lines without renumbering', () => {
    const t = readCsv('\uFEFFTitle;Dept\nCEO;Board\n\n;\nCOO;Ops\n')
    expect(t.headers).toEqual(['Title', 'Dept'])
    expect(t.rows.map((r) => r.row)).toEqual([2, 5])
  })

  it('detects semicolon and tab separated files from the header row', () => {
    expect(Object.fromEntries(readCsv('Title;Name\n"Sales; EMEA";Kim\n').rows[0].values)).toEqual({ Title: 'Sales; EMEA', Name: 'Kim' })
    expect(Object.fromEntries(readCsv('Title\tReports to\nCOO\tCEO, Group\n').rows[0].values)).toEqual({ Title: 'COO', 'Reports to': 'CEO, Group' })
  })

  it('reports an unclosed quote and a row with extra cells', () => {
    expect(readCsv('Title,Name\nCEO,Ann,extra\n').problems).toEqual([expect.objectContaining({ row: 2 })])
    expect(readCsv('Title,Name\nCEO,"Ann\n').problems[0].message).toMatch(/not closed/)
  })

  it('names blank and repeated headers so every column can be chosen', () => {
    expect(readCsv('Name,,name\na,b,c\n').headers).toEqual(['Name', 'Column 2', 'name (2)'])
  })
})

describe('guessMapping', () => {
  it('recognises common header names in any case', () => {
    expect(guessMapping(['Job Title', 'Name', 'Reports to', 'Dept'])).toEqual({ title: 'Job Title', person: 'Name', reportsTo: 'Reports to', department: 'Dept' })
    expect(guessMapping(['EMPLOYEE NAME', 'position', 'Manager', 'Team', 'Employee ID'])).toEqual({
      title: 'position',
      person: 'EMPLOYEE NAME',
      reportsTo: 'Manager',
      department: 'Team',
      id: 'Employee ID'
    })
  })

  it('does not take a manager column for the person', () => {
    expect(guessMapping(['Role', 'Manager name', 'Staff member name'])).toEqual({ title: 'Role', reportsTo: 'Manager name', person: 'Staff member name' })
  })

  it('leaves fields unmapped when no header fits', () => {
    expect(guessMapping(['Colour', 'Size'])).toEqual({})
  })
})

describe('planRoleImport', () => {
  it('creates roles with ids, managers by name or title, and a tree layout', () => {
    const p = plan('Title,Name,Reports to,Dept\nCFO,Lee,,Finance\nController,Ana,Lee,Finance\nAccountant,Bo,Controller,Finance\nAnalyst,Cy,CFO,\n')
    expect(p.problems).toEqual([])
    const byTitle = new Map(p.roles.map((r) => [r.title, r]))
    expect(byTitle.get('CFO')).toMatchObject({ person: 'Lee', department: 'Finance', reportsTo: null })
    expect(byTitle.get('Controller')!.reportsTo).toBe(byTitle.get('CFO')!.id)
    expect(byTitle.get('Accountant')!.reportsTo).toBe(byTitle.get('Controller')!.id)
    expect(byTitle.get('Analyst')!.reportsTo).toBe(byTitle.get('CFO')!.id)
    expect(byTitle.get('Analyst')).not.toHaveProperty('department')
    expect(new Set(p.roles.map((r) => r.id)).size).toBe(4)
    expect(byTitle.get('Controller')!.y).toBeGreaterThan(byTitle.get('CFO')!.y!)
    expect(byTitle.get('Accountant')!.y).toBeGreaterThan(byTitle.get('Controller')!.y!)
    const spots = new Set(p.roles.map((r) => `${r.x},${r.y}`))
    expect(spots.size).toBe(4)
  })

  it('links to roles already in the chart by id, name or title, and places new roles below it', () => {
    const p = plan('Title,Manager\nHead of Logistics,Dan Reyes\nHead of IT,ceo\nHead of Risk,coo\n', chart)
    expect(p.problems).toEqual([])
    expect(p.roles.map((r) => r.reportsTo)).toEqual(['coo', 'ceo', 'coo'])
    for (const r of p.roles) expect(r.y).toBeGreaterThan(260)
    const applied = applyOps(chart, importOps(p)).chart
    expect(applied.roles).toHaveLength(5)
  })

  it('reports a manager nobody matches, on its row and column', () => {
    const p = plan('Title,Reports to\nCEO,\nCOO,Chief Exec\n')
    expect(p.roles).toEqual([])
    expect(p.problems).toEqual([{ row: 3, column: 'Reports to', kind: 'manager', message: expect.stringContaining('"Chief Exec"') }])
  })

  it('reports a reporting loop once, naming its rows', () => {
    const p = plan('Title,Reports to\nA,C\nB,A\nC,B\nD,\nE,E\n')
    expect(p.roles).toEqual([])
    expect(p.problems).toHaveLength(2)
    expect(p.problems[0]).toMatchObject({ row: 2, column: 'Reports to' })
    expect(p.problems[0].message).toMatch(/Rows 2, 3 and 4 report to each other/)
    expect(p.problems[1]).toMatchObject({ row: 6, message: expect.stringMatching(/reports to itself/) })
  })

  it('reports repeated title and person, in the file or already in the chart', () => {
    const p = plan('Title,Name\nBuyer,Kim\nbuyer, kim \nBuyer,Lou\nCEO,Amara Okafor\n', chart)
    expect(p.problems.map((x) => x.row)).toEqual([3, 5])
    expect(p.problems[0].message).toMatch(/repeats row 2/)
    expect(p.problems[1].message).toMatch(/already in the chart/)
  })

  it('reports empty titles and an ambiguous manager', () => {
    const p = plan('Title,Name,Reports to\nTeam Lead,Ann,\nTeam Lead,Bob,\n,Cy,\nPicker,Di,Team Lead\n')
    expect(p.problems).toEqual([
      { row: 4, column: 'Title', kind: 'row', message: expect.stringMatching(/empty/) },
      { row: 5, column: 'Reports to', kind: 'manager', message: expect.stringMatching(/matches 2 roles/) }
    ])
  })

  it('refuses more rows than it imports at once, and a table without a title column', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Role ${i}`).join('\n')
    const p = plan(`Title\n${rows}\n`)
    expect(p.roles).toEqual([])
    expect(p.problems).toEqual([{ row: MAX_IMPORT_ROWS + 2, message: expect.stringMatching(/at most 2000/) }])
    const t = readCsv('Colour\nred\n')
    expect(planRoleImport(t.rows, {}, undefined).problems[0].message).toMatch(/title/)
  })
})

describe('importOps', () => {
  it('adds managers before their reports so every operation applies', () => {
    const p = plan('Title,Reports to\nAnalyst,Controller\nController,CFO\nCFO,\n')
    const ops = importOps(p)
    expect(ops.map((o) => (o.type === 'addRole' ? o.role.title : ''))).toEqual(['CFO', 'Controller', 'Analyst'])
    const applied = applyOps({ ...chart, roles: [] }, ops).chart
    expect(applied.roles.map((r) => r.title)).toEqual(['CFO', 'Controller', 'Analyst'])
  })
})
