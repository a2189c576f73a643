// Every chart file ever written must still open. Each version of the format keeps
// snapshot files under tests/fixtures/charts/versions/ (v<N>-<name>.orgchart.json), and
// every upgrade step is tested on every snapshot older than its target.

import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHART_FORMAT, CHART_FORMAT_VERSION, parseChartFile, serializeChart } from '@shared/format/chart-file'
import { LATEST_VERSION, MIGRATIONS, OLDEST_VERSION, upgradeFileData } from '@shared/format/migrations'
import { defaultChart } from '@shared/fixtures/default-chart'
import { exceptionsChart } from '@shared/fixtures/test-charts'
import type { Chart } from '@shared/model/chart'

const DIR = resolve(__dirname, '../../../fixtures/charts/versions')
const SNAPSHOTS = readdirSync(DIR)
  .filter((f) => f.endsWith('.orgchart.json'))
  .map((name) => ({ name, version: Number(/^v(\d+)-/.exec(name)![1]), text: readFileSync(resolve(DIR, name), 'utf8') }))

/** What each snapshot holds, as the app shows it after opening. */
const EXPECTED: Readonly<Record<string, () => Chart>> = {
  'v1-default.orgchart.json': defaultChart,
  'v1-exceptions.orgchart.json': exceptionsChart
}

describe('the list of upgrade steps', () => {
  it('goes one version at a time from version 1 to the version files are written in', () => {
    expect(OLDEST_VERSION).toBe(1)
    MIGRATIONS.forEach((step, i) => {
      expect(step.to).toBe(step.from + 1)
      if (i > 0) expect(step.from).toBe(MIGRATIONS[i - 1].to)
    })
    expect(LATEST_VERSION).toBe(CHART_FORMAT_VERSION)
    expect(CHART_FORMAT).toBe(`org-workbench/chart@${LATEST_VERSION}`)
  })

  it('has a snapshot file of every version, so the next step can be tested on all of them', () => {
    for (let v = OLDEST_VERSION; v <= LATEST_VERSION; v++) expect(SNAPSHOTS.some((s) => s.version === v), `a v${v} snapshot`).toBe(true)
  })
})

describe.each(MIGRATIONS.map((step) => [`${step.from} → ${step.to} (${step.name})`, step] as const))('step %s', (_name, step) => {
  const older = SNAPSHOTS.filter((s) => s.version <= step.from)

  it.each(older.map((s) => [s.name, s] as const))('upgrades %s to a file of the newest version that opens', (_file, snap) => {
    const data = upgradeFileData(JSON.parse(snap.text), snap.version)
    expect(data.format).toBe(CHART_FORMAT)
    const opened = parseChartFile(JSON.stringify(data))
    expect(opened.ok ? [] : opened.problems).toEqual([])
  })

  it('writes the format id of its target version', () => {
    const before = { format: `org-workbench/chart@${step.from}`, title: 'T', roles: [], duties: [] }
    expect(step.up(before).format).toBe(`org-workbench/chart@${step.to}`)
  })
})

describe('opening files of earlier versions', () => {
  it.each(Object.entries(EXPECTED))('%s opens as the chart it was saved from, and saves as the newest version', (name, make) => {
    const snap = SNAPSHOTS.find((s) => s.name === name)!
    expect(snap.version).toBeLessThan(CHART_FORMAT_VERSION)
    const opened = parseChartFile(snap.text)
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems))
    // Positions are compared as saved: the built-in charts' layout may have changed since.
    const saved = new Map((JSON.parse(snap.text) as { roles: { id: string; x?: number; y?: number }[] }).roles.map((r) => [r.id, r]))
    const expected = make()
    expect(opened.chart).toEqual({ ...expected, roles: expected.roles.map((r) => ({ ...r, x: saved.get(r.id)?.x, y: saved.get(r.id)?.y })) })
    expect(opened.warnings).toEqual([])
    expect(JSON.parse(serializeChart(opened.chart)).format).toBe(CHART_FORMAT)
  })

  it('ignores rule settings, cards and order keys found in a v1 file, as version 1 did', () => {
    const v1 = {
      format: 'org-workbench/chart@1',
      title: 'Hand-edited',
      roles: [{ id: 'r1', title: 'CEO', order: 'zz' }],
      duties: [{ id: 'd1', label: 'Plan', order: 'a0' }],
      rules: { context: 'nonsense' },
      cards: 'not even a list'
    }
    const opened = parseChartFile(JSON.stringify(v1), { newChartId: () => 'c' })
    expect(opened).toEqual({
      ok: true,
      chart: { id: 'c', title: 'Hand-edited', roles: [{ id: 'r1', title: 'CEO' }], duties: [{ id: 'd1', label: 'Plan' }], exceptions: [] },
      warnings: []
    })
  })

  it('refuses a file of a newer version, saying so, and names the versions involved', () => {
    const future = JSON.stringify({ format: 'org-workbench/chart@3', title: 'Later', roles: [], duties: [] })
    expect(parseChartFile(future)).toEqual({
      ok: false,
      count: 1,
      problems: [{ path: 'format', message: expect.stringMatching(/^This chart was made by a newer Org Workbench \(file format org-workbench\/chart@3\).*chart@2\. Update Org Workbench to open it\.$/) }]
    })
  })
})

describe('format version 2', () => {
  const v2 = SNAPSHOTS.find((s) => s.name === 'v2-rules-cards-order.orgchart.json')!

  it('carries rule settings, custom Library cards and order keys, and saves them back byte for byte', () => {
    const opened = parseChartFile(v2.text)
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems))
    expect(opened.chart.rules).toEqual({
      context: 'regulated',
      disabled: ['duplicate-duty'],
      custom: [{ id: 'rule-custom-1', roleTitle: 'Finance Lead', domain: 'marketing', reason: 'Finance stays out of campaigns here.', severity: 'warning' }]
    })
    expect(opened.chart.cards?.map((c) => c.id)).toEqual(['card-custom-dock', 'card-custom-tariffs'])
    expect(opened.chart.roles.map((r) => r.order)).toEqual(['a0', 'a0', 'a1'])
    expect(opened.chart.duties.map((d) => d.order)).toEqual(['a0', 'a0V', undefined])
    expect(JSON.parse(serializeChart(opened.chart))).toEqual(JSON.parse(v2.text))
  })

  /** The snapshot with the value at a dotted path replaced (undefined leaves it out). */
  const broken = (path: string, value: unknown) => {
    const data = JSON.parse(v2.text)
    const keys = path.split('.')
    const parent = keys.slice(0, -1).reduce((o, k) => o[k], data)
    parent[keys[keys.length - 1]] = value
    const result = parseChartFile(JSON.stringify(data))
    return result.ok ? [] : result.problems
  }

  it.each([
    ['an unknown context', 'rules.context', 'lenient', 'rules.context', /"lenient".*"standard", "small-company" or "regulated"/],
    ['disabled rules that are not a list', 'rules.disabled', 'duplicate-duty', 'rules.disabled', /should be a list.*list of rule ids/],
    ['a custom rule without a reason', 'rules.custom.0.reason', undefined, 'rules.custom[0].reason', /Custom rule at rules\.custom\[0\] has no "reason"/],
    ['a custom rule with a blank title', 'rules.custom.0.roleTitle', '  ', 'rules.custom[0].roleTitle', /"roleTitle" is blank/],
    ['an unknown severity', 'rules.custom.0.severity', 'fatal', 'rules.custom[0].severity', /"warning" or "error"/],
    ['rules that are not an object', 'rules', [], 'rules', /should be a object|should be an object/],
    ['a card without a kind', 'cards.0.kind', undefined, 'cards[0].kind', /Card "card-custom-dock" \(cards\[0\]\) has no "kind"/],
    ['a card with an unknown category', 'cards.1.category', 'tariffs', 'cards[1].category', /"tariffs", which is not a known category/],
    ['two cards with one id', 'cards.1.id', 'card-custom-dock', 'cards[1].id', /card id "card-custom-dock" is used twice/],
    ['an order key with spaces', 'roles.0.order', 'a 0', 'roles[0].order', /not an order key.*letters and digits/],
    ['an empty order key', 'duties.0.order', '', 'duties[0].order', /"order" is empty/]
  ])('refuses %s with a located problem', (_name, at, value, path, message) => {
    const problems = broken(at, value)
    const problem = problems.find((p) => p.path === path)
    expect(problem, JSON.stringify(problems)).toBeDefined()
    expect(problem!.message).toMatch(message)
    expect(problem!.message).toMatch(/^[A-Z].*\.$/s)
  })
})
