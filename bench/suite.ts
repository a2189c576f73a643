// One chart size, end to end in Chromium: the app (open, heap, drag, pan, zoom, drop,
// and at 500 roles the screenshot comparison) and the baseline page (open, heap, drag,
// pan, zoom), with medians over the runs.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { Chart } from '../shared/model/chart'
import { baselineGraph, dropCard, fitApp, fitBaseline, seedChart } from './app-page'
import { dragNode, heapMb, pan, settledAt, timeOpen, zoom, type Timing } from './measure-page'
import { CANVAS_BOX, initProbe } from './probes'
import { capture, injectHtmlToImage, type ScreenshotFigures } from './screenshot'
import { median, percentile } from './stats'

export interface Options extends Timing {
  readonly runs: number
  readonly drops: number
  readonly screenshotRuns: number
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

async function interactions(page: Page, o: Options, fit: (p: Page) => Promise<void>) {
  const drags: Awaited<ReturnType<typeof dragNode>>[] = []
  const pans: number[] = []
  const zooms: number[] = []
  for (let i = 0; i < o.runs; i++) {
    drags.push(await dragNode(page, o))
    await fit(page)
  }
  for (let i = 0; i < o.runs; i++) {
    pans.push((await pan(page, o)).p95)
    await fit(page)
  }
  for (let i = 0; i < o.runs; i++) {
    zooms.push((await zoom(page, o)).p95)
    await fit(page)
  }
  return {
    dragP50: median(drags.map((d) => d.p50)),
    dragP95: median(drags.map((d) => d.p95)),
    dragMoved: drags.every((d) => d.moved),
    panP95: median(pans),
    zoomP95: median(zooms)
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
    const moves = await interactions(page, o, fitApp)
    log('  app: drops')
    const times: number[] = []
    let dropError: string | null = null
    for (let i = 0; i < o.drops && !dropError; i++) {
      const r = await dropCard(page, i)
      if (r.error) dropError = r.error
      else times.push(r.ms!)
      await page.waitForTimeout(120)
    }
    const drop = dropError ? { error: dropError } : { p50: median(times), p95: percentile(times, 95) }
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
    const moves = await interactions(page, o, fitBaseline)
    if (errors.length) log(`  baseline page errors: ${errors.slice(0, 3).join(' | ')}`)
    return { ...open, canvas, heap, ...moves }
  } catch (e) {
    throw await explain(page, errors, `baseline-${chart.roles.length}`, e)
  } finally {
    await context.close()
  }
}
