// Measures taken in Node on the shared modules: linting a whole chart, linting again
// after one assignment, and exporting to SVG and to a 2× PNG (via resvg). Modules that
// are not there yet are skipped with the reason, never faked.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Chart } from '../shared/model/chart'
import type { Diff } from '../shared/ops/diff'
import type { LintResult } from '../shared/rules/types'
import { applyOp } from '../shared/ops/operations'
import { parseChartFile } from '../shared/format/chart-file'
import { serializeChart } from '../shared/format/serialize'
import { seededRandom } from './generate'
import { median, timePaired, timeRuns } from './stats'
import { ROOT } from './servers'

export interface Figure {
  readonly value: number
  readonly unit: string
  readonly note?: string
  /** The same-run reference the figure is compared with (ratio = value / baseline). */
  readonly baseline?: number
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

/** Edits linted before the incremental lint is timed, and edits timed (each is about a millisecond). */
const WARM_EDITS = 3
const TIMED_EDITS = 20

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

export interface FreeTextFigures {
  /** First lint in the process of a chart whose cards carry no category: model set-up and every label read. */
  readonly cold: Outcome
  /** The same chart linted again (labels cached). */
  readonly full: Outcome
  /** One new free-text card added to an Operations Manager, linted incrementally (the label is new: the NLP step runs). */
  readonly newLabel: Outcome
  readonly modelLoad: Outcome
}

/** Lint figures when the classifier reads every label: the cards' categories removed, as for cards a group writes itself. */
export async function freeTextLintFigures(chart: Chart, runs: number): Promise<FreeTextFigures> {
  const mod = await loadLint()
  if (typeof mod.lintChart !== 'function' || typeof mod.createLinter !== 'function') {
    const why = 'shared/rules/lint.ts exports no lintChart/createLinter'
    return { cold: { skipped: why }, full: { skipped: why }, newLabel: { skipped: why }, modelLoad: { skipped: why } }
  }
  const lintChart = mod.lintChart
  const free: Chart = { ...chart, duties: chart.duties.map(({ category: _category, ...d }) => d) }
  const t0 = performance.now()
  lintChart(free)
  const cold: Outcome = { value: performance.now() - t0, unit: 'ms', note: `${new Set(free.duties.map((d) => d.label)).size} distinct labels, model set-up included` }
  const fullTimes = timeRuns(() => lintChart(free), runs, 1)
  const full: Outcome = { value: median(fullTimes), unit: 'ms', note: 'labels cached' }
  const linter = incremental(mod)
  const ops = free.roles.filter((r) => /Operations Manager$/.test(r.title))
  let newLabel: Outcome = { skipped: 'no Operations Manager in the chart' }
  if (linter && ops.length) {
    linter(free)
    let cur = free
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const r = applyOp(cur, { type: 'addDuty', duty: { id: `bench-new-${i}`, label: `Agree revised delivery slots with carrier ${i} for depot ${i * 7}`, roleId: ops[i % ops.length].id } })
      const t = performance.now()
      linter(r.chart, r.diff)
      times.push(performance.now() - t)
      cur = r.chart
    }
    newLabel = { value: median(times), unit: 'ms', baseline: median(fullTimes), note: 'addDuty with a label never seen before; baseline = free-text full lint' }
  }
  const { modelLoadMs } = await import('../shared/rules/nlp/wink')
  return { cold, full, newLabel, modelLoad: { value: modelLoadMs(), unit: 'ms', note: 'wink-nlp with wink-eng-lite-web-model, part-of-speech pipe' } }
}

/**
 * The chart as the app holds it: read back from its file. The generator builds labels by
 * concatenation, and such strings are slow to hash until read back; charts in the app
 * always come from a file, the database or a live session, never from concatenation.
 */
export function asStored(chart: Chart): Chart {
  const parsed = parseChartFile(serializeChart(chart))
  if (!parsed.ok) throw new Error(`The generated chart does not read back from its file: ${parsed.problems[0]?.message ?? 'unknown problem'}`)
  return parsed.chart
}

/** The floor a full lint is compared with. */
function indexDuties(chart: Chart): number {
  const byId = new Map<string, unknown>()
  const byLabel = new Map<string, unknown>()
  for (const d of chart.duties) {
    byId.set(d.id, d)
    byLabel.set(d.label, d)
  }
  return byId.size + byLabel.size
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
  // Baseline: indexing the duties by id and by label in plain Maps, the least any linter
  // that finds duplicates pays, timed in alternation with the lint (see timePaired).
  const paired = timePaired(() => lintChart(chart), () => indexDuties(chart), runs)
  const fullMs = median(paired.times)
  const full: Outcome = { value: fullMs, unit: 'ms', baseline: median(paired.baseline), note: 'fresh linter; baseline = Maps of the duties by id and by label' }
  const linter = incremental(mod)
  // As for the full lint, the first edits (compiling the incremental path) are not timed.
  const all = assignments(chart, Math.max(runs, TIMED_EDITS) + WARM_EDITS)
  const edits = all.slice(WARM_EDITS)
  let inc: Outcome
  if (linter) {
    linter(chart)
    for (const { chart: next, diff } of all.slice(0, WARM_EDITS)) linter(next, diff)
    const times = edits.map(({ chart: next, diff }) => {
      const t0 = performance.now()
      linter(next, diff)
      return performance.now() - t0
    })
    inc = { value: median(times), unit: 'ms', baseline: fullMs, note: `createLinter(), after a full lint of the chart and ${WARM_EDITS} untimed edits, median of ${edits.length}; baseline = lint.full` }
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
