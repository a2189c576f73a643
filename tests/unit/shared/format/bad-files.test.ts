import { describe, expect, it } from 'vitest'
import { CHART_FORMAT, CHART_LIMITS, parseChartFile } from '@shared/format/chart-file'
import { MAX_LISTED_PROBLEMS } from '@shared/format/problems'

const chart = (over: Record<string, unknown> = {}) => ({
  format: CHART_FORMAT,
  title: 'Acme',
  roles: [
    { id: 'r0', title: 'CEO' },
    { id: 'r1', title: 'Operations Manager', reportsTo: 'r0' }
  ],
  duties: [{ id: 'd1', label: 'Schedule warehouse shifts', roleId: 'r1' }],
  ...over
})
const text = (over: Record<string, unknown> = {}) => JSON.stringify(chart(over))
const roles = (...extra: unknown[]) => [...chart().roles, ...extra]

/** [case, file text, expected path, what the message must say] */
const CASES: readonly [string, string, string, RegExp][] = [
  ['an empty file', '', '', /empty/],
  ['only whitespace', ' \n\t ', '', /empty/],
  ['a missing comma', '{\n  "format": "x"\n  "title": 1\n}', '', /not valid JSON at line 3, column 3.*comma/],
  ['a cut-off file', text().slice(0, 40), '', /not valid JSON at line 1, column \d+/],
  ['a trailing comma', '{"roles": [1, 2,]}', '', /trailing comma/],
  ['single quotes', "{'format': 1}", '', /line 1, column 2.*double quotes/],
  ['a list instead of a chart', '[]', '', /a list instead of a chart/],
  ['a bare number', '42', '', /number 42 instead of a chart/],
  ['no format field', JSON.stringify({ title: 'x', roles: [], duties: [] }), 'format', /no "format" field/],
  ['a newer format version', text({ format: 'org-workbench/chart@3' }), 'format', /made by a newer Org Workbench.*chart@3.*Update Org Workbench/],
  ['a format version that never existed', text({ format: 'org-workbench/chart@0' }), 'format', /"org-workbench\/chart@0".*reads "org-workbench\/chart@2"/],
  ['a foreign format', text({ format: 'drawio' }), 'format', /"drawio".*org-workbench\/chart@2/],
  ['a non-string format', text({ format: 1 }), 'format', /number 1/],
  ['no title', text({ title: undefined }), 'title', /has no "title"/],
  ['a numeric title', text({ title: 7 }), 'title', /"title" should be a string but is number 7/],
  ['roles that are not a list', text({ roles: {} }), 'roles', /"roles" should be a list/],
  ['no duties', text({ duties: undefined }), 'duties', /has no "duties"/],
  ['a role that is not an object', text({ roles: roles('boss') }), 'roles[2]', /at roles\[2\] is the text "boss", not an object/],
  ['a role without id', text({ roles: roles({ title: 'X' }) }), 'roles[2].id', /Role at roles\[2\] has no "id".*unique/],
  ['an empty role id', text({ roles: roles({ id: '', title: 'X' }) }), 'roles[2].id', /"id" is empty/],
  ['a numeric role id', text({ roles: roles({ id: 3, title: 'X' }) }), 'roles[2].id', /should be a string but is number 3/],
  ['a role without title', text({ roles: roles({ id: 'r9' }) }), 'roles[2].title', /Role "r9" \(roles\[2\]\) has no "title"/],
  ['an unknown role type', text({ roles: roles({ id: 'r9', title: 'X', roleType: 'boss' }) }), 'roles[2].roleType', /"boss".*"operations-manager" or "other"/],
  ['a text coordinate', text({ roles: roles({ id: 'r9', title: 'X', x: '10' }) }), 'roles[2].x', /"x" should be a number/],
  ['a duplicate role id', text({ roles: roles({ id: 'r1', title: 'Twin' }) }), 'roles[2].id', /role id "r1" is used twice, by roles\[1\] and roles\[2\]/],
  ['a manager that does not exist', text({ roles: roles({ id: 'r9', title: 'Lost', reportsTo: 'nobody' }) }), 'roles[2].reportsTo', /"Lost" \(r9\).*"nobody".*no role has that id.*null/],
  ['a role reporting to itself', text({ roles: roles({ id: 'r9', title: 'Self', reportsTo: 'r9' }) }), 'roles[2].reportsTo', /"Self" \(r9\).*reports to itself/],
  [
    'a reporting loop',
    text({ roles: [{ id: 'a', title: 'Alpha', reportsTo: 'c' }, { id: 'b', title: 'Beta', reportsTo: 'a' }, { id: 'c', title: 'Gamma', reportsTo: 'b' }] }),
    'roles[0].reportsTo',
    /loop: "Alpha" \(a\) → "Gamma" \(c\) → "Beta" \(b\) → "Alpha" \(a\)/
  ],
  ['a duty without label', text({ duties: [{ id: 'd9' }] }), 'duties[0].label', /Duty "d9" \(duties\[0\]\) has no "label"/],
  ['a duty held by a missing role', text({ duties: [{ id: 'd9', label: 'X', roleId: 'r404' }] }), 'duties[0].roleId', /Duty "d9".*"r404".*no role has that id/],
  ['a duplicate duty id', text({ duties: [{ id: 'd1', label: 'A' }, { id: 'd1', label: 'B' }] }), 'duties[1].id', /duty id "d1" is used twice/],
  ['an unknown category', text({ duties: [{ id: 'd9', label: 'X', category: 'sales' }] }), 'duties[0].category', /"sales", which is not a known category.*customer-sales/],
  ['an unknown kind', text({ duties: [{ id: 'd9', label: 'X', kind: 'task' }] }), 'duties[0].kind', /"duty" or "function"/],
  ['exceptions that are not a list', text({ exceptions: 'none' }), 'exceptions', /"exceptions" should be a list/],
  ['an exception without a note', text({ exceptions: [{ ruleId: 'x', dutyId: 'd1' }] }), 'exceptions[0].note', /has no "note"/],
  ['an exception with a blank note', text({ exceptions: [{ ruleId: 'x', dutyId: 'd1', note: '   ' }] }), 'exceptions[0].note', /has no note.*why/],
  ['an exception without a rule', text({ exceptions: [{ note: 'n' }] }), 'exceptions[0].ruleId', /has no "ruleId"/],
  ['a title over the limit', text({ title: 'x'.repeat(CHART_LIMITS.maxTextLength + 1) }), 'title', /201 characters long; the limit is 200/],
  ['a label over the limit', text({ duties: [{ id: 'd9', label: 'y'.repeat(201) }] }), 'duties[0].label', /201 characters.*200/],
  ['a person name over the limit', text({ roles: roles({ id: 'r9', title: 'X', person: 'p'.repeat(121) }) }), 'roles[2].person', /121 characters.*120/]
]

describe('parseChartFile on broken files', () => {
  it.each(CASES)('reports %s at the right place', (_name, input, path, message) => {
    const result = parseChartFile(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const problem = result.problems.find((p) => p.path === path)
    expect(problem, JSON.stringify(result.problems)).toBeDefined()
    expect(problem?.message).toMatch(message)
  })

  it('ends every message with what to do, as a full sentence', () => {
    for (const [, input] of CASES) {
      const result = parseChartFile(input)
      if (result.ok) continue
      for (const p of result.problems) expect(p.message).toMatch(/^[A-Z].*\.$/s)
    }
  })

  it('reports type problems and reference problems in one pass', () => {
    const result = parseChartFile(text({ title: 5, duties: [{ id: 'd9', label: 'X', roleId: 'r404' }] }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['title', 'duties[0].roleId'])
  })

  it('lists at most a fixed number of problems and summarises the rest', () => {
    const duties = Array.from({ length: 500 }, (_, i) => ({ id: `d${i}`, label: i }))
    const result = parseChartFile(text({ duties }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS + 1)
    expect(result.problems.at(-1)?.message).toMatch(/^450 more problems were found/)
  })
})

describe('size limits', () => {
  it('exports the documented limits', () => {
    expect(CHART_LIMITS).toMatchObject({
      maxFileBytes: 20 * 1024 * 1024,
      maxRoles: 5000,
      maxDuties: 50000,
      maxTextLength: 200,
      maxPersonLength: 120
    })
  })

  it('refuses a file over 20 MB before reading it as JSON', () => {
    const big = ' '.repeat(CHART_LIMITS.maxFileBytes + 1)
    const result = parseChartFile(big)
    expect(result).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/20\.0 MB; chart files can be at most 20\.0 MB/) }], count: 1 })
  })

  it('counts the file size in UTF-8 bytes, not characters', () => {
    // Each "é" is two bytes: 11 M characters are 22 MB on disk.
    const result = parseChartFile(text({ title: 'é'.repeat(11 * 1024 * 1024) }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0].message).toMatch(/^The file is 22\.0 MB/)
  })

  it('refuses more roles or duties than the limit with one clear problem', () => {
    const tooManyRoles = Array.from({ length: CHART_LIMITS.maxRoles + 1 }, (_, i) => ({ id: `r${i}`, title: 'R' }))
    const r = parseChartFile(text({ roles: tooManyRoles }))
    expect(r).toEqual({ ok: false, problems: [{ path: 'roles', message: expect.stringMatching(/5001 roles; the limit is 5000/) }], count: 1 })
    const tooManyDuties = Array.from({ length: CHART_LIMITS.maxDuties + 1 }, () => 0)
    const d = parseChartFile(text({ duties: tooManyDuties }))
    expect(d).toEqual({ ok: false, problems: [{ path: 'duties', message: expect.stringMatching(/50001 duties; the limit is 50000/) }], count: 1 })
  })

  it('accepts a chart at the limits in reasonable time', () => {
    const bigRoles = Array.from({ length: CHART_LIMITS.maxRoles }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, reportsTo: i ? `r${(i - 1) >> 2}` : null }))
    const bigDuties = Array.from({ length: CHART_LIMITS.maxDuties }, (_, i) => ({ id: `d${i}`, label: `Duty ${i}`, roleId: `r${i % 5000}`, category: 'operations' }))
    const started = performance.now()
    const result = parseChartFile(text({ roles: bigRoles, duties: bigDuties }))
    expect(result.ok).toBe(true)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
