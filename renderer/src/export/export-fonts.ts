// The bundled Inter subsets as @font-face rules, so exported SVG (and the PNG drawn
// from it) looks the same on any machine. Loaded once, on the first export.

import { EMBEDDABLE_FONT_FILES, fontFaceCss } from '@shared/export/fonts'
import regularLatin from '../../../resources/fonts/Inter-Regular-latin.woff2?inline'
import regularExt from '../../../resources/fonts/Inter-Regular-latin-ext.woff2?inline'
import semiLatin from '../../../resources/fonts/Inter-SemiBold-latin.woff2?inline'
import semiExt from '../../../resources/fonts/Inter-SemiBold-latin-ext.woff2?inline'

const DATA_BY_FILE: Record<string, string> = {
  'resources/fonts/Inter-Regular-latin.woff2': regularLatin,
  'resources/fonts/Inter-Regular-latin-ext.woff2': regularExt,
  'resources/fonts/Inter-SemiBold-latin.woff2': semiLatin,
  'resources/fonts/Inter-SemiBold-latin-ext.woff2': semiExt
}

let css: string | null = null

export function exportFontCss(): string {
  css ??= fontFaceCss(
    EMBEDDABLE_FONT_FILES.map((f) => ({
      weight: f.weight,
      unicodeRange: f.unicodeRange,
      format: 'woff2' as const,
      base64: (DATA_BY_FILE[f.file] ?? '').replace(/^data:[^,]*,/, '')
    }))
  )
  return css
}
