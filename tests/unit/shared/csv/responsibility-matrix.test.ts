// The responsibility matrix: one row per card, one column per role (empty roles too),
// with each card's category, rule status and accepted-exception note, as CSV that
// spreadsheets read safely.

import { describe, expect, it } from 'vitest'
import {
  EXCEL_BOM,
  MATRIX_COLUMNS,
  MATRIX_LIMITS,
  matrixTooLarge,
  responsibilityMatrixCsv,
  responsibilityMatrixLines,
  roleColumnNames,
  ROLE_FINDINGS_ROW
} from '@shared/csv/responsibility-matrix'
import { readCsv } from '@shared/csv/roles-import'
import type { Chart } from '@shared/model/chart'
import type { Finding, LintResult } from '@shared/rules/types'

const chart: Chart = {
  id: 'c',
  title: 'T',
  roles: [
    { id: 'om', title: 'Operations Manager', person: 'Dan, "the boss"', department: 'Ops' },
    { id: 'hr', title: 'HR Manager' },
    { id: 'buyer', title: 'Buyer' }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'om', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Write press releases', roleId: 'om' },
    { id: 'd3', label: 'Schedule shifts\nweekly', roleId: 'om', kind: 'duty', category: 'operations' },
    { id: 'f1', label: 'Logistics', kind: 'function', roleId: 'om' },
    { id: 'd4', label: '=HYPERLINK("http://evil")', roleId: 'hr' },
    { id: 'd5', label: '-1 cost centre', roleId: null },
    { id: 'd6', label: '@risk register' }
  ],
  exceptions: [{ ruleId: 'scope', roleId: 'om', dutyId: 'd2', note: 'Small firm; no PR team yet' }]
}

const finding = (roleId: string | null, dutyId: string | undefined, message: string, severity: Finding['severity'] = 'warning', category?: string): Finding => ({
  ruleId: 'scope',
  messageId: 'm',
  severity,
  roleId,
  dutyId,
  category,
  message,
  reason: '',
  evidence: [],
  suggestions: [],
  fingerprint: `${roleId}|${dutyId}`
})

const lint: LintResult = {
  findings: [finding('om', 'd1', 'Pay talks usually sit with HR'), finding('om', undefined, 'Holds many out-of-scope cards', 'info')],
  accepted: [{ finding: finding('om', 'd2', 'Press work usually sits with PR', 'warning', 'public-relations'), exception: chart.exceptions[0] }],
  stale: []
}
const NO_FINDINGS: LintResult = { findings: [], accepted: [], stale: [] }

function table(csv: string) {
  const t = readCsv(csv)
  return { headers: t.headers, rows: t.rows.map((r) => Object.fromEntries(r.values)), problems: t.problems }
}

describe('responsibilityMatrixCsv', () => {
  it('has one column per role, roles that hold nothing included, after the card columns', () => {
    const t = table(responsibilityMatrixCsv(chart, lint))
    expect(t.problems).toEqual([])
    expect(t.headers).toEqual([...MATRIX_COLUMNS, 'Operations Manager', 'HR Manager', 'Buyer'])
    expect(t.rows.every((r) => r.Buyer === '')).toBe(true)
  })

  it('writes one row per card in chart order, marked in the column of the role that holds it', () => {
    const rows = table(responsibilityMatrixCsv(chart, lint)).rows
    expect(rows.map((r) => [r.Card, r['Held by'], r['Operations Manager'], r['HR Manager']])).toEqual([
      ['Negotiate salaries', 'Operations Manager', 'holds, open warning', ''],
      ['Write press releases', 'Operations Manager', 'holds, accepted', ''],
      ['Schedule shifts\nweekly', 'Operations Manager', 'holds', ''],
      ['Logistics', 'Operations Manager', 'holds', ''],
      ["'=HYPERLINK(\"http://evil\")", 'HR Manager', '', 'holds'],
      ["'-1 cost centre", '', '', ''],
      ["'@risk register", '', '', ''],
      [ROLE_FINDINGS_ROW, '', 'note: Holds many out-of-scope cards', '']
    ])
  })

  it("gives each card its category, status, finding and the group's accepted-exception note", () => {
    const rows = table(responsibilityMatrixCsv(chart, lint)).rows
    expect(rows[0]).toMatchObject({ Kind: 'duty', Category: 'hr-beyond-operations', Status: 'open warning', Finding: 'Pay talks usually sit with HR', 'Accepted exception note': '' })
    // No category on the card itself: the finding's category is shown.
    expect(rows[1]).toMatchObject({ Category: 'public-relations', Status: 'accepted', Finding: 'Press work usually sits with PR', 'Accepted exception note': 'Small firm; no PR team yet' })
    expect(rows[2]).toMatchObject({ Category: 'operations', Status: 'ok', Finding: '' })
    expect(rows[3]).toMatchObject({ Kind: 'function', Category: '', Status: 'ok' })
    expect(rows[5]).toMatchObject({ 'Held by': '', Status: 'ok' })
  })

  it('leaves out the role-level row when no finding is about a role as a whole', () => {
    const rows = table(responsibilityMatrixCsv(chart, NO_FINDINGS)).rows
    expect(rows).toHaveLength(chart.duties.length)
    expect(rows.map((r) => r.Card)).not.toContain(ROLE_FINDINGS_ROW)
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = responsibilityMatrixCsv(chart, lint)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(csv).toContain(`"'-1 cost centre"`)
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m)
  })

  it('quotes non-empty cells, leaves empty ones bare, ends lines with CRLF; adds a BOM only when asked', () => {
    const csv = responsibilityMatrixCsv(chart, NO_FINDINGS)
    expect(csv.split('\r\n')[0]).toBe([...MATRIX_COLUMNS, 'Operations Manager', 'HR Manager', 'Buyer'].map((c) => `"${c}"`).join(','))
    expect(csv.endsWith('\r\n"\'@risk register","duty",,,"ok",,,,,\r\n')).toBe(true)
    expect(csv.startsWith(EXCEL_BOM)).toBe(false)
    expect(responsibilityMatrixCsv(chart, lint, { bom: true }).startsWith(EXCEL_BOM)).toBe(true)
  })

  it('comes as one line per row, so a big chart can be written without holding the whole table', () => {
    const lines = [...responsibilityMatrixLines(chart, lint)]
    expect(lines).toHaveLength(1 + chart.duties.length + 1)
    expect(lines.every((l) => l.endsWith('\r\n'))).toBe(true)
    expect(lines.join('')).toBe(responsibilityMatrixCsv(chart, lint))
  })
})

describe('roleColumnNames', () => {
  it('tells roles with the same title apart by person, else by number, and never repeats a card column', () => {
    const names = roleColumnNames([
      { id: 'a', title: 'Team Lead', person: 'Ana' },
      { id: 'b', title: 'Team Lead', person: 'Ben' },
      { id: 'c', title: 'Team Lead' },
      { id: 'd', title: 'Team Lead' },
      { id: 'e', title: 'Status' },
      { id: 'f', title: '  ' }
    ])
    expect(names).toEqual(['Team Lead (Ana)', 'Team Lead (Ben)', 'Team Lead', 'Team Lead (2)', 'Status (2)', 'Untitled role'])
  })
})

describe('matrixTooLarge', () => {
  it('refuses, saying what to do, a matrix wider than a spreadsheet can open', () => {
    const roles = Array.from({ length: MATRIX_LIMITS.maxColumns }, (_, i) => ({ id: `r${i}`, title: `Role ${i}` }))
    const wide: Chart = { id: 'w', title: 'Wide', roles, duties: [], exceptions: [] }
    expect(matrixTooLarge(chart)).toBeNull()
    expect(matrixTooLarge(wide)).toMatch(/16,391 columns, more than a spreadsheet can open .*Nothing was written.*PDF/)
    expect(() => responsibilityMatrixCsv(wide, NO_FINDINGS)).toThrow(RangeError)
  })
})
