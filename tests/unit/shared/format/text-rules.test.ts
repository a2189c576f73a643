import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHART_FORMAT, parseChartFile } from '@shared/format/chart-file'
import { codePointLength, findBadCharacter, stripBadCharacters, textRuleProblem } from '@shared/format/text-rules'

const file = (over: Record<string, unknown>) => JSON.stringify({ format: CHART_FORMAT, title: 'T', roles: [{ id: 'r1', title: 'CEO' }], duties: [], ...over })
const problemsOf = (text: string) => {
  const r = parseChartFile(text)
  return r.ok ? [] : r.problems
}

describe('the text rules', () => {
  it.each([
    ['NUL', 'a\u0000b', 0x0000, 2],
    ['a bell', 'ab\u0007', 0x0007, 3],
    ['DEL', '\u007f', 0x007f, 1],
    ['a C1 control', 'x\u0085', 0x0085, 2],
    ['a right-to-left override', 'report\u202Efdp.exe', 0x202e, 7],
    ['a left-to-right isolate', '\u2066x', 0x2066, 1],
    ['a line separator', 'a\u2028b', 0x2028, 2],
    ['a lone high surrogate', 'a\ud800b', 0xd800, 2],
    ['a lone low surrogate at the end', 'ab\udc00', 0xdc00, 3],
    ['a newline in a one-line text', 'a\nb', 0x0a, 2],
    ['a tab in a one-line text', '\tb', 0x09, 1]
  ])('refuse %s and say where it is, in characters', (_name, text, code, position) => {
    expect(findBadCharacter(text)).toMatchObject({ code, position })
  })

  it('count an emoji as one character when saying where a bad one is', () => {
    expect(findBadCharacter('🚚🚚\u202E')).toMatchObject({ position: 3 })
  })

  it('allow line breaks and tabs in notes, but nothing else invisible', () => {
    expect(findBadCharacter('line one\r\nline two\tend', 'note')).toBeNull()
    expect(findBadCharacter('a\u0000', 'note')).toMatchObject({ code: 0 })
  })

  it('accept the scripts, marks and emoji people really write', () => {
    for (const s of ['مدير المبيعات', '\u200Fليلى\u200E', 'José 🇲🇽 Ñúñez', '👩🏽‍💼 Negotiate', '日本語', '<img src=x>', 'Ünïcödé & Co'])
      expect(findBadCharacter(s), s).toBeNull()
  })

  it('strip exactly the refused characters', () => {
    expect(stripBadCharacters('a\u0000b\u202Ec\ud800d👷‍♀️\n')).toBe('abcd👷‍♀️')
    expect(stripBadCharacters('a\nb', 'note')).toBe('a\nb')
  })

  it('count lengths in code points', () => {
    expect(codePointLength('🚚'.repeat(150))).toBe(150)
    expect(codePointLength('abc')).toBe(3)
    expect(codePointLength('\ud800\ud800')).toBe(2)
  })

  it('word a refusal as a sentence that says what to do', () => {
    expect(textRuleProblem('A role title', 'x'.repeat(201), 200)).toBe('A role title can be at most 200 characters long (this one has 201).')
    expect(textRuleProblem('A role title', 'Boss\u202E', 200)).toMatch(/^A role title contains a text-direction control \(right-to-left override\) \(U\+202E\) at character 5.*Retype the text without it\.$/)
    expect(textRuleProblem('A role title', 'Boss', 200)).toBeNull()
  })
})

describe('chart files are held to the text rules', () => {
  it('refuse bad-characters.orgchart.json, naming every field with an invisible or broken character', () => {
    const problems = problemsOf(readFileSync(resolve(__dirname, '../../../fixtures/charts/bad-characters.orgchart.json'), 'utf8'))
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]))
    expect(byPath.title).toMatch(/"title" contains a text-direction control \(right-to-left override\) \(U\+202E\) at character 12\. Retype the text without it/)
    expect(byPath['roles[0].title']).toMatch(/Role "r1" \(roles\[0\]\): "title" contains a NUL character \(U\+0000\) at character 6/)
    expect(byPath['roles[1].id']).toMatch(/contains a control character \(U\+0007\)/)
    expect(byPath['duties[0].label']).toMatch(/lone surrogate.*\(U\+D800\) at character 9/)
  })

  it('count a title of 150 emoji as 150 characters, the same way edits do', () => {
    expect(problemsOf(file({ title: '🏭'.repeat(150) }))).toEqual([])
    expect(textRuleProblem('A chart name', '🏭'.repeat(150), 200)).toBeNull()
    expect(problemsOf(file({ title: '🏭'.repeat(201) }))).toEqual([{ path: 'title', message: expect.stringMatching(/"title" is 201 characters long; the limit is 200\./) }])
  })

  it('keep notes on several lines', () => {
    const text = file({ exceptions: [{ ruleId: 'x', roleId: 'r1', note: 'Agreed in the workshop.\nReview in March.' }] })
    expect(problemsOf(text)).toEqual([])
  })

  it.each([
    ['1e300', 1e300],
    ['-1e300', -1e300],
    ['just past ten million', 10_000_001]
  ])('refuse a coordinate of %s', (_name, x) => {
    const problems = problemsOf(file({ roles: [{ id: 'r1', title: 'CEO', x }] }))
    expect(problems).toEqual([{ path: 'roles[0].x', message: expect.stringMatching(/"x" is .*beyond the limit of -?10000000\. Use a number between -10000000 and 10000000/) }])
  })

  it('refuse an overflowing number the JSON reader would turn into Infinity', () => {
    const problems = problemsOf(file({ roles: [{ id: 'r1', title: 'CEO', y: 0 }] }).replace('"y":0', '"y":1e400'))
    expect(problems.map((p) => p.path)).toEqual(['roles[0].y'])
  })
})
