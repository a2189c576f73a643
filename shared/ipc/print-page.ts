// The HTML page a chart SVG is printed from. Main prints it to PDF in a hidden window
// and the browser fallback prints it from an iframe, so both produce the same layout:
// one sheet of the chosen size, the chart scaled to fit inside the margins.
import type { PageSize } from './contract'

/** Portrait sheet sizes in millimetres. */
export const PAGE_DIMENSIONS_MM: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 }
}

export const PRINT_MARGIN_MM = 10
/** Printing engines round page boxes; a sheet exactly the page height can spill onto a blank second page. */
const SPILL_GUARD_MM = 1

export interface PrintPageOptions {
  readonly svg: string
  readonly pageSize: PageSize
  readonly landscape: boolean
  readonly title?: string
}

export function printableArea(pageSize: PageSize, landscape: boolean): { width: number; height: number } {
  const page = PAGE_DIMENSIONS_MM[pageSize]
  const [w, h] = landscape ? [page.height, page.width] : [page.width, page.height]
  return { width: w - 2 * PRINT_MARGIN_MM, height: h - 2 * PRINT_MARGIN_MM - SPILL_GUARD_MM }
}

export function buildPrintPage(options: PrintPageOptions): string {
  const area = printableArea(options.pageSize, options.landscape)
  const orientation = options.landscape ? 'landscape' : 'portrait'
  const svg = withViewBox(stripProlog(options.svg))
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    // Nothing on this page may load from anywhere or run: it is a chart picture, nothing more.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    `<title>${escapeHtml(options.title ?? 'Org chart')}</title>`,
    '<style>',
    `@page { size: ${options.pageSize} ${orientation}; margin: ${PRINT_MARGIN_MM}mm; }`,
    'html, body { margin: 0; padding: 0; background: #fff; }',
    `.sheet { width: ${area.width}mm; height: ${area.height}mm; overflow: hidden; break-inside: avoid; }`,
    '.sheet > svg { display: block; width: 100%; height: 100%; }',
    '</style></head>',
    `<body><div class="sheet">${svg}</div></body></html>`
  ].join('\n')
}

/** XML prologs and doctypes are meaningless inside HTML; drop them before inlining. */
export function stripProlog(svg: string): string {
  return svg.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '')
}

/**
 * CSS can only scale an SVG that has a viewBox. When the root element has plain
 * numeric width/height and no viewBox, derive one so the chart fits the sheet.
 */
export function withViewBox(svg: string): string {
  const root = /<svg\b[^>]*>/i.exec(svg)
  if (!root || /\sviewBox\s*=/i.test(root[0])) return svg
  const width = numericAttribute(root[0], 'width')
  const height = numericAttribute(root[0], 'height')
  if (width === null || height === null) return svg
  const patched = root[0].replace(/^<svg\b/i, `<svg viewBox="0 0 ${width} ${height}"`)
  return svg.slice(0, root.index) + patched + svg.slice(root.index + root[0].length)
}

function numericAttribute(tag: string, name: string): number | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(px)?\\s*["']`, 'i').exec(tag)
  if (!match) return null
  const value = Number(match[1])
  return Number.isFinite(value) && value > 0 ? value : null
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
