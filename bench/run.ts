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
import { type ExportFigures, exportFigures, freeTextLintFigures, lintFigures, type Outcome } from './measure-node'
import { Results } from './report'
import { ROOT, buildApp, buildBaseline, startServers } from './servers'
import { benchApp, benchBaseline, type Options, type PageFigures } from './suite'
import { addLiveFigures } from './live-report'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

interface Cli {
  sizes: number[]
  quick: boolean
  runs: number
  build: boolean
  lintOnly: boolean
}

function parseArgs(argv: readonly string[]): Cli {
  const cli: Cli = { sizes: [100, 500, 2000], quick: false, runs: 5, build: true, lintOnly: false }
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

function addOutcome(results: Results, name: string, roles: number, o: Outcome): void {
  if ('skipped' in o) results.skip(name, roles, 'ms', o.skipped)
  else results.add(name, roles, o.value, o.unit, { note: o.note, baseline: o.baseline })
}

function addPage(results: Results, n: number, app: PageFigures, base: PageFigures): void {
  results.add('open.first-full-render', n, app.open, 'ms', { baseline: base.open })
  results.add('open.nodes-rendered', n, app.nodesRendered, 'count', { baseline: base.nodesRendered })
  results.add('memory.js-heap', n, app.heap, 'MB', { baseline: base.heap })
  const moved = app.dragMoved ? undefined : 'the dragged role did not move: check the grab point'
  results.add('drag.frame-p50', n, app.dragP50, 'ms', { baseline: base.dragP50, note: moved })
  results.add('drag.frame-p95', n, app.dragP95, 'ms', { baseline: base.dragP95, note: moved })
  results.add('pan.frame-p95', n, app.panP95, 'ms', { baseline: base.panP95 })
  results.add('zoom.frame-p95', n, app.zoomP95, 'ms', { baseline: base.zoomP95 })
  if (!app.drop || 'error' in app.drop) results.skip('drop.warning-p95', n, 'ms', app.drop && 'error' in app.drop ? app.drop.error : 'not run')
  else {
    results.add('drop.warning-p50', n, app.drop.p50, 'ms')
    results.add('drop.warning-p95', n, app.drop.p95, 'ms')
  }
}

/** Lint figures, measured in Node on the shared modules. */
async function addLintFigures(results: Results, chart: Chart, runs: number): Promise<void> {
  const n = chart.roles.length
  log('  node: lint')
  const lint = await lintFigures(chart, Math.max(5, runs * 2))
  addOutcome(results, 'lint.full', n, lint.full)
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
    await addLintFigures(results, chart, cli.runs)
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
      const app = await benchApp(browser, served.appUrl, chart, { ...options, screenshotRuns: n === 500 ? options.screenshotRuns : 0 }, log)
      const base = await benchBaseline(browser, served.baselineUrl, chart, app.canvas, options, log)
      addPage(results, n, app, base)
      await addLintFigures(results, chart, cli.runs)
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
