// `npm run export -- FILE --format png|svg|pdf|csv --out PATH`: draws a chart file from its
// data with the same SVG writer the app uses and only the bundled fonts, so an export looks
// the same on every machine, or writes its responsibility matrix as CSV. Problems are
// reported as plain sentences with exit code 2.
// The logic is a function of its arguments and output streams so tests can run it
// in-process on many inputs; export.ts is the entry point.

import { readFileSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { responsibilityMatrixLines } from '../shared/csv/responsibility-matrix'
import { chartToSvg, prepareChartSvg } from '../shared/export/chart-svg'
import { BUNDLED_FONT_FILES, EMBEDDABLE_FONT_FILES, fontFaceCss } from '../shared/export/fonts'
import { CHART_LIMITS, parseChartFile } from '../shared/format/chart-file'
import type { Chart } from '../shared/model/chart'
import { lintChart } from '../shared/rules/lint'
import type { Finding } from '../shared/rules/types'
import { PAGE_PRESETS, parsePagePreset } from '../shared/export/page-presets'
import { chartToPdf } from '../shared/export/pdf'
import { checkOutputPath, CliInputError, readInputText } from './cli-input'
import { UserError, writeAtomically, writeInParts } from './export-output'
import { exportPng, fontPath } from './export-png'

const FORMATS = ['png', 'svg', 'pdf', 'csv'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: npm run export -- FILE [--format png|svg|pdf|csv] [--out PATH] [options]
       npm run export -- FILE --format pdf --page a4|a3|letter|slide|poster --out PATH [--branch ROLE_ID]

  FILE              a chart saved by Org Workbench (.orgchart.json)
  --format          png, svg, pdf or csv (default: from the --out extension, else png).
                    csv is the responsibility matrix: one row per card, one column per role
  --out PATH        where to write (default: next to FILE)
  --scale N         PNG only: 1, 2 (default), 3 or "print" for 300 dpi. A chart too big for
                    a readable PNG is refused, pointing to PDF and SVG
  --clean           leave out warning badges and the legend
  --transparent     PNG/SVG without a white background
  --no-font         SVG only: do not embed the font (smaller file)
  --page SIZE       PDF only: a4 (default), a3, letter, slide (16:9) or poster (A1).
                    Role titles stay at 8 pt or more: a chart too big for one page is
                    split by branch, with an overview first and "continued on page N"
  --branch ROLE_ID  PDF only: export this role and the roles below it
  --no-cards        PDF only: roles without their cards (many more roles per page)
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
        branch: { type: 'string' },
        'no-cards': { type: 'boolean' },
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
      ? `Unknown format "${format}". Use --format png, svg, pdf or csv.`
      : `Cannot tell the format from "${out}". Add --format png, svg, pdf or csv.`
  )
}

function loadChart(file: string, io: ExportIo): Chart {
  let text: string
  try {
    text = readInputText(file, CHART_LIMITS.maxFileBytes).text
  } catch (err) {
    if (err instanceof CliInputError) throw new UserError(err.message.charAt(0).toUpperCase() + err.message.slice(1))
    throw err
  }
  const result = parseChartFile(text)
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `  - ${p.path ? `${p.path}: ` : ''}${p.message}`)
    // The count is the file's real number of problems; only the first ones are listed.
    const listed = Math.min(20, result.problems.length)
    const more = result.count > listed ? `\n  …and ${formatInt(result.count - listed)} more.` : ''
    throw new UserError(`"${file}" is not a chart this tool can export (${formatInt(result.count)} problem${result.count === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`)
  }
  for (const w of result.warnings) io.stderr(`Note: ${w}\n`)
  return result.chart
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
  const page = parsePagePreset(values.page ?? 'a4')
  if (!page) throw new UserError(`Unknown page size "${values.page}". Use a4, a3, letter, slide or poster.`)
  if (format !== 'pdf') for (const o of ['page', 'branch', 'no-cards'] as const) if (values[o] !== undefined) io.stderr(`Note: --${o} applies to PDF only; ignored.\n`)
  if (format === 'csv') for (const o of ['clean', 'transparent', 'no-font', 'date'] as const) if (values[o] !== undefined) io.stderr(`Note: --${o} does not apply to the CSV matrix; ignored.\n`)

  try {
    checkOutputPath(file, out)
  } catch (err) {
    throw new UserError(err instanceof Error ? err.message : String(err))
  }
  const chart = loadChart(file, io)
  if (format === 'csv') {
    const lint = lintChart(chart)
    // Streamed line by line: a 5,000-role matrix is hundreds of MB and never held whole.
    const size = await writeInParts(out, (write) => {
      for (const line of responsibilityMatrixLines(chart, lint, { bom: true })) write(line)
    })
    const warnings = lint.findings.filter((f) => f.severity !== 'info' && f.dutyId).length
    const shape = `${formatInt(chart.duties.length)} card row${chart.duties.length === 1 ? '' : 's'} × ${formatInt(chart.roles.length)} role column${chart.roles.length === 1 ? '' : 's'}`
    io.stdout(`Wrote ${out} (CSV responsibility matrix, ${formatBytes(size)}, ${shape}).\n`)
    io.stdout(`${warnings === 0 ? 'No open warnings on cards' : `${formatInt(warnings)} card${warnings === 1 ? '' : 's'} with an open warning`}; ${formatInt(lint.accepted.length)} accepted exception${lint.accepted.length === 1 ? '' : 's'}.\n`)
    return
  }
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
    written = `SVG, ${formatBytes(await writeAtomically(out, svg))}, ${formatInt(width)} × ${formatInt(height)} px`
  } else if (format === 'png') {
    const { plan, bytes, notes } = await exportPng(prepareChartSvg(chart, base), values.scale, out, file)
    for (const note of notes) io.stderr(`Note: ${note}\n`)
    const scale = Math.round(plan.scale * 100) / 100
    written = `PNG, ${formatBytes(bytes)}, ${formatInt(plan.width)} × ${formatInt(plan.height)} px (${scale}×)`
  } else {
    const branch = values.branch
    if (branch !== undefined && !chart.roles.some((r) => r.id === branch)) {
      const sample = chart.roles.slice(0, 5).map((r) => `${r.id} (${r.title})`).join(', ')
      throw new UserError(`There is no role with id "${branch}" in "${file}". Role ids look like: ${sample}.`)
    }
    const pdf = await chartToPdf(chart, { preset: page, branch, cards: !values['no-cards'], findings: values.clean ? undefined : findings, title: chart.title, date: values.date })
    const pages = `${formatInt(pdf.pages)} ${PAGE_PRESETS[page].label} page${pdf.pages === 1 ? '' : 's'}`
    written = `PDF, ${formatBytes(await writeAtomically(out, pdf.bytes))}, ${pages}, role titles ${Math.round(pdf.smallestTitlePt * 10) / 10} pt or larger`
  }
  io.stdout(`Wrote ${out} (${written}).\n`)
  if (!values.clean) io.stdout(`${summariseFindings(findings)}\n`)
}

/** Runs the export command; resolves to its exit status (0 written, 2 anything failed, with a sentence saying what). */
export async function runExport(argv: readonly string[], io: ExportIo = PROCESS_IO): Promise<number> {
  try {
    await main([...argv], io)
    return 0
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`${err.message}\n`)
      return 2
    }
    io.stderr(`Export failed: ${err instanceof Error ? err.message : String(err)}. Nothing was written; please report this with the file.\n`)
    return 2
  }
}
