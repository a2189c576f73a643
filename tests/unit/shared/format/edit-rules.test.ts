// Edits are held to the same text rules and bounds as chart files, so whatever the app
// lets a user type can be saved and opened again.

import { describe, expect, it } from 'vitest'
import { parseChartFile, serializeChart } from '@shared/format/chart-file'
import type { Chart } from '@shared/model/chart'
import { applyOp, OpError, type Op } from '@shared/ops/operations'

const chart: Chart = {
  id: 'c1',
  title: 'Test',
  roles: [{ id: 'ceo', title: 'CEO', x: 0, y: 0 }],
  duties: [{ id: 'd1', label: 'Plan routes', roleId: 'ceo' }],
  exceptions: []
}

const refusal = (op: Op) => {
  try {
    applyOp(chart, op)
  } catch (err) {
    if (err instanceof OpError) return err.message
    throw err
  }
  return null
}

describe('edits follow the file rules', () => {
  it.each<[string, Op, RegExp]>([
    ['a chart name with a right-to-left override', { type: 'renameChart', title: 'Board pack \u202Efdp.exe' }, /^A chart name contains a text-direction control.*U\+202E.*Retype the text without it\.$/],
    ['a role title with NUL', { type: 'updateRole', roleId: 'ceo', patch: { title: 'C\u0000EO' } }, /^A role title contains a NUL character/],
    ['a new role whose title has a lone surrogate', { type: 'addRole', role: { id: 'r2', title: 'Lead \ud800' } }, /^A role title contains half of a broken character pair/],
    ['a person with a control character', { type: 'updateRole', roleId: 'ceo', patch: { person: 'Ada\u0007' } }, /^A person's name contains a control character/],
    ['a card label with a bidi isolate', { type: 'updateDuty', dutyId: 'd1', patch: { label: '\u2067Plan' } }, /^A card's text contains a text-direction control/],
    ['a note with NUL', { type: 'acceptException', exception: { ruleId: 'x', dutyId: 'd1', note: 'ok\u0000' } }, /^A note contains a NUL character/],
    ['a role title of 201 emoji', { type: 'updateRole', roleId: 'ceo', patch: { title: '🏭'.repeat(201) } }, /^A role title can be at most 200 characters long \(this one has 201\)\.$/],
    ['a role moved to 1e300', { type: 'moveRoles', positions: [{ id: 'ceo', x: 1e300, y: 0 }] }, /at most 10,000,000 units/],
    ['a role placed at NaN', { type: 'addRole', role: { id: 'r2', title: 'Lead', x: Number.NaN, y: 0 } }, /at most 10,000,000 units/],
    ['a custom card with a right-to-left override', { type: 'addCard', card: { id: 'card-x', label: 'Pay ‮exe', kind: 'duty', group: 'Custom', category: '' } }, /^A card's text contains a text-direction control/],
    ['a custom rule with a control character', { type: 'setRuleSettings', rules: { custom: [{ id: 'c', roleTitle: 'CFO\u0008', domain: 'marketing', reason: 'r' }] } }, /^A role title contains a control character/]
  ])('refuses %s, leaving the chart as it was', (_name, op, message) => {
    expect(refusal(op)).toMatch(message)
  })

  it('accepts a title of 150 emoji, which a file also accepts, and saves it', () => {
    const { chart: next } = applyOp(chart, { type: 'renameChart', title: '🏭'.repeat(150) })
    const reopened = parseChartFile(serializeChart(next))
    expect(reopened.ok && reopened.chart.title).toBe('🏭'.repeat(150))
    expect(applyOp(next, { type: 'updateRole', roleId: 'ceo', patch: { person: 'Ada' } }).chart.roles[0].person).toBe('Ada')
  })

  it('accepts notes on several lines and right-to-left text with its marks', () => {
    expect(refusal({ type: 'acceptException', exception: { ruleId: 'x', dutyId: 'd1', note: 'Agreed.\nReview in March.' } })).toBeNull()
    expect(refusal({ type: 'updateRole', roleId: 'ceo', patch: { title: 'مدير المبيعات', person: '\u200Fليلى\u200E' } })).toBeNull()
  })

  it('accepts a role placed right at the edge of the bounds', () => {
    expect(refusal({ type: 'moveRoles', positions: [{ id: 'ceo', x: 9_999_999, y: -10_000_000 }] })).toBeNull()
  })
})
