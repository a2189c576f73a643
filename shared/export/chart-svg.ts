// Draws a whole chart as one standalone SVG, from the model rather than from the screen:
// every role and card is drawn whatever the viewport, at any size, with one shared style
// block. PNG and PDF exports render this same SVG.

import { connectorLines } from '../layout/reporting-lines'
import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { Finding } from '../rules/types'
import { xmlText } from './escape'
import { type Bounds, type ChartLayout, exportLayout, extendBounds, type RoleBox } from './layout'
import { textWidth } from './measure'
import { legendHeight, legendMarkup, type LegendSummary } from './legend'
import { CLS, type ExportBackground, SIZES, svgStyle } from './theme'

export interface SvgExportOptions {
  /** Mark roles and cards with open warnings, and add a legend. */
  readonly annotated?: boolean
  /** Open findings (LintResult.findings); only used when annotated. */
  readonly findings?: readonly Finding[]
  readonly background?: ExportBackground
  /** Heading drawn above the chart. */
  readonly title?: string
  /** Shown under the heading, as given (the caller formats it). */
  readonly date?: string
  /** @font-face rules to embed (see fontFaceCss); omit to rely on the viewer having the font. */
  readonly fontCss?: string
  /** Margin around everything drawn, in px. */
  readonly padding?: number
}

export interface SvgExport {
  readonly svg: string
  /** Size in CSS px (96 per inch). */
  readonly width: number
  readonly height: number
}

export const DEFAULT_PADDING = 32

const n = (v: number): string => String(Math.round(v * 10) / 10)

function linesMarkup(chart: Chart, layout: ChartLayout): string {
  const { reportsOf } = indexChart(chart)
  let d = ''
  for (const [managerId, reports] of reportsOf) {
    const m = layout.boxById.get(managerId)
    if (!m) continue
    const boxes = reports.map((r) => layout.boxById.get(r.id)).filter((b) => b !== undefined)
    for (const line of connectorLines(m, boxes)) d += line.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('')
  }
  return d ? `<path class="${CLS.line}" d="${d}"/>` : ''
}

function tooltip(full: string, truncated: boolean): string {
  return truncated ? `<title>${xmlText(full)}</title>` : ''
}

function roleMarkup(b: RoleBox, warnedDuties: ReadonlySet<string> | null, badgeCount: number): string {
  const s = SIZES
  // Ids in chart files may hold any character, so they are cleaned like labels to keep the XML well-formed.
  let out = `<g data-id="${xmlText(b.role.id)}" transform="translate(${n(b.x)} ${n(b.y)})">`
  out += `<rect class="${CLS.role}" width="${b.width}" height="${b.height}" rx="${s.roleRadius}"/>`
  out += `<text class="${CLS.roleTitle}" x="${s.rolePad}" y="${s.titleBaseline}">${xmlText(b.title)}${tooltip(b.role.title, b.titleTruncated)}</text>`
  if (b.person) out += `<text class="${CLS.person}" x="${s.rolePad}" y="${s.personBaseline}">${xmlText(b.person)}</text>`
  for (const c of b.chips) {
    const isFunction = c.duty.kind === 'function'
    const warn = warnedDuties?.has(c.duty.id) ?? false
    const rectClass = isFunction ? (warn ? CLS.functionChipWarn : CLS.functionChip) : warn ? CLS.dutyChipWarn : CLS.dutyChip
    out += `<rect class="${rectClass}" x="${c.x}" y="${c.y}" width="${c.width}" height="${s.chipHeight}" rx="${s.chipRadius}"/>`
    out += `<text class="${isFunction ? CLS.functionText : CLS.dutyText}" x="${c.x + s.chipPadX}" y="${c.y + s.chipBaseline}">${xmlText(c.text)}${tooltip(c.duty.label, c.truncated)}</text>`
  }
  if (badgeCount > 0) {
    const label = badgeCount > 99 ? '99+' : String(badgeCount)
    out += `<circle class="${CLS.badge}" cx="${b.width}" cy="0" r="${s.badgeRadius}"/>`
    out += `<text class="${CLS.badgeText}" x="${b.width}" y="${s.badgeFont / 2 - 1.5}">${label}</text>`
  }
  return out + '</g>'
}

interface Marks {
  readonly warnedDuties: ReadonlyMap<string, Set<string>>
  readonly badgeCounts: ReadonlyMap<string, number>
}

function marksOf(chart: Chart, findings: readonly Finding[]): Marks {
  const { roleById } = indexChart(chart)
  const warnedDuties = new Map<string, Set<string>>()
  const badgeCounts = new Map<string, number>()
  for (const f of findings) {
    if (f.severity === 'info' || !f.roleId || !roleById.has(f.roleId)) continue
    badgeCounts.set(f.roleId, (badgeCounts.get(f.roleId) ?? 0) + 1)
    if (f.dutyId) {
      const set = warnedDuties.get(f.roleId)
      if (set) set.add(f.dutyId)
      else warnedDuties.set(f.roleId, new Set([f.dutyId]))
    }
  }
  return { warnedDuties, badgeCounts }
}

export function chartToSvg(chart: Chart, options: SvgExportOptions = {}): SvgExport {
  const s = SIZES
  const padding = Math.max(0, options.padding ?? DEFAULT_PADDING)
  const layout = exportLayout(chart)
  const annotated = options.annotated === true
  const marks = annotated ? marksOf(chart, options.findings ?? []) : null
  const hasBadges = (marks?.badgeCounts.size ?? 0) > 0
  const empty = layout.bounds === null

  // Everything drawn must fall inside the bounds: boxes, badges straddling corners, header, legend.
  let bounds: Bounds = layout.bounds ?? { minX: 0, minY: 0, maxX: s.roleWidth, maxY: s.roleMinHeight }
  if (hasBadges) bounds = { ...bounds, minY: bounds.minY - s.badgeRadius, maxX: bounds.maxX + s.badgeRadius }
  const contentTop = bounds.minY
  const contentLeft = bounds.minX

  let header = ''
  const title = options.title ? xmlText(options.title) : ''
  const date = options.date ? xmlText(options.date) : ''
  if (title || date) {
    const titleH = title ? s.chartTitleFont * 1.3 : 0
    const dateH = date ? s.dateFont * 1.6 : 0
    const top = contentTop - s.headerGap - titleH - dateH
    if (title) header += `<text class="${CLS.chartTitle}" x="${n(contentLeft)}" y="${n(top + s.chartTitleFont)}">${title}</text>`
    if (date) header += `<text class="${CLS.date}" x="${n(contentLeft)}" y="${n(top + titleH + s.dateFont)}">${date}</text>`
    const wide = Math.max(
      title ? textWidth(options.title ?? '', s.chartTitleFont, 'semibold') : 0,
      date ? textWidth(options.date ?? '', s.dateFont) : 0
    )
    bounds = extendBounds(bounds, contentLeft, top, wide, 0)
  }

  let legend = ''
  if (marks) {
    const summary: LegendSummary = {
      openWarnings: [...marks.badgeCounts.values()].reduce((a, b) => a + b, 0),
      rolesWithWarnings: marks.badgeCounts.size,
      unassignedCards: indexChart(chart).unassigned.length
    }
    const top = bounds.maxY + s.legendGap
    const drawn = legendMarkup(contentLeft, top, summary)
    legend = drawn.markup
    bounds = extendBounds(bounds, contentLeft, top, drawn.width, legendHeight())
  }

  const vx = Math.floor(bounds.minX - padding)
  const vy = Math.floor(bounds.minY - padding)
  const width = Math.ceil(bounds.maxX + padding) - vx
  const height = Math.ceil(bounds.maxY + padding) - vy

  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${vx} ${vy} ${width} ${height}">`,
    title ? `<title>${title}</title>` : '',
    `<style>\n${svgStyle(options.fontCss)}\n</style>`,
    options.background === 'transparent' ? '' : `<rect class="${CLS.background}" x="${vx}" y="${vy}" width="${width}" height="${height}"/>`,
    header,
    linesMarkup(chart, layout)
  ]
  for (const b of layout.boxes) {
    parts.push(roleMarkup(b, marks?.warnedDuties.get(b.role.id) ?? null, marks?.badgeCounts.get(b.role.id) ?? 0))
  }
  if (empty) parts.push(`<text class="${CLS.legend}" x="0" y="${s.roleMinHeight / 2}">This chart has no roles yet.</text>`)
  parts.push(legend, '</svg>\n')
  return { svg: parts.join(''), width, height }
}
