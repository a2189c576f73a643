// A chart's own rule settings: strictness contexts, rules switched off, and custom
// scope rules, including a custom rule that travels through a chart file and the CLI.

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import type { ChartRuleSettings } from '@shared/model/rule-settings'
import { applyOps } from '@shared/ops/operations'
import { parseChartFile, serializeChart } from '@shared/format/chart-file'
import { createLinter, lintChart } from '@shared/rules/lint'
import { ruleSettingsProblems } from '@shared/rules/settings'
import { withContext, withCustomRule, withRuleEnabled, withoutCustomRule } from '@shared/rules/settings-edit'
import { runCheck } from '../../../../scripts/check-cli'
import { baseRoles, makeChart, opsHolding } from './fixtures'

const warnings = (chart: Chart) => lintChart(chart).findings.filter((f) => f.severity !== 'info')
const withRules = (chart: Chart, rules: ChartRuleSettings): Chart => ({ ...chart, rules })

describe('strictness contexts', () => {
  const chart = opsHolding(['Negotiate salaries with candidates', 'Do the data entry for goods-in', 'Handle legal disputes with suppliers', 'Secure funding for the business'])

  it('standard: every out-of-scope duty warns', () => {
    expect(warnings(chart).map((f) => f.ruleId)).toEqual([
      'ops-manager/hr-beyond-operations',
      'ops-manager/clerical-admin',
      'ops-manager/legal-compliance',
      'ops-manager/major-finance'
    ])
  })

  it('small company: an Operations Manager may hold clerical work and HR operations', () => {
    expect(warnings(withRules(chart, { context: 'small-company' })).map((f) => f.ruleId)).toEqual(['ops-manager/legal-compliance', 'ops-manager/major-finance'])
  })

  it('regulated: legal and finance findings are errors, the rest stay warnings', () => {
    const found = warnings(withRules(chart, { context: 'regulated' }))
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['ops-manager/hr-beyond-operations', 'warning'],
      ['ops-manager/clerical-admin', 'warning'],
      ['ops-manager/legal-compliance', 'error'],
      ['ops-manager/major-finance', 'error']
    ])
  })
})

describe('rules switched off for a chart', () => {
  it('silences that rule only, and structure rules too when listed', () => {
    const chart = withRules(opsHolding(['Negotiate salaries with candidates', 'Write press releases']), { disabled: ['ops-manager/public-relations'] })
    expect(warnings(chart).map((f) => f.ruleId)).toEqual(['ops-manager/hr-beyond-operations'])
    const unassigned = withRules(makeChart(baseRoles, [{ id: 'd1', label: 'Parked card', roleId: null }]), { disabled: ['unassigned-duty'] })
    expect(lintChart(unassigned).findings).toEqual([])
  })
})

describe('custom scope rules', () => {
  const finance = { id: 'fin', title: 'Senior Finance Mgr', reportsTo: null }
  const chart: Chart = {
    ...makeChart([finance], [{ id: 'd1', label: 'Patch the servers', roleId: 'fin' }, { id: 'd2', label: 'Work with IT on the finance system', roleId: 'fin' }]),
    rules: { custom: [{ id: 'no-it', roleTitle: 'Finance Manager', domain: 'it-software', reason: 'IT work belongs with IT', severity: 'error' }] }
  }

  it('fire as custom/<id> on roles whose title names the rule title (abbreviations too), for work held as such', () => {
    const found = warnings(chart)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ ruleId: 'custom/no-it', dutyId: 'd1', roleId: 'fin', severity: 'error', reason: 'IT work belongs with IT', domain: 'it-software', mode: 'do' })
    expect(found[0].fingerprint).toBe('custom/no-it|fin|d1')
  })

  it('a malformed custom rule is reported with where it is, and never breaks the linter', () => {
    const bad = { custom: [{ id: 'x', roleTitle: '', domain: 'astrology', reason: '' }, 'nonsense'], context: 'huge' } as unknown
    expect(ruleSettingsProblems(bad).map((p) => p.path)).toEqual(['rules.context', 'rules.custom[0].roleTitle', 'rules.custom[0].domain', 'rules.custom[0].reason', 'rules.custom[1]'])
    expect(() => lintChart(withRules(chart, bad as ChartRuleSettings))).not.toThrow()
    expect(warnings(withRules(opsHolding(['Write press releases']), bad as ChartRuleSettings))).toHaveLength(1)
  })

  it('the incremental linter follows settings changes exactly as a full lint does', () => {
    const linter = createLinter()
    let cur = opsHolding(['Negotiate salaries with candidates', 'Patch the servers'])
    linter.lint(cur)
    for (const rules of [withContext(undefined, 'small-company'), withRuleEnabled(undefined, 'ops-manager/software-it', false), withCustomRule(undefined, { roleTitle: 'Operations Manager', domain: 'sales', reason: 'r' })]) {
      cur = applyOps(cur, [{ type: 'setRuleSettings', rules }]).chart
      expect(linter.lint(cur).findings).toEqual(lintChart(cur).findings)
    }
  })

  it('settings edits keep a tidy shape and unique ids', () => {
    const one = withCustomRule(undefined, { roleTitle: 'Finance Manager', domain: 'it-software', reason: 'a' })
    const two = withCustomRule(one, { roleTitle: 'Finance Manager', domain: 'it-software', reason: 'b' })
    expect(two.custom?.map((c) => c.id)).toEqual(['finance-manager-it-software', 'finance-manager-it-software-2'])
    expect(withoutCustomRule(withoutCustomRule(two, 'finance-manager-it-software'), 'finance-manager-it-software-2')).toEqual({})
    expect(withContext(withContext(undefined, 'regulated'), 'standard')).toEqual({})
  })

  it('round-trip through a chart file and `npm run check -- FILE --json`', async () => {
    const parsed = parseChartFile(serializeChart(chart))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.chart.rules).toEqual(chart.rules)
    expect(warnings(parsed.chart).map((f) => f.ruleId)).toEqual(['custom/no-it'])
    const dir = mkdtempSync(join(tmpdir(), 'rules-'))
    const file = join(dir, 'custom.orgchart.json')
    writeFileSync(file, serializeChart(chart))
    let out = ''
    const code = await runCheck([file, '--json'], { stdout: (t) => (out += t), stderr: () => {} })
    expect(code).toBe(1)
    const json = JSON.parse(out) as { findings: Record<string, unknown>[] }
    expect(json.findings).toEqual([expect.objectContaining({ ruleId: 'custom/no-it', dutyId: 'd1', roleId: 'fin', category: null, severity: 'error', domain: 'it-software', mode: 'do' })])
  })
})
