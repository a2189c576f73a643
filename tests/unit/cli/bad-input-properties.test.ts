// Both command-line tools, run in-process on generated broken chart files: truncated
// JSON, values of the wrong type, duplicate ids, reporting loops, oversized text and
// plain junk. Each time the answer is exit code 2 and a message that names the problem
// (its place in the file and what is wrong), never a stack trace — and export writes nothing.

import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { CHART_LIMITS } from '@shared/format/limits'
import { runCheck } from '../../../scripts/check-cli'
import { runExport } from '../../../scripts/export-cli'

const dir = mkdtempSync(join(tmpdir(), 'ow-cli-props-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const STACK_LINE = /^ {4}at /m

interface Broken {
  readonly kind: string
  /** File content: text, or raw bytes for junk. */
  readonly content: string | Uint8Array
  /** What the message must say for the user to find the problem. */
  readonly names: readonly (string | RegExp)[]
}

type Doc = { format: string; title: string; roles: Record<string, unknown>[]; duties: Record<string, unknown>[] }

/** A valid chart file as data: a few roles in a tree, a few duties on them. */
const chartDoc: fc.Arbitrary<Doc> = fc
  .tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.infiniteStream(fc.nat()))
  .map(([title, roleCount, dutyCount, picks]) => {
    const pick = (n: number): number => picks.next().value % n
    const roles = Array.from({ length: roleCount }, (_, i) => ({
      id: `r${i}`,
      title: `Role ${i}`,
      reportsTo: i === 0 ? null : `r${pick(i)}`
    }))
    const duties = Array.from({ length: dutyCount }, (_, i) => ({ id: `d${i}`, label: `Duty ${i}`, roleId: `r${pick(roleCount)}` }))
    return { format: 'org-workbench/chart@1', title, roles, duties }
  })

const text = (doc: Doc): string => JSON.stringify(doc, null, 2)
/** Generated values may be reused while shrinking, so each case edits its own copy. */
const copy = (doc: Doc): Doc => structuredClone(doc)

const truncated: fc.Arbitrary<Broken> = fc.tuple(chartDoc, fc.nat()).map(([doc, n]) => {
  const full = text(doc)
  return { kind: 'truncated JSON', content: full.slice(0, n % full.lastIndexOf('}')), names: [/not valid JSON at line \d+, column \d+|The file is empty/] }
})

const wrongType: fc.Arbitrary<Broken> = fc
  .tuple(chartDoc, fc.nat(), fc.constantFrom<unknown>(42, true, {}, [], null), fc.constantFrom('title', 'format', 'roles', 'duties', 'role', 'duty'))
  .chain(([original, n, wrongValue, where]): fc.Arbitrary<Broken> => {
    let wrong = wrongValue
    const doc = copy(original)
    if (where === 'role') {
      return fc.constantFrom('id', 'title', 'reportsTo', 'x', 'person').map((field) => {
        const i = n % doc.roles.length
        // Keep the value wrong for this field: reportsTo may be null and x a number.
        const value = field === 'reportsTo' && wrong === null ? 7 : field === 'x' && wrong === 42 ? '42' : wrong
        doc.roles[i] = { ...doc.roles[i], [field]: value }
        return { kind: 'wrong type', content: text(doc), names: [`roles[${i}].${field}: `] }
      })
    }
    if (where === 'duty' && doc.duties.length > 0) {
      return fc.constantFrom('id', 'label', 'kind').map((field) => {
        const j = n % doc.duties.length
        doc.duties[j] = { ...doc.duties[j], [field]: wrong }
        return { kind: 'wrong type', content: text(doc), names: [`duties[${j}].${field}: `] }
      })
    }
    const field = where === 'duty' ? 'title' : where
    if ((field === 'roles' || field === 'duties') && Array.isArray(wrong)) wrong = 'none'
    return fc.constant({ kind: 'wrong type', content: text({ ...doc, [field]: wrong } as Doc), names: [`${field}: `] })
  })

const duplicateIds: fc.Arbitrary<Broken> = fc.tuple(chartDoc.map(copy), fc.nat(), fc.nat()).map(([doc, a, b]) => {
  const j = 1 + (b % (doc.roles.length - 1))
  const i = a % j
  doc.roles[j] = { ...doc.roles[j], id: doc.roles[i].id }
  return { kind: 'duplicate ids', content: text(doc), names: [`roles[${j}].id: `, 'used twice', `"${String(doc.roles[i].id)}"`] }
})

const cyclic: fc.Arbitrary<Broken> = fc.tuple(chartDoc.map(copy), fc.nat(), fc.nat()).map(([doc, start, len]) => {
  const from = start % doc.roles.length
  const size = 1 + (len % (doc.roles.length - from))
  for (let k = 0; k < size; k++) {
    const i = from + k
    doc.roles[i] = { ...doc.roles[i], reportsTo: doc.roles[from + ((k + 1) % size)].id }
  }
  return { kind: 'cyclic reportsTo', content: text(doc), names: [/reportsTo: (Roles form a reporting loop|Role .* reports to itself)/] }
})

const oversized: fc.Arbitrary<Broken> = fc
  .tuple(chartDoc.map(copy), fc.nat(), fc.integer({ min: 1, max: 400 }), fc.constantFrom('x', 'é', '😀', '<', ' '))
  .map(([doc, n, extra, unit]) => {
    const targets = [
      { path: 'title', limit: CHART_LIMITS.maxTextLength, set: (v: string) => (doc.title = v) },
      { path: `roles[${n % doc.roles.length}].title`, limit: CHART_LIMITS.maxTextLength, set: (v: string) => (doc.roles[n % doc.roles.length].title = v) },
      { path: `roles[${n % doc.roles.length}].person`, limit: CHART_LIMITS.maxPersonLength, set: (v: string) => (doc.roles[n % doc.roles.length].person = v) },
      { path: `roles[${n % doc.roles.length}].id`, limit: CHART_LIMITS.maxIdLength, set: (v: string) => (doc.roles[n % doc.roles.length].id = v) }
    ]
    const target = targets[n % targets.length]
    // Each unit is one character (code point): limits count characters, not UTF-16 units.
    target.set(unit.repeat(target.limit + extra))
    return { kind: 'oversized string', content: text(doc), names: [`${target.path}: `, /is \d+ characters long; the limit is \d+/] }
  })

const junk: fc.Arbitrary<Broken> = fc
  .oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'))
  .filter((c) => !(typeof c === 'string' && /^\s*\{/.test(c)))
  .map((content) => ({ kind: 'junk', content, names: [/not valid JSON|is empty|instead of a chart object|not a chart|format|not UTF-8 at line \d+, column \d+|not UTF-16 at line \d+, column \d+/i] }))

const broken = fc.oneof(truncated, wrongType, duplicateIds, cyclic, oversized, junk)

interface Captured {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function capture(run: (io: { stdout: (t: string) => void; stderr: (t: string) => void }) => Promise<number>): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await run({ stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

function expectExplained(result: Captured, input: Broken): void {
  const where = `${input.kind}: ${result.stderr}`
  expect(result.code, where).toBe(2)
  expect(result.stderr, where).not.toMatch(STACK_LINE)
  expect(result.stdout, where).not.toMatch(STACK_LINE)
  expect(result.stderr).not.toMatch(/\.ts:\d+:\d+|node:internal/)
  for (const name of input.names) {
    if (typeof name === 'string') expect(result.stderr, where).toContain(name)
    else expect(result.stderr, where).toMatch(name)
  }
}

let counter = 0
function writeCase(content: string | Uint8Array): string {
  const file = join(dir, `case-${counter++ % 4}.orgchart.json`)
  writeFileSync(file, content)
  return file
}

describe('npm run check on broken chart files', () => {
  it('exits 2 and names the problem, without a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(broken, fc.boolean(), async (input, json) => {
        const file = writeCase(input.content)
        const result = await capture((io) => runCheck(json ? [file, '--json'] : [file], io))
        expectExplained(result, input)
        const head = result.stderr.split('\n')[0]
        expect([`check: "${file}" is not a valid chart file (`, `check: "${file}" is not UTF-`].some((h) => head.startsWith(h)), head).toBe(true)
        if (json && result.stdout) expect(JSON.parse(result.stdout).problems.length).toBeGreaterThan(0)
      }),
      { numRuns: 150 }
    )
  })

  it('exits 2 on a file over the size limit, before reading it', async () => {
    const file = join(dir, 'huge.orgchart.json')
    writeFileSync(file, '')
    truncateSync(file, CHART_LIMITS.maxFileBytes + 1)
    const result = await capture((io) => runCheck([file], io))
    expectExplained(result, { kind: 'huge', content: '', names: [/MB; chart files can be at most [\d.]+ MB/] })
  })
})

describe('npm run export on broken chart files', () => {
  it('exits 2, names the problem, writes nothing and shows no stack trace', async () => {
    const out = join(dir, 'out.svg')
    await fc.assert(
      fc.asyncProperty(broken, async (input) => {
        const file = writeCase(input.content)
        rmSync(out, { force: true })
        const result = await capture((io) => runExport([file, '--format', 'svg', '--out', out, '--no-font'], io))
        expectExplained(result, input)
        expect(result.stderr).toMatch(/is not a chart this tool can export|is not UTF-(8|16) at line/)
        expect(existsSync(out)).toBe(false)
      }),
      { numRuns: 150 }
    )
  })

  it('exits 2 on a file over the size limit', async () => {
    const file = join(dir, 'huge.orgchart.json')
    writeFileSync(file, '')
    truncateSync(file, CHART_LIMITS.maxFileBytes + 1)
    const result = await capture((io) => runExport([file, '--out', join(dir, 'huge.svg')], io))
    expectExplained(result, { kind: 'huge', content: '', names: [/chart files can be at most/] })
  })
})
