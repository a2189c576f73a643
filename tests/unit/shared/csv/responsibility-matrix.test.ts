// The responsibility matrix: one row per held card and per unheld card, with the rule
// status and accepted-exception note, as CSV that spreadsheets read safely.

import { describe, expect, it } from 'vitest'
import { EXCEL_BOM, MATRIX_COLUMNS, responsibilityMatrixCsv } from '@shared/csv/responsibility-matrix'
import { readCsv } from '@shared/csv/roles-import'
import type { Chart } from '@shared/model/chart'
import type { Finding, LintResult } from '@shared/rules/types'

const chart: Chart = {
  id: 'c',
  title: 'T',
  roles: [
    { id: 'om', title: 'Operations Manager', person: 'Dan, "the boss"', department: 'Ops' },
    { id: 'hr', title: 'HR Manager' }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'om', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Write press releases', roleId: 'om', category: 'public-relations' },
    { id: 'd3', label: 'Schedule shifts\nweekly', roleId: 'om', kind: 'duty', category: 'operations' },
    { id: 'f1', label: 'Logistics', kind: 'function', roleId: 'om' },
    { id: 'd4', label: '=HYPERLINK("http://evil")', roleId: 'hr' },
    { id: 'd5', label: '-1 cost centre', roleId: null },
    { id: 'd6', label: '@risk register' }
  ],
  exceptions: [{ ruleId: 'scope', roleId: 'om', dutyId: 'd2', note: 'Small firm; no PR team yet' }]
}

const finding = (roleId: string | null, dutyId: string | undefined, message: string, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId: 'scope',
  messageId: 'm',
  severity,
  roleId,
  dutyId,
  message,
  reason: '',
  evidence: [],
  suggestions: [],
  fingerprint: `${roleId}|${dutyId}`
})

const lint: LintResult = {
  findings: [finding('om', 'd1', 'Pay talks usually sit with HR'), finding('om', undefined, 'Holds many out-of-scope cards', 'info')],
  accepted: [{ finding: finding('om', 'd2', 'Press work usually sits with PR'), exception: chart.exceptions[0] }],
  stale: []
}

function table(csv: string) {
  const t = readCsv(csv)
  return { headers: t.headers, rows: t.rows.map((r) => Object.fromEntries(r.values)), problems: t.problems }
}

describe('responsibilityMatrixCsv', () => {
  it('writes one row per held card, per role-level finding and per unheld card', () => {
    const t = table(responsibilityMatrixCsv(chart, lint))
    expect(t.problems).toEqual([])
    expect(t.headers).toEqual([...MATRIX_COLUMNS])
    expect(t.rows.map((r) => [r.Role, r.Card])).toEqual([
      ['Operations Manager', 'Negotiate salaries'],
      ['Operations Manager', 'Write press releases'],
      ['Operations Manager', 'Schedule shifts\nweekly'],
      ['Operations Manager', 'Logistics'],
      ['Operations Manager', ''],
      ['HR Manager', "'=HYPERLINK(\"http://evil\")"],
      ['', "'-1 cost centre"],
      ['', "'@risk register"]
    ])
  })

  it('gives each row its status, finding and accepted-exception note', () => {
    const rows = table(responsibilityMatrixCsv(chart, lint)).rows
    expect(rows[0]).toMatchObject({ Person: 'Dan, "the boss"', Department: 'Ops', Kind: 'duty', Category: 'hr-beyond-operations', Status: 'open warning', Finding: 'Pay talks usually sit with HR', 'Accepted exception note': '' })
    expect(rows[1]).toMatchObject({ Status: 'accepted', Finding: 'Press work usually sits with PR', 'Accepted exception note': 'Small firm; no PR team yet' })
    expect(rows[2]).toMatchObject({ Status: 'ok', Finding: '', Category: 'operations' })
    expect(rows[3]).toMatchObject({ Kind: 'function', Status: 'ok' })
    expect(rows[4]).toMatchObject({ Status: 'note', Finding: 'Holds many out-of-scope cards' })
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = responsibilityMatrixCsv(chart, lint)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(csv).toContain(`"'-1 cost centre"`)
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m)
  })

  it('quotes every cell and ends lines with CRLF; adds a BOM only when asked', () => {
    const csv = responsibilityMatrixCsv(chart, { findings: [], accepted: [], stale: [] })
    expect(csv.split('\r\n')[0]).toBe(MATRIX_COLUMNS.map((c) => `"${c}"`).join(','))
    expect(csv.startsWith(EXCEL_BOM)).toBe(false)
    expect(responsibilityMatrixCsv(chart, lint, { bom: true }).startsWith(EXCEL_BOM)).toBe(true)
  })
})
