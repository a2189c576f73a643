// A real PDF drawn from the chart model with pdf-lib, the same bytes in the browser, the
// desktop app and the command line: every page vector, text selectable, no print dialog.
// Pages come from paginate(): an overview first, then branches, with "continued on page N"
// under each cut role and the page it came from in each page's header.

import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts, type Color } from 'pdf-lib'
import type { Chart, Duty } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { Finding } from '../rules/types'
import { connectorLines } from '../layout/reporting-lines'
import { paginate, type PaginateOptions, type PlannedPage } from './paginate'
import { PAGE_HEADER, PAGE_MARGIN, PAGE_PRESETS } from './page-presets'
import { cardsInOrder, PDF_BOX } from './pdf-boxes'
import { COLOURS } from './theme'
import { pdfSafe } from './pdf-text'

export interface PdfExportOptions extends PaginateOptions {
  /** Open findings; when given, out-of-scope cards are marked and roles carry a count. */
  readonly findings?: readonly Finding[]
  readonly title?: string
  readonly date?: string
}

export interface PdfExport {
  readonly bytes: Uint8Array
  readonly pages: number
  /** Smallest role title printed, in points. */
  readonly smallestTitlePt: number
}

const hex = (h: string): Color => rgb(parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255)
const C = {
  line: hex(COLOURS.line),
  box: hex(COLOURS.roleStroke),
  title: hex(COLOURS.title),
  muted: hex(COLOURS.muted),
  fn: hex(COLOURS.functionStroke),
  duty: hex(COLOURS.dutyStroke),
  warn: hex(COLOURS.warningStroke),
  warnFill: hex(COLOURS.warningFill),
  white: rgb(1, 1, 1)
}

/** Longest prefix of `text` (plus an ellipsis) no wider than `max` points. */
function fit(font: PDFFont, text: string, size: number, max: number): string {
  const safe = pdfSafe(text)
  if (font.widthOfTextAtSize(safe, size) <= max) return safe
  let lo = 0
  let hi = safe.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (font.widthOfTextAtSize(`${safe.slice(0, mid).trimEnd()}...`, size) <= max) lo = mid
    else hi = mid - 1
  }
  return `${safe.slice(0, lo).trimEnd()}...`
}

interface Fonts {
  readonly regular: PDFFont
  readonly bold: PDFFont
}

interface Marks {
  readonly warnedDuties: ReadonlySet<string>
  readonly countByRole: ReadonlyMap<string, number>
}

function drawPage(doc: PDFDocument, plan: PlannedPage, total: number, chart: Chart, fonts: Fonts, marks: Marks | null, o: PdfExportOptions): void {
  const page: PDFPage = doc.addPage([plan.page.width, plan.page.height])
  const { roleById, dutiesByRole } = indexChart(chart)
  const s = plan.scale
  const area = { w: plan.page.width - 2 * PAGE_MARGIN, h: plan.page.height - 2 * PAGE_MARGIN - PAGE_HEADER }
  const ox = PAGE_MARGIN + (area.w - plan.width * s) / 2
  const top = plan.page.height - PAGE_MARGIN - PAGE_HEADER
  // Chart px (y down, from the layout's origin) to page points (y up).
  const X = (x: number) => ox + x * s
  const Y = (y: number) => top - y * s

  const title = fit(fonts.bold, o.title ?? chart.title, 12, area.w * 0.7)
  page.drawText(title, { x: PAGE_MARGIN, y: plan.page.height - PAGE_MARGIN - 12, size: 12, font: fonts.bold, color: C.title })
  const right = `Page ${plan.number} of ${total}`
  page.drawText(right, { x: plan.page.width - PAGE_MARGIN - fonts.regular.widthOfTextAtSize(right, 9), y: plan.page.height - PAGE_MARGIN - 11, size: 9, font: fonts.regular, color: C.muted })
  const heads = plan.heads.map((id) => roleById.get(id)?.title ?? id)
  const sub =
    plan.continuedFrom === null
      ? [o.date, total > 1 ? 'Overview: branches too large for this page continue on the pages named under them' : ''].filter(Boolean).join(' · ')
      : `${heads.length === 1 ? heads[0] : `${heads.length} branches`}, continued from page ${plan.continuedFrom}`
  if (sub) page.drawText(fit(fonts.regular, sub, 9, area.w), { x: PAGE_MARGIN, y: plan.page.height - PAGE_MARGIN - 25, size: 9, font: fonts.regular, color: C.muted })

  const box = (id: string) => {
    const p = plan.positions.get(id)!
    const role = roleById.get(id)!
    const cards = o.cards === false ? 0 : (dutiesByRole.get(id) ?? []).length
    const header = role.person ? PDF_BOX.headerWithPerson : PDF_BOX.headerTitleOnly
    const height = Math.max(PDF_BOX.minHeight, header + cards * PDF_BOX.cardPitch + PDF_BOX.bottomPad)
    return { x: p.x, y: p.y, width: PDF_BOX.width, height }
  }
  const lineWidth = Math.max(0.5, 1.25 * s)

  // Lines first, so boxes cover the parts that run behind stacked team members.
  const reportsOn = new Map<string, string[]>()
  for (const id of plan.positions.keys()) {
    const m = roleById.get(id)?.reportsTo
    if (m && plan.positions.has(m) && !plan.heads.includes(id)) reportsOn.set(m, [...(reportsOn.get(m) ?? []), id])
  }
  for (const [m, reports] of reportsOn) {
    for (const line of connectorLines(box(m), reports.map(box))) {
      for (let i = 1; i < line.length; i++) {
        page.drawLine({ start: { x: X(line[i - 1][0]), y: Y(line[i - 1][1]) }, end: { x: X(line[i][0]), y: Y(line[i][1]) }, thickness: lineWidth, color: C.line })
      }
    }
  }

  for (const id of plan.positions.keys()) {
    const role = roleById.get(id)!
    const b = box(id)
    const warnings = marks?.countByRole.get(id) ?? 0
    page.drawRectangle({ x: X(b.x), y: Y(b.y + b.height), width: b.width * s, height: b.height * s, color: C.white, borderColor: warnings ? C.warn : C.box, borderWidth: Math.max(0.5, (warnings ? 2 : 1.25) * s) })
    const inner = (PDF_BOX.width - 2 * PDF_BOX.pad) * s
    const badge = warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''
    const badgeW = badge ? fonts.bold.widthOfTextAtSize(badge, 9 * s) + 4 * s : 0
    page.drawText(fit(fonts.bold, role.title || 'Untitled role', PDF_BOX.titleFont * s, inner - badgeW), { x: X(b.x + PDF_BOX.pad), y: Y(b.y + PDF_BOX.titleBaseline), size: PDF_BOX.titleFont * s, font: fonts.bold, color: C.title })
    if (badge) page.drawText(badge, { x: X(b.x + b.width - PDF_BOX.pad) - badgeW + 4 * s, y: Y(b.y + PDF_BOX.titleBaseline), size: 9 * s, font: fonts.bold, color: C.warn })
    if (role.person) page.drawText(fit(fonts.regular, role.person, PDF_BOX.personFont * s, inner), { x: X(b.x + PDF_BOX.pad), y: Y(b.y + PDF_BOX.personBaseline), size: PDF_BOX.personFont * s, font: fonts.regular, color: C.muted })
    if (o.cards !== false) drawCards(page, cardsInOrder(dutiesByRole.get(id) ?? []), b, role.person ? PDF_BOX.headerWithPerson : PDF_BOX.headerTitleOnly, X, Y, s, fonts, marks)
    const next = plan.continues.get(id)
    if (next !== undefined) {
      const note = `continued on page ${next}`
      const size = Math.max(8, 11 * s)
      page.drawLine({ start: { x: X(b.x + b.width / 2), y: Y(b.y + b.height) }, end: { x: X(b.x + b.width / 2), y: Y(b.y + b.height + 8) }, thickness: lineWidth, color: C.line, dashArray: [2, 2] })
      page.drawText(note, { x: X(b.x + b.width / 2) - fonts.bold.widthOfTextAtSize(note, size) / 2, y: Y(b.y + b.height + 8) - size, size, font: fonts.bold, color: C.muted })
    }
  }
}

function drawCards(page: PDFPage, duties: readonly Duty[], b: { x: number; y: number; width: number }, header: number, X: (x: number) => number, Y: (y: number) => number, s: number, fonts: Fonts, marks: Marks | null): void {
  const B = PDF_BOX
  duties.forEach((d, i) => {
    const top = b.y + header + i * B.cardPitch
    const warn = marks?.warnedDuties.has(d.id) ?? false
    const isFunction = d.kind === 'function'
    if (warn) page.drawRectangle({ x: X(b.x + B.pad - 3), y: Y(top + B.cardPitch - 1), width: (b.width - 2 * B.pad + 6) * s, height: (B.cardPitch - 1) * s, color: C.warnFill })
    page.drawRectangle({ x: X(b.x + B.pad), y: Y(top + B.cardPitch / 2 + B.cardMark / 2), width: B.cardMark * s, height: B.cardMark * s, color: warn ? C.warn : isFunction ? C.fn : C.duty })
    const font = isFunction ? fonts.bold : fonts.regular
    const size = B.cardFont * s
    page.drawText(fit(font, d.label, size, (b.width - 2 * B.pad - B.cardMark - 5) * s), { x: X(b.x + B.pad + B.cardMark + 5), y: Y(top + B.cardPitch / 2 + B.cardFont * 0.35), size, font, color: warn ? C.warn : C.title })
  })
}

function marksOf(findings: readonly Finding[] | undefined): Marks | null {
  if (!findings) return null
  const warnedDuties = new Set<string>()
  const countByRole = new Map<string, number>()
  for (const f of findings) {
    if (f.severity !== 'warning' || !f.roleId) continue
    countByRole.set(f.roleId, (countByRole.get(f.roleId) ?? 0) + 1)
    if (f.dutyId) warnedDuties.add(f.dutyId)
  }
  return { warnedDuties, countByRole }
}

export async function chartToPdf(chart: Chart, options: PdfExportOptions): Promise<PdfExport> {
  const plans = paginate(chart, options)
  const doc = await PDFDocument.create()
  doc.setTitle(pdfSafe(options.title ?? chart.title))
  doc.setCreator('Org Workbench')
  doc.setSubject(`${PAGE_PRESETS[options.preset].label}, ${plans.length} page${plans.length === 1 ? '' : 's'}`)
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) }
  const marks = marksOf(options.findings)
  if (plans.length === 0) {
    const page = doc.addPage([PAGE_PRESETS[options.preset].width, PAGE_PRESETS[options.preset].height])
    page.drawText('This chart has no roles yet.', { x: PAGE_MARGIN, y: page.getHeight() - PAGE_MARGIN - 14, size: 12, font: fonts.regular })
  }
  for (const plan of plans) drawPage(doc, plan, plans.length, chart, fonts, marks, options)
  const bytes = await doc.save()
  const smallestTitlePt = plans.length ? Math.min(...plans.map((p) => p.scale * PDF_BOX.titleFont)) : 12
  return { bytes, pages: Math.max(1, plans.length), smallestTitlePt }
}
