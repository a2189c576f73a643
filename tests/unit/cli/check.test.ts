import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultChart } from '../../../shared/fixtures/default-chart'
import { exceptionsChart } from '../../../shared/fixtures/test-charts'
import { lintChart } from '../../../shared/rules/lint'

const ROOT = resolve(__dirname, '../../..')
const TSX = resolve(ROOT, 'node_modules/.bin/tsx')
const fixture = (name: string) => `tests/fixtures/charts/${name}`

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function check(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['scripts/check.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b) => (stdout += b))
    child.stderr.on('data', (b) => (stderr += b))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

// Each run starts a TypeScript process (~1 s): all runs happen up front, two at a time so
// other test files running alongside are not starved of CPU.
const RUNS = {
  help: ['--help'],
  clean: [fixture('clean.orgchart.json')],
  cleanJson: [fixture('clean.orgchart.json'), '--json'],
  default: [fixture('default.orgchart.json')],
  defaultJson: ['--json', fixture('default.orgchart.json')],
  exceptionsJson: [fixture('exceptions.orgchart.json'), '--json'],
  xss: [fixture('xss-labels.orgchart.json')],
  cycle: [fixture('bad-cycle.orgchart.json')],
  badJson: [fixture('bad-json.orgchart.json')],
  badFormat: [fixture('bad-format.orgchart.json'), '--json'],
  missing: [fixture('no-such-file.orgchart.json')],
  folder: [fixture('')],
  noArgs: [],
  unknownFlag: ['--fix', fixture('clean.orgchart.json')],
  twoFiles: [fixture('clean.orgchart.json'), fixture('default.orgchart.json')]
} as const satisfies Record<string, readonly string[]>
const runs = {} as Record<keyof typeof RUNS, Run>

beforeAll(async () => {
  const queue = Object.entries(RUNS) as [keyof typeof RUNS, readonly string[]][]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) runs[next[0]] = await check(...next[1])
  }
  await Promise.all([worker(), worker()])
}, 90_000)

const warningsIn = (chart: ReturnType<typeof defaultChart>) => lintChart(chart).findings.filter((f) => f.severity === 'warning')
const STACK_LINE = /^\s+at .+/m

describe('npm run check', () => {
  it('prints usage for --help and exits 0', () => {
    expect(runs.help.code).toBe(0)
    expect(runs.help.stdout).toMatch(/^Usage: npm run check -- FILE \[--json\]/)
    expect(runs.help.stdout).toMatch(/--json/)
  })

  it('exits 0 on a chart without warnings and says so in a summary line', () => {
    expect(runs.clean.code).toBe(0)
    expect(runs.clean.stdout).toMatch(/^Clean Co\n3 roles, 6 duties\n/)
    expect(runs.clean.stdout).toMatch(/0 warnings, \d+ info, 0 accepted, 0 stale\. No warnings\.\n$/)
  })

  it('exits 1 exactly when the rules find warnings', () => {
    const expected = warningsIn(defaultChart()).length > 0 ? 1 : 0
    expect(runs.default.code).toBe(expected)
    expect(runs.defaultJson.code).toBe(expected)
  })

  it('prints findings, accepted and stale exceptions as JSON with --json', () => {
    const out = JSON.parse(runs.cleanJson.stdout)
    expect(Object.keys(out)).toEqual(['findings', 'accepted', 'stale'])
    const result = JSON.parse(runs.defaultJson.stdout)
    expect(result.findings).toHaveLength(lintChart(defaultChart()).findings.length)
    for (const f of result.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'roleId', 'dutyId', 'category', 'message', 'suggestions']))
      for (const s of f.suggestions) expect(Object.keys(s).sort()).toEqual(['id', 'title'])
    }
  })

  it('reports accepted and stale exceptions with their notes in JSON', () => {
    const [kept, leftOver] = exceptionsChart().exceptions
    const out = JSON.parse(runs.exceptionsJson.stdout)
    expect(runs.exceptionsJson.code).toBe(0)
    expect(out.findings.filter((f: { severity: string }) => f.severity === 'warning')).toEqual([])
    expect(out.accepted).toEqual([expect.objectContaining({ ruleId: kept.ruleId, dutyId: kept.dutyId, roleId: kept.roleId, note: kept.note })])
    expect(out.stale).toEqual([{ ruleId: leftOver.ruleId, roleId: leftOver.roleId, dutyId: leftOver.dutyId, note: leftOver.note }])
  })

  it('prints hostile labels as plain text and escapes control characters', () => {
    expect(runs.xss.code).not.toBe(2)
    expect(runs.xss.stdout).toContain("<script>alert('title')</script> Ünïcödé & Co 🏭")
    // eslint-disable-next-line no-control-regex
    expect(runs.xss.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/)
  })

  it.each([
    ['a reporting loop', 'cycle', /bad-cycle\.orgchart\.json" is not a valid chart file \(1 problem\)\.\n {2}roles\[0\]\.reportsTo: Roles form a reporting loop/],
    ['a file that is not JSON', 'badJson', /not valid JSON at line 6, column 5/],
    ['a newer format', 'badFormat', /format: This chart was made by a newer Org Workbench/],
    ['a missing file', 'missing', /cannot find ".*no-such-file\.orgchart\.json" \(looked at \/.*\)\. Check the path\./],
    ['a folder', 'folder', /is a folder; give the path of a chart file/],
    ['no file', 'noArgs', /no chart file given/],
    ['an unknown option', 'unknownFlag', /unknown option "--fix"\. Run with --help/],
    ['two files', 'twoFiles', /give one file at a time/]
  ] as const)('exits 2 on %s with a clear message and no stack trace', (_name, key, message) => {
    const run = runs[key]
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^check: /)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(STACK_LINE)
    expect(run.stdout).not.toMatch(STACK_LINE)
  })

  it('also prints the problems as JSON on stdout when --json is given', () => {
    expect(JSON.parse(runs.badFormat.stdout)).toEqual({ problems: [{ path: 'format', message: expect.stringMatching(/chart@99/) }], count: 1 })
  })
})

describe('npm run check with the rule pack', () => {
  it('finds the two out-of-scope duties on the default chart and exits 1', () => {
    expect(runs.default.code).toBe(1)
    const out = JSON.parse(runs.defaultJson.stdout)
    const warnings = out.findings.filter((f: { severity: string }) => f.severity === 'warning')
    expect(warnings.map((f: { dutyId: string }) => f.dutyId).sort()).toEqual(['duty-ops-3', 'duty-ops-4'])
    expect(warnings.map((f: { category: string }) => f.category).sort()).toEqual(['hr-beyond-operations', 'public-relations'])
  })

  it('groups findings under the role title and person in text output', () => {
    expect(runs.default.stdout).toMatch(/\nOperations Manager — Daniel Reyes\n {2}warning {2}/)
    expect(runs.default.stdout).toMatch(/2 warnings, /)
  })
})
