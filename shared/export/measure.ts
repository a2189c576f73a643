// Label sizing without a DOM: sums per-character advance widths of the bundled font so
// the SVG writer can size chips and cut long labels with an ellipsis. Kerning is ignored,
// which makes estimates slightly wide — the safe direction for fitting text in a box.

import { INTER_REGULAR_WIDTHS, INTER_SEMIBOLD_WIDTHS, METRIC_BLOCK_STARTS } from './inter-metrics'

export const FONT_WEIGHT_NAMES = ['regular', 'semibold'] as const
export type FontWeightName = (typeof FONT_WEIGHT_NAMES)[number]

export const ELLIPSIS = '\u2026'

// Fallbacks in thousandths of an em, for characters outside the tables.
const AVERAGE_LETTER = 620
const WIDE = 1000
const EMOJI = 1200

const ASCII_ONLY = /^[\x20-\x7e]*$/
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) || // combining accents
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, direction marks
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff
  )
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul jamo
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK, kana, Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
}

function isEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf)
}

/** Advance of one code point in thousandths of an em. */
export function charWidth(cp: number, weight: FontWeightName = 'regular'): number {
  const table = weight === 'semibold' ? INTER_SEMIBOLD_WIDTHS : INTER_REGULAR_WIDTHS
  for (let b = 0; b < METRIC_BLOCK_STARTS.length; b++) {
    const i = cp - METRIC_BLOCK_STARTS[b]
    if (i >= 0 && i < table[b].length) {
      const w = table[b][i]
      return w >= 0 ? w : AVERAGE_LETTER
    }
  }
  if (cp === 0x2026) return weight === 'semibold' ? 956 : 864
  if (isZeroWidth(cp)) return 0
  if (isEmoji(cp)) return EMOJI
  if (isWide(cp)) return WIDE
  return AVERAGE_LETTER
}

/** User-perceived characters: an emoji with modifiers or a letter with accents stays whole. */
function graphemes(text: string): string[] {
  if (ASCII_ONLY.test(text)) return text.split('')
  return Array.from(segmenter.segment(text), (s) => s.segment)
}

// Joiners and modifiers count zero, every other code point counts in full: a ZWJ emoji
// sequence is one glyph in a browser but one box per code point where no emoji font exists
// (PNG/PDF use only the bundled font), so the larger estimate is the one that always fits.
function clusterWidth(cluster: string, weight: FontWeightName): number {
  let units = 0
  for (const ch of cluster) units += charWidth(ch.codePointAt(0)!, weight)
  return units
}

/** Estimated width in px of a single-line label at the given font size. */
export function textWidth(text: string, fontSize: number, weight: FontWeightName = 'regular'): number {
  let units = 0
  if (ASCII_ONLY.test(text)) {
    for (let i = 0; i < text.length; i++) units += charWidth(text.charCodeAt(i), weight)
  } else {
    for (const g of graphemes(text)) units += clusterWidth(g, weight)
  }
  return (units * fontSize) / 1000
}

export interface FittedText {
  readonly text: string
  readonly truncated: boolean
  readonly width: number
}

/** The label, or its longest prefix plus an ellipsis, that fits in maxWidth px. */
export function fitText(text: string, maxWidth: number, fontSize: number, weight: FontWeightName = 'regular'): FittedText {
  const full = textWidth(text, fontSize, weight)
  if (full <= maxWidth) return { text, truncated: false, width: full }
  const ellipsis = (charWidth(0x2026, weight) * fontSize) / 1000
  const budget = maxWidth - ellipsis
  let used = 0
  let out = ''
  for (const g of graphemes(text)) {
    const w = (clusterWidth(g, weight) * fontSize) / 1000
    if (used + w > budget) break
    used += w
    out += g
  }
  const kept = out.trimEnd()
  return { text: kept + ELLIPSIS, truncated: true, width: textWidth(kept, fontSize, weight) + ellipsis }
}
