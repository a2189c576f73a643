// `npm run export -- FILE --format png|svg|pdf --out PATH`: draws a chart file from its
// data with the same SVG writer the app uses and only the bundled fonts, so an export looks
// the same on every machine. Problems are reported as plain sentences with exit code 2.
// The logic is a function of its arguments and output streams so tests can run it
// in-process on many inputs; export.ts is the entry point.

import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chartToSvg } from '../shared/export/chart-svg'
import { BUNDLED_FONT_FILES, EMBEDDABLE_FONT_FILES, FONT_FAMILY, fontFaceCss } from '../shared/export/fonts'
import { parseScale, pngPlan } from '../shared/export/png-size'
import { CHART_LIMITS, parseChartFile } from '../shared/format/chart-file'
import type { Chart } from '../shared/model/chart'
import { lintChart } from '../shared/rules/lint'
import type { Finding } from '../shared/rules/types'
import { PAGE_SIZES, type PageSize } from '../shared/ipc/contract'
import { buildPrintPage } from '../shared/ipc/print-page'

const FORMATS = ['png', 'svg', 'pdf'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: npm run export -- FILE [--format png|svg|pdf] [--out PATH] [options]

  FILE              a chart saved by Org Workbench (.orgchart.json)
  --format          png, svg or pdf (default: from the --out extension, else png)
  --out PATH        where to write (default: next to FILE)
  --scale N         PNG only: 1, 2 (default), 3 or "print" for 300 dpi
  --clean           leave out warning badges and the legend
  --transparent     PNG/SVG without a white background
  --no-font         SVG only: do not embed the font (smaller file)
  --page SIZE       PDF only: A4, A3 (default) or Letter; orientation follows the chart
  --date TEXT       print TEXT under the chart title`

/** Where the command writes; the process streams unless a test passes its own. */
export interface ExportIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

const PROCESS_IO: ExportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}

/** A problem the user can fix: printed without a stack trace, exit code 2. */
class UserError extends Error {}

const ROOT = resolve(__dirname, '..')
const formatBytes = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(2)} MB`
const formatInt = (n: number): string => n.toLocaleString('en-US')

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
        clean: { type: 'boolean' },
        transparent: { type: 'boolean' },
        'no-font': { type: 'boolean' },
        page: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    throw new UserError(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`)
  }
}

function pickFormat(format: string | undefined, out: string | undefined): Format {
  const wanted = (format ?? (out ? extname(out).slice(1) : 'png')).toLowerCase()
  if ((FORMATS as readonly string[]).includes(wanted)) return wanted as Format
  throw new UserError(
    format
      ? `Unknown format "${format}". Use --format png, svg or pdf.`
      : `Cannot tell the format from "${out}". Add --format png, svg or pdf.`
  )
}

function loadChart(file: string, io: ExportIo): Chart {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw new UserError(`Cannot find "${file}". Check the path and try again.`)
  }
  if (size > CHART_LIMITS.maxFileBytes) {
    throw new UserError(`"${file}" is ${formatBytes(size)}; chart files can be at most ${formatBytes(CHART_LIMITS.maxFileBytes)}.`)
  }
  const result = parseChartFile(readFileSync(file, 'utf8'))
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `  - ${p.path ? `${p.path}: ` : ''}${p.message}`)
    const more = result.problems.length > 20 ? `\n  …and ${result.problems.length - 20} more.` : ''
    throw new UserError(`"${file}" is not a chart this tool can export:\n${lines.join('\n')}${more}`)
  }
  for (const w of result.warnings) io.stderr(`Note: ${w}\n`)
  return result.chart
}

function fontPath(relative: string): string {
  const full = resolve(ROOT, relative)
  if (!existsSync(full)) throw new Error(`The bundled font file ${relative} is missing; reinstall or restore resources/fonts.`)
  return full
}

/** Writes next to the target, then renames: a crash never leaves a half-written file behind. */
function writeAtomically(path: string, data: string | Uint8Array): number {
  if (!existsSync(dirname(path))) throw new UserError(`The folder "${dirname(path)}" does not exist. Create it or choose another --out path.`)
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(temp, data)
    renameSync(temp, path)
  } catch (err) {
    if (existsSync(temp)) unlinkSync(temp)
    throw new UserError(`Could not write "${path}": ${err instanceof Error ? err.message : String(err)}`)
  }
  return statSync(path).size
}

async function renderPng(svg: string, width: number, height: number, scaleArg: string | undefined) {
  const scale = scaleArg === undefined ? 2 : parseScale(scaleArg)
  if (scale === null) throw new UserError(`--scale "${scaleArg}" is not a scale. Use 1, 2, 3 or print (300 dpi).`)
  const plan = pngPlan(width, height, scale)
  const { Resvg } = await import('@resvg/resvg-js')
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [fontPath(BUNDLED_FONT_FILES.regular), fontPath(BUNDLED_FONT_FILES.semibold)],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY
    },
    // Fit the longer side exactly so rounding can never push the other past the limit.
    fitTo: width >= height ? { mode: 'width', value: plan.width } : { mode: 'height', value: plan.height }
  })
  const image = resvg.render()
  return { png: image.asPng(), plan, pixels: { width: image.width, height: image.height } }
}

function embeddedFontCss(format: 'woff2' | 'truetype'): string {
  if (format === 'woff2') {
    return fontFaceCss(
      EMBEDDABLE_FONT_FILES.map((f) => ({ weight: f.weight, unicodeRange: f.unicodeRange, format, base64: readFileSync(fontPath(f.file)).toString('base64') }))
    )
  }
  return fontFaceCss([
    { weight: 400, format, base64: readFileSync(fontPath(BUNDLED_FONT_FILES.regular)).toString('base64') },
    { weight: 600, format, base64: readFileSync(fontPath(BUNDLED_FONT_FILES.semibold)).toString('base64') }
  ])
}

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]
const PDF_UNAVAILABLE =
  'PDF export from the command line needs Chrome or Chromium, and none was found. ' +
  'Print the PDF from the desktop app instead, export SVG or PNG here, or set CHROMIUM_PATH to a Chrome/Chromium program.'

/** Prints the chart the way the desktop app does (same page markup, same engine), headless. */
async function renderPdf(svg: string, title: string, pageSize: PageSize, landscape: boolean): Promise<Uint8Array> {
  let chromium: typeof import('@playwright/test').chromium
  try {
    chromium = (await import('@playwright/test')).chromium
  } catch {
    throw new UserError(PDF_UNAVAILABLE)
  }
  const managed = (() => {
    try {
      return chromium.executablePath()
    } catch {
      return ''
    }
  })()
  const executablePath = [process.env.CHROMIUM_PATH, managed, ...CHROMIUM_PATHS].find((p) => p && existsSync(p))
  if (!executablePath) throw new UserError(PDF_UNAVAILABLE)
  const browser = await chromium.launch({ executablePath }).catch((err: unknown) => {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    throw new UserError(`Could not start ${executablePath} to print the PDF (${reason}). ${PDF_UNAVAILABLE.split('. ').slice(1).join('. ')}`)
  })
  try {
    const page = await browser.newPage()
    await page.setContent(buildPrintPage({ svg, pageSize, landscape, title }))
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  } finally {
    await browser.close()
  }
}

function summariseFindings(findings: readonly Finding[]): string {
  const warnings = findings.filter((f) => f.severity !== 'info' && f.roleId)
  if (warnings.length === 0) return 'No open warnings to mark.'
  const roles = new Set(warnings.map((f) => f.roleId)).size
  return `Marked ${formatInt(warnings.length)} open warning${warnings.length === 1 ? '' : 's'} on ${formatInt(roles)} role${roles === 1 ? '' : 's'} (--clean leaves them out).`
}

async function main(argv: string[], io: ExportIo): Promise<void> {
  const { values, positionals } = readArgs(argv)
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return
  }
  if (positionals.length !== 1) throw new UserError(`${positionals.length === 0 ? 'Which chart file?' : 'Give one chart file at a time.'}\n\n${USAGE}`)
  const file = positionals[0]
  const format = pickFormat(values.format, values.out)
  const out = resolve(values.out ?? resolve(dirname(file), `${basename(file).replace(/(\.orgchart)?\.json$/i, '')}.${format}`))
  if (values.scale !== undefined && format !== 'png') io.stderr('Note: --scale applies to PNG only; ignored.\n')
  const page = (PAGE_SIZES.find((p) => p.toLowerCase() === (values.page ?? 'A3').toLowerCase()) ?? null) as PageSize | null
  if (!page) throw new UserError(`Unknown page size "${values.page}". Use A4, A3 or Letter.`)

  const chart = loadChart(file, io)
  const findings = values.clean ? [] : lintChart(chart).findings
  const base = {
    annotated: !values.clean,
    findings,
    title: chart.title,
    date: values.date,
    background: values.transparent ? ('transparent' as const) : ('white' as const)
  }

  let written: string
  if (format === 'svg') {
    const { svg, width, height } = chartToSvg(chart, { ...base, fontCss: values['no-font'] ? undefined : embeddedFontCss('woff2') })
    written = `SVG, ${formatBytes(writeAtomically(out, svg))}, ${formatInt(width)} × ${formatInt(height)} px`
  } else if (format === 'png') {
    const { svg, width, height } = chartToSvg(chart, base)
    const { png, plan, pixels } = await renderPng(svg, width, height, values.scale)
    if (plan.clamped) io.stderr(`Note: ${plan.message}\n`)
    const scale = Math.round(plan.scale * 100) / 100
    written = `PNG, ${formatBytes(writeAtomically(out, png))}, ${formatInt(pixels.width)} × ${formatInt(pixels.height)} px (${scale}×)`
  } else {
    const { svg, width, height } = chartToSvg(chart, { ...base, background: 'white', fontCss: embeddedFontCss('truetype') })
    const pdf = await renderPdf(svg, chart.title, page, width > height)
    written = `PDF, ${formatBytes(writeAtomically(out, pdf))}, one ${page} page, ${width > height ? 'landscape' : 'portrait'}`
  }
  io.stdout(`Wrote ${out} (${written}).\n`)
  if (!values.clean) io.stdout(`${summariseFindings(findings)}\n`)
}

/** Runs the export command; resolves to its exit status (0 written, 2 unusable input, 1 an internal failure). */
export async function runExport(argv: readonly string[], io: ExportIo = PROCESS_IO): Promise<number> {
  try {
    await main([...argv], io)
    return 0
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`${err.message}\n`)
      return 2
    }
    io.stderr(`Export failed: ${err instanceof Error ? err.message : String(err)}\n`)
    return 1
  }
}
