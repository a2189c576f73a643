// Measures taken in Node on the shared modules: linting a whole chart, linting again
// after one assignment, and exporting to SVG and to a 2× PNG (via resvg). Modules that
// are not there yet are skipped with the reason, never faked.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Chart } from '../shared/model/chart'
import type { Diff } from '../shared/ops/diff'
import type { LintResult } from '../shared/rules/types'
import { applyOp } from '../shared/ops/operations'
import { seededRandom } from './generate'
import { median, timeRuns } from './stats'
import { ROOT } from './servers'

export interface Figure {
  readonly value: number
  readonly unit: string
  readonly note?: string
}
export type Outcome = Figure | { readonly skipped: string }

type LintFn = (chart: Chart, diff?: Diff) => LintResult

interface LintModule {
  lintChart?: (chart: Chart) => LintResult
  createLinter?: () => unknown
}

async function loadLint(): Promise<LintModule> {
  return (await import('../shared/rules/lint')) as LintModule
}

/** An incremental linter if the rules module offers one (a function, or an object with `lint`). */
function incremental(mod: LintModule): LintFn | null {
  if (typeof mod.createLinter !== 'function') return null
  const made = mod.createLinter() as LintFn | { lint?: LintFn } | null
  if (typeof made === 'function') return made
  if (made && typeof made.lint === 'function') return (c, d) => made.lint!(c, d)
  return null
}

/** Moves work that is outside their scope onto Operations Managers, one duty per edit. */
function assignments(chart: Chart, count: number): { chart: Chart; diff: Diff }[] {
  const rand = seededRandom(7)
  const ops = chart.roles.filter((r) => /Operations Manager$/.test(r.title))
  const movable = chart.duties.filter((d) => d.category && d.category !== 'operations')
  const out: { chart: Chart; diff: Diff }[] = []
  let cur = chart
  for (let i = 0; i < count && ops.length && movable.length; i++) {
    const duty = movable[Math.floor(rand() * movable.length)]
    const role = ops[Math.floor(rand() * ops.length)]
    const r = applyOp(cur, { type: 'assignDuty', dutyId: duty.id, roleId: role.id })
    out.push(r)
    cur = r.chart
  }
  return out
}

export async function lintFigures(chart: Chart, runs: number): Promise<{ full: Outcome; incremental: Outcome; warnings: number }> {
  const mod = await loadLint()
  if (typeof mod.lintChart !== 'function') {
    const why = 'shared/rules/lint.ts exports no lintChart'
    return { full: { skipped: why }, incremental: { skipped: why }, warnings: 0 }
  }
  const lintChart = mod.lintChart
  const result = lintChart(chart)
  const warnings = result.findings.filter((f) => f.severity !== 'info').length
  const full: Outcome = { value: median(timeRuns(() => lintChart(chart), runs, 2)), unit: 'ms' }
  const linter = incremental(mod)
  const edits = assignments(chart, runs)
  let inc: Outcome
  if (linter) {
    linter(chart)
    const times = edits.map(({ chart: next, diff }) => {
      const t0 = performance.now()
      linter(next, diff)
      return performance.now() - t0
    })
    inc = { value: median(times), unit: 'ms', note: 'createLinter(), after a full lint of the chart' }
  } else {
    // No incremental linter: what an assignment costs today is a full lint of the new chart.
    const times = edits.map(({ chart: next }) => timeRuns(() => lintChart(next), 1, 0)[0])
    inc = { value: median(times), unit: 'ms', note: 'no createLinter in shared/rules/lint.ts: full lintChart after the edit' }
  }
  return { full, incremental: inc, warnings }
}

type Resvg = typeof import('@resvg/resvg-js')

async function loadResvg(): Promise<Resvg | string> {
  try {
    return await import('@resvg/resvg-js')
  } catch (e) {
    return `@resvg/resvg-js could not be loaded (${e instanceof Error ? e.message : String(e)})`
  }
}

export interface ExportFigures {
  readonly svg: Outcome
  readonly svgBytes: Outcome
  readonly png: Outcome
  readonly pngBytes: Outcome
  readonly pngSize?: string
}

const skipAll = (why: string): ExportFigures => ({ svg: { skipped: why }, svgBytes: { skipped: why }, png: { skipped: why }, pngBytes: { skipped: why } })

/** SVG with the fonts embedded (as saved by the app), and a 2× PNG rendered by resvg. */
export async function exportFigures(chart: Chart, runs: number): Promise<ExportFigures> {
  let svgMod: typeof import('../shared/export/chart-svg')
  let fonts: typeof import('../shared/export/fonts')
  let png: typeof import('../shared/export/png-size')
  try {
    svgMod = await import('../shared/export/chart-svg')
    fonts = await import('../shared/export/fonts')
    png = await import('../shared/export/png-size')
  } catch (e) {
    return skipAll(`shared/export is not complete (${e instanceof Error ? e.message : String(e)})`)
  }
  const { chartToSvg } = svgMod
  const lint = (await loadLint()).lintChart?.(chart)
  const fontCss = fonts.fontFaceCss(
    fonts.EMBEDDABLE_FONT_FILES.map((f) => ({
      weight: f.weight,
      unicodeRange: f.unicodeRange,
      format: 'woff2' as const,
      base64: readFileSync(join(ROOT, f.file)).toString('base64')
    }))
  )
  const options = { annotated: true, findings: lint?.findings ?? [], title: chart.title, date: '25 November 2026' }
  const svgTimes = timeRuns(() => chartToSvg(chart, { ...options, fontCss }), runs, 1)
  const svg = chartToSvg(chart, { ...options, fontCss })
  const out: ExportFigures = { ...skipAll(''), svg: { value: median(svgTimes), unit: 'ms', note: 'fonts embedded (WOFF2)' }, svgBytes: { value: Buffer.byteLength(svg.svg), unit: 'bytes' } }

  const resvg = await loadResvg()
  if (typeof resvg === 'string') return { ...out, png: { skipped: resvg }, pngBytes: { skipped: resvg } }
  const plan = png.pngPlan(svg.width, svg.height, 2)
  const fontFiles = Object.values(fonts.BUNDLED_FONT_FILES).map((f) => join(ROOT, f))
  let bytes = 0
  const render = () => {
    const plain = chartToSvg(chart, options)
    const image = new resvg.Resvg(plain.svg, {
      fitTo: { mode: 'width', value: plan.width },
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: fonts.FONT_FAMILY }
    }).render()
    bytes = image.asPng().length
  }
  // One run: resvg takes seconds on big charts, and the spread between runs is small next to that.
  const pngTimes = timeRuns(render, 1, 0)
  const note = plan.clamped ? `clamped to ${plan.width}×${plan.height} px (scale ${plan.scale.toFixed(2)}), one run` : `${plan.width}×${plan.height} px, one run`
  return { ...out, png: { value: median(pngTimes), unit: 'ms', note }, pngBytes: { value: bytes, unit: 'bytes' }, pngSize: `${plan.width}×${plan.height}` }
}
