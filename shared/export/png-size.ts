// Picks the pixel size of a PNG export. Image decoders and GPUs commonly refuse sides above
// 16,384 px, and tools that exceed it silently produce blank or cropped files; we scale down
// instead and say so, pointing to the vector formats that have no such limit. A cap on the
// pixel count keeps the file openable (a viewer holds 4 bytes a pixel). Scaling down is only
// worth it while role titles stay readable: past that the plan refuses, and says why, rather
// than writing an image nobody can read.

import { SIZES } from './theme'

export const MAX_PNG_SIDE = 16_384
/** 16,384 × 8,192: about 0.5 GB of pixels while rendering. */
export const MAX_PNG_PIXELS = 134_217_728
/** Smallest role-title height, in image pixels, a scaled-down PNG may have. */
export const MIN_TITLE_PX = 8

/** CSS px are defined at 96 per inch, so print resolution is a scale factor. */
export const CSS_DPI = 96

export const PNG_PRESETS = {
  '1x': 1,
  '2x': 2,
  '3x': 3,
  'print-300dpi': 300 / CSS_DPI
} as const
export type PngPreset = keyof typeof PNG_PRESETS

export interface PngPlan {
  readonly width: number
  readonly height: number
  /** Scale actually used (pixels per CSS px). */
  readonly scale: number
  readonly requestedScale: number
  readonly clamped: boolean
  /** Height of a role title in the image, in px. */
  readonly titlePx: number
  /** Set when clamped: what happened and what to do instead. */
  readonly message?: string
  /** Set when scaling down to the limits would make titles unreadable: no PNG should be made. */
  readonly refused?: string
}

const fmt = (v: number): string => Math.round(v).toLocaleString('en-US')
const fmtScale = (v: number): string => `${Math.round(v * 100) / 100}×`

/**
 * Pixel size for a chart of width × height CSS px at the requested scale. The longer side
 * is fixed first and the shorter one follows from it, the way resvg's fit-to-width/height
 * computes it, so the plan matches the file that gets written.
 */
export function pngPlan(width: number, height: number, scale: number): PngPlan {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new RangeError(`A PNG needs a positive size; got ${width} × ${height}.`)
  }
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`The PNG scale must be a positive number; got ${scale}.`)
  const long = Math.max(width, height)
  const short = Math.min(width, height)
  const sizeFor = (longPx: number) => {
    const shortPx = Math.min(longPx, Math.max(1, Math.round(short * (longPx / long))))
    return width >= height ? { width: longPx, height: shortPx } : { width: shortPx, height: longPx }
  }
  const wanted = sizeFor(Math.max(1, Math.round(long * scale)))
  if (Math.max(wanted.width, wanted.height) <= MAX_PNG_SIDE && wanted.width * wanted.height <= MAX_PNG_PIXELS) {
    return { ...wanted, scale, requestedScale: scale, clamped: false, titlePx: SIZES.titleFont * scale }
  }

  const bySide = MAX_PNG_SIDE / long
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (width * height))
  let longPx = Math.max(1, Math.floor(long * Math.min(bySide, byArea)))
  let size = sizeFor(longPx)
  while (longPx > 1 && size.width * size.height > MAX_PNG_PIXELS) size = sizeFor(--longPx)
  const used = longPx / long
  const limit =
    byArea < bySide
      ? `PNG export is limited to ${fmt(MAX_PNG_PIXELS / 1e6)} million pixels (the area of ${fmt(MAX_PNG_SIDE)} × ${fmt(MAX_PNG_PIXELS / MAX_PNG_SIDE)})`
      : `PNG images are limited to ${fmt(MAX_PNG_SIDE)} px per side`
  const wouldBe = `At ${fmtScale(scale)} this chart would be ${fmt(width * scale)} × ${fmt(height * scale)} px, but ${limit}`
  const titlePx = SIZES.titleFont * used
  if (titlePx < MIN_TITLE_PX) {
    const refused =
      `${wouldBe}; scaled down to fit, its role titles would be ${Math.round(titlePx * 10) / 10} px high, too small to read, ` +
      `so no PNG was made. Export PDF instead (a big chart is split into pages by branch, titles 8 pt or larger) or SVG (any size).`
    return { ...size, scale: used, requestedScale: scale, clamped: true, titlePx, message: refused, refused }
  }
  const message = `${wouldBe}, so it was scaled to ${fmtScale(used)} (${fmt(size.width)} × ${fmt(size.height)} px). For full detail at any size, export SVG or PDF instead.`
  return { ...size, scale: used, requestedScale: scale, clamped: true, titlePx, message }
}

/** Accepts "2", "2x", "2×" or a preset name ("print-300dpi", also "300dpi"/"print"). */
export function parseScale(text: string): number | null {
  const t = text.trim().toLowerCase()
  if (Object.hasOwn(PNG_PRESETS, t)) return PNG_PRESETS[t as PngPreset]
  if (t === 'print' || t === '300dpi') return PNG_PRESETS['print-300dpi']
  const m = /^(\d+(?:\.\d+)?)\s*[x×]?$/.exec(t)
  if (!m) return null
  const v = Number(m[1])
  return v > 0 ? v : null
}
