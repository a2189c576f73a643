// The export command end to end: real chart files in, real PNG/SVG/PDF/CSV files out, and
// bad input answered with a plain message and exit code 2 — never a stack trace.

import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { serializeChart } from '@shared/format/chart-file'
import { generateChart } from '../../../bench/generate'
import { decodePng } from './png-decode'

const ROOT = resolve(__dirname, '../../..')
let dir = ''

const chartFile = {
  format: 'org-workbench/chart@1',
  title: 'Harbour & Co',
  roles: [
    { id: 'ceo', title: 'Managing Director', person: 'Ines Duarte', x: 300, y: 0 },
    { id: 'om', title: 'Operations Manager', roleType: 'operations-manager', person: 'Tom <T> Berg', reportsTo: 'ceo', x: 0, y: 220 },
    { id: 'fin', title: 'Finance Lead', reportsTo: 'ceo', x: 600, y: 220 },
    { id: 'wh', title: 'Warehouse Lead', reportsTo: 'om' }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'om', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Schedule shifts', roleId: 'om', category: 'operations' },
    { id: 'f1', label: 'Logistics', kind: 'function', roleId: 'om' },
    { id: 'd3', label: 'Approve budgets', roleId: 'fin' }
  ]
}

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    // Same as `npx tsx scripts/export.ts …`, without the extra launcher process.
    execFile(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr })
    })
  })
}


const noStack = (text: string): void => {
  expect(text).not.toMatch(/^\s+at .+[:(]/m)
  expect(text).not.toMatch(/node:internal|\.ts:\d+:\d+/)
}

const runs: Record<'png' | 'svg' | 'clean' | 'size' | 'pdf' | 'pages' | 'branch' | 'csv' | 'wide', Run> = {} as never
const big = (): string => join(dir, 'big.orgchart.json')
/** Pages in a PDF, as a PDF reader counts them. */
const pageCount = async (pdf: Buffer): Promise<number> => (await PDFDocument.load(pdf)).getPageCount()
const file = (): string => join(dir, 'harbour.orgchart.json')
/** Two roles 200,000 px apart: no PNG within the image limits could show their titles. */
const wide = (): string => join(dir, 'wide.orgchart.json')
const wideChart = { format: 'org-workbench/chart@1', title: 'Far apart', roles: [{ id: 'a', title: 'West', x: 0, y: 0 }, { id: 'b', title: 'East', x: 200_000, y: 0 }], duties: [] }

// The exports under test run once, side by side: each is a separate Node process.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ow-export-'))
  writeFileSync(file(), JSON.stringify(chartFile))
  writeFileSync(big(), serializeChart(generateChart(120)))
  writeFileSync(wide(), JSON.stringify(wideChart))
  writeFileSync(join(dir, 'wide.png'), 'an earlier export')
  const [png, svg, clean, size, pdf, pages, branch, csv, wideRun] = await Promise.all([
    run(file(), '--format', 'png', '--out', join(dir, 'chart.png'), '--scale', '2'),
    run(file(), '--out', join(dir, 'chart.svg')),
    run(file(), '--out', join(dir, 'clean.svg'), '--clean', '--no-font'),
    run(file(), '--format', 'svg', '--out', join(dir, 'size.svg'), '--no-font'),
    run(file(), '--out', join(dir, 'chart.pdf')),
    run(big(), '--format', 'pdf', '--page', 'a4', '--out', join(dir, 'pages.pdf')),
    run(big(), '--format', 'pdf', '--page', 'slide', '--branch', 'r2', '--no-cards', '--out', join(dir, 'branch.pdf')),
    run(file(), '--out', join(dir, 'matrix.csv')),
    run(wide(), '--format', 'png', '--out', join(dir, 'wide.png'))
  ])
  Object.assign(runs, { png, svg, clean, size, pdf, pages, branch, csv, wide: wideRun })
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export', { timeout: 60_000 }, () => {
  it('writes a PNG at the requested scale that decodes and is not blank', () => {
    const out = join(dir, 'chart.png')
    const r = runs.png
    expect(r.code, r.stderr).toBe(0)
    const { width, height, pixels } = decodePng(readFileSync(out))
    expect(runs.size.code, runs.size.stderr).toBe(0)
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(readFileSync(join(dir, 'size.svg'), 'utf8'))!
    expect(width).toBe(2 * Number(w))
    expect(height).toBe(2 * Number(h))
    const colours = new Set<number>()
    for (let i = 0; i < pixels.length && colours.size < 50; i += 4) colours.add(pixels.readUInt32BE(i))
    expect(colours.size).toBeGreaterThan(1)
    expect(r.stdout).toContain(`${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px`)
    expect(r.stdout).toContain(out)
  })

  it('refuses a PNG whose titles would be unreadable, pointing to PDF and SVG, and keeps the earlier file', () => {
    const r = runs.wide
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/too small to read, so no PNG was made/)
    expect(r.stderr).toMatch(/--format pdf --page a3 \(or --format svg\)/)
    expect(r.stderr).toContain(wide())
    noStack(r.stderr + r.stdout)
    expect(readFileSync(join(dir, 'wide.png'), 'utf8')).toBe('an earlier export')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes the responsibility matrix as CSV: a row per card, a column per role, empty roles included', () => {
    const r = runs.csv
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/CSV responsibility matrix, .*4 card rows × 4 role columns/)
    expect(r.stdout).toMatch(/1 card with an open warning; 0 accepted exceptions/)
    const lines = readFileSync(join(dir, 'matrix.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('"Card","Kind","Category","Held by","Status","Finding","Accepted exception note","Managing Director","Operations Manager","Finance Lead","Warehouse Lead"')
    expect(lines[1]).toMatch(/^"Negotiate salaries","duty","hr-beyond-operations","Operations Manager","open warning","(?:[^"]|"")+ is HR work[^"]*",,,"holds, open warning",,$/)
    expect(lines[4]).toBe('"Approve budgets","duty",,"Finance Lead","ok",,,,,"holds",')
    expect(lines).toHaveLength(6)
  })

  it('writes a standalone SVG with every role and the embedded font', () => {
    const out = join(dir, 'chart.svg')
    const r = runs.svg
    expect(r.code, r.stderr).toBe(0)
    const svg = readFileSync(out, 'utf8')
    for (const role of chartFile.roles) expect(svg).toContain(`data-id="${role.id}"`)
    for (const title of ['Managing Director', 'Operations Manager', 'Finance Lead', 'Warehouse Lead']) expect(svg).toContain(`>${title}<`)
    expect(svg).toContain('Tom &lt;T&gt; Berg')
    expect(svg).toContain('@font-face')
    expect(svg).toContain('font/woff2')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('leaves out badges and the legend with --clean', () => {
    const out = join(dir, 'clean.svg')
    expect(runs.clean.code, runs.clean.stderr).toBe(0)
    const svg = readFileSync(out, 'utf8')
    expect(svg).not.toContain('class="b"')
    expect(svg).not.toContain('open warning')
    expect(svg).not.toContain('@font-face')
  })

  it('answers a file that is not a chart with exit code 2 and a located message', async () => {
    const bad = join(dir, 'bad.orgchart.json')
    writeFileSync(bad, JSON.stringify({ ...chartFile, roles: [{ id: 'a', title: 'A', reportsTo: 'ghost' }] }))
    const r = await run(bad, '--out', join(dir, 'bad.png'))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('is not a chart this tool can export')
    expect(r.stderr).toMatch(/roles/)
    noStack(r.stderr + r.stdout)
    expect(existsSync(join(dir, 'bad.png'))).toBe(false)
  })

  it('answers broken JSON, a missing file, bad options and a missing folder with exit code 2', async () => {
    const broken = join(dir, 'broken.orgchart.json')
    writeFileSync(broken, '{ "format": "org-workbench/chart@1", ')
    const cases = [
      [broken],
      [join(dir, 'missing.orgchart.json')],
      [file(), '--format', 'gif'],
      [file(), '--scale', 'huge'],
      [file(), '--bogus'],
      [file(), '--out', join(dir, 'no-such-folder', 'x.png')]
    ]
    const results = await Promise.all(cases.map((args) => run(...args)))
    for (const [i, r] of results.entries()) {
      expect(r.code, cases[i].join(' ')).toBe(2)
      expect(r.stderr.trim().length).toBeGreaterThan(10)
      noStack(r.stderr + r.stdout)
    }
  })

  it('writes a one-page PDF of a small chart without needing a browser', async () => {
    const r = runs.pdf
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const pdf = readFileSync(join(dir, 'chart.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(await pageCount(pdf)).toBe(1)
    expect(r.stdout).toMatch(/1 A4 page, role titles \d+(\.\d)? pt or larger/)
  })

  it('splits a big chart into A4 pages by branch, titles at 8 pt or more', async () => {
    const r = runs.pages
    expect(r.code, r.stderr).toBe(0)
    const pdf = readFileSync(join(dir, 'pages.pdf'))
    const n = await pageCount(pdf)
    expect(n).toBeGreaterThan(1)
    expect(r.stdout).toContain(`${n} A4 pages`)
    const smallest = Number(/role titles ([\d.]+) pt/.exec(r.stdout)?.[1])
    expect(smallest).toBeGreaterThanOrEqual(8)
  })

  it('exports one branch to slides', async () => {
    const r = runs.branch
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/Slide 16:9 page/)
    expect(await pageCount(readFileSync(join(dir, 'branch.pdf')))).toBeGreaterThanOrEqual(1)
  })

  it('names the page sizes and role ids it accepts', async () => {
    const [page, branch] = await Promise.all([
      run(file(), '--format', 'pdf', '--page', 'a5', '--out', join(dir, 'x.pdf')),
      run(file(), '--format', 'pdf', '--branch', 'nobody', '--out', join(dir, 'y.pdf'))
    ])
    expect(page.code).toBe(2)
    expect(page.stderr).toMatch(/a4, a3, letter, slide or poster/)
    expect(branch.code).toBe(2)
    expect(branch.stderr).toMatch(/no role with id "nobody".*ceo \(Managing Director\)/s)
    noStack(page.stderr + branch.stderr)
  })
})
