// File names offered when saving, in native dialogs and browser downloads alike.
// Names usually come from the chart title, so they are reduced to a plain base name:
// no folders, no characters that Windows, macOS or Linux refuse, never empty.
import type { ExportMime } from './contract'

export const CHART_EXTENSION = '.orgchart.json'

const EXPORT_FORMATS: Readonly<Record<ExportMime, { readonly extension: string; readonly label: string }>> = {
  'image/png': { extension: '.png', label: 'PNG image' },
  'image/svg+xml': { extension: '.svg', label: 'SVG image' },
  'text/csv': { extension: '.csv', label: 'CSV table' },
  'text/markdown': { extension: '.md', label: 'Markdown document' },
  'application/json': { extension: '.json', label: 'JSON file' },
  'application/pdf': { extension: '.pdf', label: 'PDF document' }
}

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

export function safeFileName(name: string, fallback = 'Untitled'): string {
  const cleaned = withoutControlCharacters(name)
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim()
  if (cleaned === '' || RESERVED_WINDOWS_NAMES.test(cleaned)) return fallback
  return cleaned
}

function withoutControlCharacters(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    out += code < 0x20 || code === 0x7f ? ' ' : ch
  }
  return out
}

export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`
}

export function suggestedChartName(name: string): string {
  const base = safeFileName(name).replace(/\.orgchart\.json$|\.json$/i, '')
  return withExtension(safeFileName(base), CHART_EXTENSION)
}

export function exportFormat(mime: ExportMime): { extension: string; label: string } {
  return EXPORT_FORMATS[mime]
}

export function suggestedExportName(name: string, mime: ExportMime): string {
  return withExtension(safeFileName(name), EXPORT_FORMATS[mime].extension)
}
