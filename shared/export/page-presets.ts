// Where an export is going: the page and slide sizes it is fitted to, and the smallest
// role title that still reads there. Sizes are in PDF points (72 per inch).

import { SIZES } from './theme'

export const PAGE_PRESETS = {
  slide: { label: 'Slide 16:9', width: 960, height: 540 },
  a4: { label: 'A4', width: 841.89, height: 595.28 },
  a3: { label: 'A3', width: 1190.55, height: 841.89 },
  letter: { label: 'Letter', width: 792, height: 612 },
  poster: { label: 'Poster (A1)', width: 2383.94, height: 1683.78 }
} as const
export type PagePreset = keyof typeof PAGE_PRESETS
export const PAGE_PRESET_IDS = Object.keys(PAGE_PRESETS) as PagePreset[]

/** Role titles are never printed smaller than this (pt): below it a chart cannot be read at arm's length. */
export const MIN_TITLE_PT = 8
/** Chart units (export px) per point are never more than 1:1: a small chart is not blown up. */
export const MAX_SCALE = 1
/** The smallest scale (pt per export px) a page may use. */
export const MIN_SCALE = MIN_TITLE_PT / SIZES.titleFont

/** Blank border and the band at the top of each page for the chart title and page number (pt). */
export const PAGE_MARGIN = 28
export const PAGE_HEADER = 34

export interface PageBox {
  readonly width: number
  readonly height: number
  readonly landscape: boolean
}

/** Accepts "a4", "A4", "slide", "Slide 16:9", "poster"…; null when unknown. */
export function parsePagePreset(text: string): PagePreset | null {
  const t = text.trim().toLowerCase()
  for (const id of PAGE_PRESET_IDS) if (id === t || PAGE_PRESETS[id].label.toLowerCase() === t) return id
  return t === '16:9' ? 'slide' : null
}

/** The page turned to suit content of the given aspect (slides stay landscape). */
export function orientPage(preset: PagePreset, contentAspect: number): PageBox {
  const p = PAGE_PRESETS[preset]
  const landscape = preset === 'slide' || contentAspect >= 1
  return landscape ? { width: p.width, height: p.height, landscape } : { width: p.height, height: p.width, landscape }
}

/** Room for the chart on a page, in points. */
export function chartArea(page: PageBox): { width: number; height: number } {
  return { width: page.width - 2 * PAGE_MARGIN, height: page.height - 2 * PAGE_MARGIN - PAGE_HEADER }
}

/** Scale (pt per export px) that fits content of w × h px on the page, at most MAX_SCALE. */
export function fitScale(page: PageBox, w: number, h: number): number {
  const area = chartArea(page)
  return Math.min(MAX_SCALE, area.width / Math.max(1, w), area.height / Math.max(1, h))
}
