// One chart size, end to end in Chromium: the app (open, heap, drag, pan, zoom, drop,
// and at 500 roles the screenshot comparison) and the baseline page (open, heap, drag,
// pan, zoom), with medians over the runs.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { Chart } from '../shared/model/chart'
import { FIT_APP, FIT_BASELINE, baselineGraph, dropCard, fitApp, fitBaseline, seedChart, zoomInApp, zoomInAppOn, zoomInBaseline } from './app-page'
import { dragNode, heapMb, pan, settledAt, timeOpen, zoom, type Timing } from './measure-page'
import { CANVAS_BOX, FIT_TIMING, initProbe } from './probes'
import { capture, injectHtmlToImage, type ScreenshotFigures } from './screenshot'
import { median, percentile } from './stats'

export interface Options extends Timing {
  readonly runs: number
  readonly drops: number
  readonly screenshotRuns: number
  /** Charts this big are measured for open, fit, pan and zoom only (no drags, drops or screenshots). */
  readonly overviewOnly?: boolean
}

export interface PageFigures {
  open: number
  nodesRendered: number
  heap: number
  dragP50: number
  dragP95: number
  dragMoved: boolean
  panP95: number
  zoomP95: number
  /** Fit view from a zoomed-in view: to the settled whole chart, and the roles inside the canvas then. */
  fitMs: number
  fitInView: number
  canvas: { width: number; height: number }
  drop?: { p50: number; p95: number } | { error: string }
  screenshot?: ScreenshotFigures | { error: string }
}

const VIEWPORT = { width: 1600, height: 1000 }

async function newPage(browser: Browser, init: string[]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  for (const script of init) await context.addInitScript({ content: script })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

/** A failed step, with what the page looked like: its errors and a screenshot. */
async function explain(page: Page, errors: readonly string[], label: string, e: unknown): Promise<Error> {
  const shot = join(tmpdir(), `org-workbench-bench-${label}.png`)
  const saved = await page.screenshot({ path: shot }).then(() => ` Screenshot: ${shot}.`, () => '')
  const why = e instanceof Error ? e.message.split('\n')[0] : String(e)
  const page_ = errors.length ? ` Page errors: ${errors.slice(0, 3).join(' | ')}.` : ''
  return new Error(`${label}: ${why}.${page_}${saved}`)
}

interface Page_ {
  readonly fit: (p: Page) => Promise<void>
  /** To a zoom where roles are drawn as nodes (a drag needs one to grab). */
  readonly zoomIn: (p: Page, chart: Chart) => Promise<void>
  /** Page source that fits the whole chart. */
  readonly fitSource: string
}

const APP: Page_ = { fit: fitApp, zoomIn: zoomInApp, fitSource: FIT_APP }
const BASELINE: Page_ = { fit: fitBaseline, zoomIn: zoomInBaseline, fitSource: FIT_BASELINE }

async function interactions(page: Page, chart: Chart, o: Options, how: Page_) {
  const drags: Awaited<ReturnType<typeof dragNode>>[] = []
  const pans: number[] = []
  const zooms: number[] = []
  const fits: { ms: number; inView: number }[] = []
  for (let i = 0; i < o.runs && !o.overviewOnly; i++) {
    await how.zoomIn(page, chart)
    drags.push(await dragNode(page, o))
    await how.fit(page)
  }
  for (let i = 0; i < o.runs; i++) {
    pans.push((await pan(page, o)).p95)
    await how.fit(page)
  }
  for (let i = 0; i < o.runs; i++) {
    zooms.push((await zoom(page, o)).p95)
    await how.fit(page)
  }
  for (let i = 0; i < o.runs; i++) {
    await how.zoomIn(page, chart)
    fits.push((await page.evaluate(FIT_TIMING(how.fitSource))) as { ms: number; inView: number })
  }
  return {
    dragP50: drags.length ? median(drags.map((d) => d.p50)) : Number.NaN,
    dragP95: drags.length ? median(drags.map((d) => d.p95)) : Number.NaN,
    dragMoved: drags.every((d) => d.moved),
    panP95: median(pans),
    zoomP95: median(zooms),
    fitMs: median(fits.map((f) => f.ms)),
    fitInView: Math.min(...fits.map((f) => f.inView))
  }
}

async function opens(page: Page, runs: number): Promise<{ open: number; nodesRendered: number }> {
  const times: { ms: number; nodes: number }[] = []
  for (let i = 0; i < runs; i++) times.push(await timeOpen(page))
  return { open: median(times.map((t) => t.ms)), nodesRendered: median(times.map((t) => t.nodes)) }
}

export async function benchApp(browser: Browser, url: string, chart: Chart, o: Options, log: (s: string) => void): Promise<PageFigures> {
  const { context, page, errors } = await newPage(browser, [initProbe(true)])
  try {
    await page.goto(url)
    await page.locator('[data-testid=role-node]').first().waitFor({ timeout: 30_000 })
    await seedChart(page, chart)
    log('  app: open')
    const open = await opens(page, o.runs)
    const canvas = (await page.evaluate(CANVAS_BOX)) as { width: number; height: number }
    const heap = await heapMb(page)
    log('  app: drag, pan, zoom')
    const moves = await interactions(page, chart, o, APP)
    log('  app: drops')
    const times: number[] = []
    let dropError: string | null = null
    for (let i = 0; i < o.drops && !dropError && !o.overviewOnly; i++) {
      if (i === 0) await zoomInAppOn(page, chart.roles.find((r) => /Operations Manager$/.test(r.title)) ?? chart.roles[0])
      const r = await dropCard(page, i)
      if (r.error) dropError = r.error
      else times.push(r.ms!)
      await page.waitForTimeout(120)
    }
    const drop = o.overviewOnly ? undefined : dropError ? { error: dropError } : { p50: median(times), p95: percentile(times, 95) }
    let screenshot: PageFigures['screenshot']
    if (o.screenshotRuns > 0) {
      log('  app: html-to-image')
      await page.reload()
      await settledAt(page)
      const why = await injectHtmlToImage(page)
      screenshot = why ? { error: why } : await capture(page, chart, o.screenshotRuns)
    }
    if (errors.length) log(`  app page errors: ${errors.slice(0, 3).join(' | ')}`)
    return { ...open, canvas, heap, ...moves, drop, screenshot }
  } catch (e) {
    throw await explain(page, errors, `app-${chart.roles.length}`, e)
  } finally {
    await context.close()
  }
}

export async function benchBaseline(browser: Browser, url: string, chart: Chart, canvas: { width: number; height: number }, o: Options, log: (s: string) => void): Promise<PageFigures> {
  const { context, page, errors } = await newPage(browser, [baselineGraph(chart, canvas.width, canvas.height), initProbe(false)])
  try {
    await page.goto(url)
    await settledAt(page)
    log('  baseline: open')
    const open = await opens(page, o.runs)
    const heap = await heapMb(page)
    log('  baseline: drag, pan, zoom')
    const moves = await interactions(page, chart, o, BASELINE)
    if (errors.length) log(`  baseline page errors: ${errors.slice(0, 3).join(' | ')}`)
    return { ...open, canvas, heap, ...moves }
  } catch (e) {
    throw await explain(page, errors, `baseline-${chart.roles.length}`, e)
  } finally {
    await context.close()
  }
}
