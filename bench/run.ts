// `npm run bench [-- --sizes 100,500] [--quick] [--runs N] [--no-build] [--lint-only]`: builds
// the app and a bare React Flow page, measures both in headless Chromium on generated
// charts, measures lint and export in Node, prints a table and writes bench/results.json.
// `--lint-only` measures the lint rows alone (no build, no browser, no export, no live session).

import { loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { Chart } from '../shared/model/chart'
import { generateChart } from './generate'
import { describeMachine } from './machine'
import { asStored, type ExportFigures, exportFigures, freeTextLintFigures, lintFigures, type Outcome } from './measure-node'
import { Results } from './report'
import { ROOT, buildApp, buildBaseline, startServers } from './servers'
import { benchApp, benchBaseline, type Options, type PageFigures } from './suite'
import { addLiveFigures } from './live-report'
import { bigFileChart, openFileInPage } from './open-file'
import { joinInPage } from './live-page'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

interface Cli {
  sizes: number[]
  quick: boolean
  runs: number
  build: boolean
  lintOnly: boolean
}

function parseArgs(argv: readonly string[]): Cli {
  const cli: Cli = { sizes: [100, 500, 2000, 5000], quick: false, runs: 5, build: true, lintOnly: false }
  let runsGiven = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value, e.g. ${a} ${a === '--sizes' ? '100,500' : '3'}.`)
      return v
    }
    if (a === '--quick') cli.quick = true
    else if (a === '--no-build') cli.build = false
    else if (a === '--lint-only') cli.lintOnly = true
    else if (a === '--sizes') cli.sizes = value().split(',').map((s) => Number(s.trim()))
    else if (a === '--runs') {
      cli.runs = Number(value())
      runsGiven = true
    } else throw new Error(`Unknown option "${a}". Options: --sizes 100,500,2000  --quick  --runs N  --no-build  --lint-only`)
  }
  if (cli.sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--sizes takes whole numbers of at least 2, separated by commas.')
  if (!Number.isInteger(cli.runs) || cli.runs < 1) throw new Error('--runs takes a whole number of at least 1.')
  if (cli.quick && !runsGiven) cli.runs = 2
  return cli
}

const log = (s: string) => console.log(s)

/** From this size only opening, fitting, panning and zooming are measured (and the full lint). */
const OVERVIEW_ONLY_FROM = 5000

function addOutcome(results: Results, name: string, roles: number, o: Outcome): void {
  if ('skipped' in o) results.skip(name, roles, 'ms', o.skipped)
  else results.add(name, roles, o.value, o.unit, { note: o.note, baseline: o.baseline })
}

function addPage(results: Results, n: number, app: PageFigures, base: PageFigures): void {
  results.add('open.first-full-render', n, app.open, 'ms', { baseline: base.open })
  results.add('open.nodes-rendered', n, app.nodesRendered, 'count', { baseline: base.nodesRendered })
  results.add('memory.js-heap', n, app.heap, 'MB', { baseline: base.heap })
  const moved = app.dragMoved ? undefined : 'the dragged role did not move: check the grab point'
  if (n < OVERVIEW_ONLY_FROM) {
    results.add('drag.frame-p50', n, app.dragP50, 'ms', { baseline: base.dragP50, note: moved })
    results.add('drag.frame-p95', n, app.dragP95, 'ms', { baseline: base.dragP95, note: moved })
  }
  results.add('pan.frame-p95', n, app.panP95, 'ms', { baseline: base.panP95 })
  results.add('zoom.frame-p95', n, app.zoomP95, 'ms', { baseline: base.zoomP95 })
  results.add('fit.whole-chart', n, app.fitMs, 'ms', { baseline: base.fitMs, note: 'from a zoomed-in view to the settled fitted view' })
  results.add('fit.roles-in-view', n, app.fitInView, 'count', { baseline: base.fitInView, note: `of ${n} roles, inside the canvas after Fit view` })
  if (n >= OVERVIEW_ONLY_FROM) return
  if (!app.drop || 'error' in app.drop) results.skip('drop.warning-p95', n, 'ms', app.drop && 'error' in app.drop ? app.drop.error : 'not run')
  else {
    results.add('drop.warning-p50', n, app.drop.p50, 'ms')
    results.add('drop.warning-p95', n, app.drop.p95, 'ms')
  }
}

/** The big file: the file format's limits (5,000 roles, 50,000 duties), about 19 MB. */
const BIG_FILE_ROLES = 5000
const BIG_FILE_BYTES = 19 * 2 ** 20
const JOIN_ROLES = 2000

/** Opening a ~19 MB chart file in the app, and a participant joining a live session in the browser. */
async function bigFileAndJoin(browser: Awaited<ReturnType<typeof chromium.launch>>, appUrl: string, results: Results, cli: Cli): Promise<void> {
  const verdict = (v: number, max: number) => `target ≤ ${max} ms: ${v <= max ? 'met' : 'MISSED'}`
  const big = bigFileChart(generateChart(BIG_FILE_ROLES), BIG_FILE_BYTES)
  log(`\nOpening a chart file of ${BIG_FILE_ROLES} roles, ${big.duties.length} cards`)
  try {
    const f = await openFileInPage(browser, appUrl, big, Math.min(cli.runs, 3))
    const note = `${(f.bytes / 1e6).toFixed(1)} MB file, File → Open… to the settled view; progress shown: ${f.progressShown ? 'yes' : 'NO'}; ${verdict(f.ms, 5000)}`
    results.add('open.file-19mb', BIG_FILE_ROLES, f.ms, 'ms', { note })
  } catch (e) {
    results.skip('open.file-19mb', BIG_FILE_ROLES, 'ms', e instanceof Error ? e.message.split('\n')[0]! : String(e))
  }
  log(`\nJoining a live session on a ${JOIN_ROLES}-role chart in the browser`)
  try {
    const j = await joinInPage(browser, JOIN_ROLES, cli.runs)
    results.add('live.join-shown', JOIN_ROLES, j.ms, 'ms', { note: `join link opened in a fresh browser context to the settled view (${j.nodes} nodes drawn); ${verdict(j.ms, 2000)}` })
  } catch (e) {
    results.skip('live.join-shown', JOIN_ROLES, 'ms', e instanceof Error ? e.message.split('\n')[0]! : String(e))
  }
}

/** Lint figures, measured in Node on the shared modules. */
async function addLintFigures(results: Results, generated: Chart, runs: number, fullOnly = false): Promise<void> {
  const n = generated.roles.length
  log('  node: lint')
  const chart = asStored(generated)
  const lint = await lintFigures(chart, Math.max(5, runs * 2))
  addOutcome(results, 'lint.full', n, lint.full)
  if (fullOnly) return
  addOutcome(results, 'lint.incremental', n, lint.incremental)
  results.add('lint.warnings', n, lint.warnings, 'count')
  const free = await freeTextLintFigures(chart, Math.max(5, runs * 2))
  addOutcome(results, 'lint.free-text-cold', n, free.cold)
  addOutcome(results, 'lint.free-text-full', n, free.full)
  addOutcome(results, 'lint.free-text-new-label', n, free.newLabel)
  addOutcome(results, 'nlp.model-load', n, free.modelLoad)
}

/** Export figures, measured in Node on the shared modules. */
async function addExportFigures(results: Results, chart: Chart, runs: number): Promise<ExportFigures> {
  const n = chart.roles.length
  log('  node: export')
  const ex = await exportFigures(chart, runs)
  addOutcome(results, 'export.svg', n, ex.svg)
  addOutcome(results, 'export.svg-size', n, ex.svgBytes)
  addOutcome(results, 'export.png-2x', n, ex.png)
  addOutcome(results, 'export.png-2x-size', n, ex.pngBytes)
  return ex
}

/** `--lint-only`: the lint rows alone, for a quick look at the rules' speed. */
async function lintOnly(cli: Cli, started: number): Promise<void> {
  const machine = describeMachine(null)
  log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; load average ${loadavg()[0]!.toFixed(1)}`)
  const results = new Results()
  for (const n of cli.sizes) {
    const chart = generateChart(n)
    log(`\n${n} roles, ${chart.duties.length} cards`)
    await addLintFigures(results, chart, cli.runs, n >= OVERVIEW_ONLY_FROM)
  }
  results.write(join(ROOT, 'bench'), machine)
  log(`\n${results.table()}\n`)
  log(`Wrote bench/results.json and bench/machine.json in ${Math.round((Date.now() - started) / 1000)} s (lint only).`)
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2))
  const options: Options = {
    runs: cli.runs,
    drops: cli.quick ? 10 : 20,
    interactionSteps: cli.quick ? 60 : 120,
    stepMs: 8,
    screenshotRuns: 1
  }
  const started = Date.now()
  if (cli.lintOnly) return lintOnly(cli, started)
  if (cli.build) {
    log('Building the app (electron-vite build)…')
    buildApp()
  }
  log('Building the baseline page…')
  const baselineDir = buildBaseline()
  const served = await startServers(baselineDir)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  const machine = describeMachine(browser)
  log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}`)
  log(`Runs per measure: ${cli.runs} (medians reported)${cli.quick ? ', quick mode' : ''}`)
  const results = new Results()
  try {
    for (const n of cli.sizes) {
      const chart = generateChart(n)
      log(`\n${n} roles, ${chart.duties.length} cards`)
      const overviewOnly = n >= OVERVIEW_ONLY_FROM
      const app = await benchApp(browser, served.appUrl, chart, { ...options, overviewOnly, screenshotRuns: n === 500 ? options.screenshotRuns : 0 }, log)
      const base = await benchBaseline(browser, served.baselineUrl, chart, app.canvas, { ...options, overviewOnly }, log)
      addPage(results, n, app, base)
      await addLintFigures(results, chart, cli.runs, overviewOnly)
      if (overviewOnly) continue
      const ex = await addExportFigures(results, chart, cli.runs)
      const shot = app.screenshot
      if (shot && 'error' in shot) results.skip('screenshot.html-to-image-svg', n, 'ms', shot.error)
      else if (shot) {
        const note = `${shot.nodesInDom} nodes in the DOM, ${Math.round(shot.widthShown * 100)}% of the chart width in the image; baseline = our export`
        const ours = (o: Outcome) => ('skipped' in o ? undefined : o.value)
        results.add('screenshot.html-to-image-svg', n, shot.svgMs, 'ms', { baseline: ours(ex.svg), note })
        results.add('screenshot.html-to-image-svg-size', n, shot.svgBytes, 'bytes', { baseline: ours(ex.svgBytes) })
        results.add('export.png-2x-in-app', n, shot.appPngMs, 'ms', { note: `the app's PNG path in the page: whole chart, ${shot.appPngPixels} px` })
        results.add('export.png-2x-in-app-size', n, shot.appPngBytes, 'bytes')
        const pngNote = 'image of the 1024 × 768 view only; baseline = the app’s PNG of the whole chart'
        results.add('screenshot.html-to-image-png-2x', n, shot.pngMs, 'ms', { baseline: shot.appPngMs, note: pngNote })
        results.add('screenshot.html-to-image-png-2x-size', n, shot.pngBytes, 'bytes', { baseline: shot.appPngBytes })
      }
    }
    await bigFileAndJoin(browser, served.appUrl, results, cli)
  } finally {
    await browser.close()
    await served.close()
  }
  await addLiveFigures(results, cli.quick, log)
  results.write(join(ROOT, 'bench'), machine)
  log(`\n${results.table()}\n`)
  log(`Wrote bench/results.json and bench/machine.json in ${Math.round((Date.now() - started) / 1000)} s.`)
}

main().catch((e: unknown) => {
  console.error(`Benchmark failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 1
})
