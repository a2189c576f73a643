// The key printed under an annotated export, so a reader of the PNG or PDF (who never
// saw the app) can tell functions from duties and knows what the orange marks mean.

import { xmlText } from './escape'
import { fitText, textWidth } from './measure'
import { CLS, SIZES } from './theme'

export interface LegendSummary {
  readonly openWarnings: number
  readonly rolesWithWarnings: number
  readonly unassignedCards: number
}

const ROW_GAP = 10
const ITEM_GAP = 20

export function legendHeight(): number {
  return SIZES.chipHeight + ROW_GAP + SIZES.legendFont * 1.4
}

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`

export function legendSummaryText(s: LegendSummary): string {
  const parts = [
    s.openWarnings === 0
      ? 'No open warnings'
      : `${plural(s.openWarnings, 'open warning', 'open warnings')} on ${plural(s.rolesWithWarnings, 'role', 'roles')}`
  ]
  if (s.unassignedCards > 0) parts.push(`${plural(s.unassignedCards, 'card', 'cards')} held by nobody (not drawn)`)
  return parts.join(' · ')
}

/** Legend markup with its top-left at (x, top), and the width it takes. */
export function legendMarkup(x: number, top: number, summary: LegendSummary): { markup: string; width: number } {
  const s = SIZES
  let out = '<g>'
  let cx = x
  const chip = (rectClass: string, textClass: string, label: string, weight: 'regular' | 'semibold'): void => {
    const w = Math.ceil(fitText(label, 400, s.chipFont, weight).width + 2 * s.chipPadX)
    out += `<rect class="${rectClass}" x="${cx}" y="${top}" width="${w}" height="${s.chipHeight}" rx="${s.chipRadius}"/>`
    out += `<text class="${textClass}" x="${cx + s.chipPadX}" y="${top + s.chipBaseline}">${xmlText(label)}</text>`
    cx += w + ITEM_GAP
  }
  chip(CLS.functionChip, CLS.functionText, 'Business function', 'semibold')
  chip(CLS.dutyChip, CLS.dutyText, 'Duty', 'regular')
  chip(CLS.dutyChipWarn, CLS.dutyText, 'Card with an open warning', 'regular')

  const badgeLabel = 'Open warnings on the role'
  const r = s.badgeRadius
  out += `<circle class="${CLS.badge}" cx="${cx + r}" cy="${top + s.chipHeight / 2}" r="${r}"/>`
  out += `<text class="${CLS.badgeText}" x="${cx + r}" y="${top + s.chipHeight / 2 + s.badgeFont / 2 - 1.5}">1</text>`
  out += `<text class="${CLS.legend}" x="${cx + 2 * r + 6}" y="${top + s.chipBaseline}">${badgeLabel}</text>`
  cx += 2 * r + 6 + textWidth(badgeLabel, s.legendFont)

  const text = legendSummaryText(summary)
  const rowY = top + s.chipHeight + ROW_GAP + s.legendFont
  out += `<text class="${CLS.legend}" x="${x}" y="${rowY}">${xmlText(text)}</text>`
  const width = Math.max(cx - x, textWidth(text, s.legendFont))
  return { markup: out + '</g>', width }
}
