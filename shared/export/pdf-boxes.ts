// Role boxes as printed on PDF pages: title, person, then one line per card with a
// coloured mark (function, duty, or out of scope). A line per card keeps a role with ten
// cards about half as tall as wrapped chips would, so a page holds twice the roles.
// Geometry in chart px; the page scale turns it into points.

import type { Chart, Duty } from '../model/chart'
import { indexChart } from '../model/index-chart'

export const PDF_BOX = {
  width: 240,
  pad: 10,
  titleFont: 14,
  titleBaseline: 21,
  personFont: 11.5,
  personBaseline: 37,
  headerWithPerson: 46,
  headerTitleOnly: 30,
  cardFont: 10.5,
  cardPitch: 14,
  cardMark: 6,
  bottomPad: 7,
  minHeight: 40
} as const

export interface PdfBoxOptions {
  /** List each role's cards in its box (default true). */
  readonly cards?: boolean
}

/** Functions first: they frame the role; duties follow in chart order. */
export function cardsInOrder(duties: readonly Duty[]): Duty[] {
  return [...duties.filter((d) => d.kind === 'function'), ...duties.filter((d) => d.kind !== 'function')]
}

export function pdfBoxHeight(hasPerson: boolean, cardCount: number): number {
  const b = PDF_BOX
  const header = hasPerson ? b.headerWithPerson : b.headerTitleOnly
  return Math.max(b.minHeight, header + cardCount * b.cardPitch + b.bottomPad)
}

export function pdfBoxSizes(chart: Chart, options: PdfBoxOptions = {}): Map<string, { width: number; height: number }> {
  const { dutiesByRole } = indexChart(chart)
  const cards = options.cards ?? true
  return new Map(
    chart.roles.map((r) => [r.id, { width: PDF_BOX.width, height: pdfBoxHeight(!!r.person, cards ? (dutiesByRole.get(r.id) ?? []).length : 0) }])
  )
}
