// The whole overview drawn once into an offscreen bitmap, for frames while the view moves.
// Rasterising thousands of boxes and lines on the CPU costs two or three frames at a
// time; scaling one bitmap costs a few milliseconds. The layer shows the bitmap while a
// zoom or pan is under way and draws sharp again once the view rests.

import { drawOverview } from './draw-overview'
import type { Scene } from './overview-scene'

/** Longest side of the bitmap in pixels: sharp enough in motion, small enough to draw quickly (about 16 MB). */
const LONGEST_SIDE = 2048
const PAD = 8

export interface ChartBitmap {
  readonly canvas: HTMLCanvasElement
  /** Bitmap pixels per chart unit. */
  readonly scale: number
}

const bitmaps = new WeakMap<Scene, ChartBitmap | null>()

/** The scene's bitmap, drawn on first use; null when the chart is empty or the browser gives no 2D context. */
export function chartBitmap(scene: Scene): ChartBitmap | null {
  if (bitmaps.has(scene)) return bitmaps.get(scene)!
  const made = draw(scene)
  bitmaps.set(scene, made)
  return made
}

/** The scene's bitmap if it is drawn already (it is drawn while the browser is idle), else null. */
export function drawnBitmap(scene: Scene): ChartBitmap | null {
  return bitmaps.get(scene) ?? null
}

function draw(scene: Scene): ChartBitmap | null {
  const b = scene.bounds
  if (!(b.w > 0 && b.h > 0)) return null
  const scale = (LONGEST_SIDE - 2 * PAD) / Math.max(b.w, b.h)
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(b.w * scale) + 2 * PAD
  canvas.height = Math.ceil(b.h * scale) + 2 * PAD
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  // Drawn as a view at zoom `scale` whose offset puts the bounds' corner at (PAD, PAD): see bitmapPixel.
  drawOverview(ctx, { scene, transform: [PAD - b.x * scale, PAD - b.y * scale, scale], width: canvas.width, height: canvas.height, dpr: 1, selectedId: null })
  return { canvas, scale }
}

/** Draws the bitmap where the chart lies under `transform` (screen = chart × zoom + offset). */
export function drawBitmap(ctx: CanvasRenderingContext2D, bitmap: ChartBitmap, scene: Scene, transform: readonly [number, number, number], width: number, height: number, dpr: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, width * dpr, height * dpr)
  const [a, , , d, e, f] = bitmapToScreen(scene.bounds, bitmap.scale, transform, dpr)
  ctx.setTransform(a, 0, 0, d, e, f)
  ctx.drawImage(bitmap.canvas, 0, 0)
}

/**
 * The canvas transform from bitmap pixels to device pixels: bitmap pixel q shows the chart
 * point (q − PAD) / scale + the bounds' corner, which the view puts at point × zoom + offset.
 */
export function bitmapToScreen(bounds: { x: number; y: number }, scale: number, [tx, ty, z]: readonly [number, number, number], dpr: number): [number, number, number, number, number, number] {
  const k = dpr * (z / scale)
  return [k, 0, 0, k, dpr * ((bounds.x - PAD / scale) * z + tx), dpr * ((bounds.y - PAD / scale) * z + ty)]
}

/** Where the bitmap draws a chart point, in its own pixels. */
export function bitmapPixel(bounds: { x: number; y: number }, scale: number, point: { x: number; y: number }): { x: number; y: number } {
  return { x: (point.x - bounds.x) * scale + PAD, y: (point.y - bounds.y) * scale + PAD }
}
