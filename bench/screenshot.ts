// The DOM-screenshot route to image export, for comparison with the model-based export:
// html-to-image on React Flow's viewport, following React Flow's own "download image"
// recipe (1024 × 768 image, viewport fitted to the nodes' bounds with zoom clamped to 0.5–2).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Chart } from '../shared/model/chart'

export interface ScreenshotFigures {
  readonly svgMs: number
  readonly svgBytes: number
  readonly pngMs: number
  readonly pngBytes: number
  readonly nodesInDom: number
  /** Share of the chart's width that fits in the image (the recipe's minimum zoom crops big charts). */
  readonly widthShown: number
  /** The app's own PNG path in the same page: our SVG of the whole chart drawn on a canvas at 2×. */
  readonly appPngMs: number
  readonly appPngBytes: number
  readonly appPngPixels: string
}

/** What renderer/src/export/rasterise.ts does with the exported SVG, timed in the page. */
const RASTERISE = `async (o) => {
  const t0 = performance.now();
  const url = URL.createObjectURL(new Blob([o.svg], { type: 'image/svg+xml' }));
  const img = new Image(); img.src = url; await img.decode();
  const c = document.createElement('canvas'); c.width = o.width; c.height = o.height;
  const ctx = c.getContext('2d'); ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, o.width, o.height);
  ctx.drawImage(img, 0, 0, o.width, o.height);
  const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
  URL.revokeObjectURL(url);
  return { ms: performance.now() - t0, bytes: blob ? blob.size : 0 };
}`

async function appPng(page: Page, chart: Chart, runs: number): Promise<{ ms: number; bytes: number; pixels: string }> {
  const { chartToSvg } = await import('../shared/export/chart-svg')
  const { EMBEDDABLE_FONT_FILES, fontFaceCss } = await import('../shared/export/fonts')
  const { pngPlan } = await import('../shared/export/png-size')
  const fontCss = fontFaceCss(
    EMBEDDABLE_FONT_FILES.map((f) => ({ weight: f.weight, unicodeRange: f.unicodeRange, format: 'woff2' as const, base64: readFileSync(join(__dirname, '..', f.file)).toString('base64') }))
  )
  const { svg, width, height } = chartToSvg(chart, { fontCss, title: chart.title })
  const plan = pngPlan(width, height, 2)
  const out: { ms: number; bytes: number }[] = []
  for (let i = 0; i < runs; i++) out.push(await page.evaluate(`(${RASTERISE})(${JSON.stringify({ svg, width: plan.width, height: plan.height })})`))
  out.sort((a, b) => a.ms - b.ms)
  return { ...out[Math.floor((out.length - 1) / 2)], pixels: `${plan.width}×${plan.height}` }
}

const SCRIPT_URL = '/__bench__/html-to-image.js'

const CAPTURE = `async (o) => {
  const vp = document.querySelector('.react-flow__viewport');
  const node = document.querySelector('.react-flow__node');
  const h = node ? node.offsetHeight : 200;
  const b = { x: o.minX, y: o.minY, w: o.maxX + o.nodeWidth - o.minX, h: o.maxY + h - o.minY };
  const pad = 0.1;
  const zoom = Math.min(2, Math.max(0.5, Math.min(o.width / (b.w * (1 + pad)), o.height / (b.h * (1 + pad)))));
  const x = o.width / 2 - (b.x + b.w / 2) * zoom, y = o.height / 2 - (b.y + b.h / 2) * zoom;
  const options = { backgroundColor: '#ffffff', width: o.width, height: o.height, pixelRatio: o.pixelRatio,
    style: { width: o.width + 'px', height: o.height + 'px', transform: 'translate(' + x + 'px, ' + y + 'px) scale(' + zoom + ')' } };
  const t0 = performance.now();
  const url = o.format === 'svg' ? await window.htmlToImage.toSvg(vp, options) : await window.htmlToImage.toPng(vp, options);
  const ms = performance.now() - t0;
  const body = url.slice(url.indexOf(',') + 1);
  const bytes = o.format === 'svg' ? new TextEncoder().encode(decodeURIComponent(body)).length : Math.floor(body.length * 3 / 4) - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
  return { ms, bytes, nodes: document.querySelectorAll('.react-flow__node').length, widthShown: Math.min(1, o.width / (b.w * zoom)) };
}`

/** Loads html-to-image's UMD build into the page from a same-origin URL, so the app's CSP allows it. */
export async function injectHtmlToImage(page: Page): Promise<string | null> {
  let file: string
  try {
    file = require.resolve('html-to-image/dist/html-to-image.js')
  } catch {
    return 'html-to-image is not installed (npm install --save-dev html-to-image)'
  }
  const body = readFileSync(file, 'utf8')
  await page.route(`**${SCRIPT_URL}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body }))
  await page.addScriptTag({ url: SCRIPT_URL })
  const ok = await page.evaluate('typeof window.htmlToImage === "object"')
  return ok ? null : 'html-to-image loaded but defined no global htmlToImage'
}

export async function capture(page: Page, chart: Chart, runs: number): Promise<ScreenshotFigures> {
  const xs = chart.roles.map((r) => r.x ?? 0)
  const ys = chart.roles.map((r) => r.y ?? 0)
  const base = { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys), nodeWidth: 260, width: 1024, height: 768 }
  const one = async (format: 'svg' | 'png') => {
    const out: { ms: number; bytes: number; nodes: number; widthShown: number }[] = []
    for (let i = 0; i < runs; i++) {
      out.push(await page.evaluate(`(${CAPTURE})(${JSON.stringify({ ...base, format, pixelRatio: format === 'png' ? 2 : 1 })})`))
    }
    out.sort((a, b) => a.ms - b.ms)
    return out[Math.floor((out.length - 1) / 2)]
  }
  const svg = await one('svg')
  const png = await one('png')
  const ours = await appPng(page, chart, runs)
  return {
    svgMs: svg.ms, svgBytes: svg.bytes, pngMs: png.ms, pngBytes: png.bytes, nodesInDom: svg.nodes, widthShown: svg.widthShown,
    appPngMs: ours.ms, appPngBytes: ours.bytes, appPngPixels: ours.pixels
  }
}
