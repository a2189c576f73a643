// Classifications are cached per label text, and findings are worked out from them per
// role and per chart settings. These specs pin down that the cache never answers for
// another situation: the same wording held by another kind of role, under another
// strictness context or with a custom rule gives that situation's own findings, in a
// fresh lint and in a linter kept across edits.

import { describe, expect, it } from 'vitest'
import type { Chart, Role } from '@shared/model/chart'
import type { ChartRuleSettings } from '@shared/model/rule-settings'
import { applyOp } from '@shared/ops/operations'
import { BoundedCache } from '@shared/rules/bounded-cache'
import { classificationKey, classify } from '@shared/rules/classifier'
import { createLinter, lintChart } from '@shared/rules/lint'
import { baseRoles, makeChart } from './fixtures'

const finance: Role = { id: 'fin', title: 'Finance Manager', reportsTo: 'ceo' }
const lead: Role = { id: 'lead', title: 'Team Lead', reportsTo: 'ceo' }

/** The same label held by the Operations Manager, a Finance Manager and a Team Lead. */
function sameLabelEverywhere(label: string, rules?: ChartRuleSettings, roles: readonly Role[] = [...baseRoles, finance, lead]): Chart {
  const chart = makeChart(roles, [
    { id: 'on-ops', label, roleId: 'ops' },
    { id: 'on-fin', label, roleId: 'fin' },
    { id: 'on-lead', label, roleId: 'lead' }
  ])
  return rules ? { ...chart, rules } : chart
}

const warningsOn = (chart: Chart, dutyId: string): string[] =>
  lintChart(chart).findings.filter((f) => f.dutyId === dutyId && f.severity !== 'info').map((f) => `${f.ruleId}:${f.severity}`)

describe('cached classifications, judged per situation', () => {
  it('warns for the role a pack covers and not for other roles holding the same words', () => {
    const chart = sameLabelEverywhere('Write the code for the new customer portal')
    expect(warningsOn(chart, 'on-ops')).toEqual(['ops-manager/software-it:warning'])
    expect(warningsOn(chart, 'on-fin')).toEqual([])
    expect(warningsOn(chart, 'on-lead')).toEqual([])
  })

  it('follows an explicit role type, not the title, for the same words', () => {
    const typed = [...baseRoles, finance, { ...lead, roleType: 'operations-manager' as const }]
    expect(warningsOn(sameLabelEverywhere('Write the code for the new customer portal', undefined, typed), 'on-lead')).toEqual(['ops-manager/software-it:warning'])
    const untyped = [...baseRoles, finance, { ...lead, roleType: 'other' as const }, { ...baseRoles[1], roleType: 'other' as const }]
    expect(warningsOn(sameLabelEverywhere('Write the code for the new customer portal', undefined, untyped), 'on-ops')).toEqual([])
  })

  it('gives each strictness context its own answer for the same words', () => {
    const label = 'Type up the minutes of every board meeting'
    expect(warningsOn(sameLabelEverywhere(label), 'on-ops')).toEqual(['ops-manager/clerical-admin:warning'])
    expect(warningsOn(sameLabelEverywhere(label, { context: 'small-company' }), 'on-ops')).toEqual([])
    expect(warningsOn(sameLabelEverywhere(label, { context: 'standard' }), 'on-ops')).toEqual(['ops-manager/clerical-admin:warning'])
    const legal = 'Draft the supply contracts with the company lawyer in court'
    expect(warningsOn(sameLabelEverywhere(legal, { context: 'regulated' }), 'on-ops')).toEqual(['ops-manager/legal-compliance:error'])
  })

  it('applies a custom rule to the roles it names only, and forgets it once removed', () => {
    const label = 'Write the code for the new customer portal'
    const rules: ChartRuleSettings = { custom: [{ id: 'fin-no-code', roleTitle: 'Finance Manager', domain: 'it-software', reason: 'Finance does not build software here.' }] }
    expect(warningsOn(sameLabelEverywhere(label, rules), 'on-fin')).toEqual(['custom/fin-no-code:warning'])
    expect(warningsOn(sameLabelEverywhere(label, rules), 'on-lead')).toEqual([])
    expect(warningsOn(sameLabelEverywhere(label), 'on-fin')).toEqual([])
  })

  it('in a linter kept across edits, a change of settings or of the holder re-judges the cached words', () => {
    const linter = createLinter()
    let chart = sameLabelEverywhere('Type up the minutes of every board meeting')
    const opsWarnings = () => linter.lint(chart).findings.filter((f) => f.dutyId === 'on-ops' && f.severity !== 'info').length
    expect(opsWarnings()).toBe(1)
    chart = applyOp(chart, { type: 'setRuleSettings', rules: { context: 'small-company' } }).chart
    expect(opsWarnings()).toBe(0)
    expect(linter.lint(chart)).toEqual(lintChart(chart))
    chart = { ...chart, rules: { context: 'standard' } }
    expect(opsWarnings()).toBe(1)
    chart = applyOp(chart, { type: 'assignDuty', dutyId: 'on-ops', roleId: 'fin' }).chart
    expect(opsWarnings()).toBe(0)
    expect(linter.lint(chart)).toEqual(lintChart(chart))
  })
})

describe('classification key', () => {
  it('folds spacing, so the same words written with extra spaces share one answer', () => {
    expect(classificationKey('  Pack   the\torders ')).toBe('Pack the orders')
    expect(classify('Pack   the orders')).toBe(classify('Pack the orders'))
  })

  it('keeps letter case, which changes what a label says ("IT" the department, "it" the pronoun)', () => {
    expect(classificationKey('Fix IT issues')).not.toBe(classificationKey('Fix it issues'))
  })
})

describe('BoundedCache', () => {
  it('works an answer out once, and drops the oldest entry when full', () => {
    const cache = new BoundedCache<string, number>(2)
    let calls = 0
    const work = (k: string) => (calls++, k.length)
    expect(cache.through('a', work)).toBe(1)
    expect(cache.through('a', work)).toBe(1)
    expect(calls).toBe(1)
    cache.through('bb', work)
    cache.through('ccc', work)
    expect(cache.size).toBe(2)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('ccc')).toBe(3)
  })

  it('refuses a limit below one', () => {
    expect(() => new BoundedCache(0)).toThrow(/at least one entry/)
  })
})
