// The one typeface used on screen and in every export. Paths are relative to the
// repository root; the same files serve the app (CSS @font-face), PNG/PDF rendering
// (TrueType, which resvg needs) and standalone SVGs (compact WOFF2, base64-embedded).

export const FONT_FAMILY = 'Inter'
/** What exported SVG asks for: the bundled face, with a generic fallback for viewers that drop it. */
export const FONT_STACK = 'Inter, sans-serif'

export const FONT_WEIGHTS = { regular: 400, semibold: 600 } as const

/** TrueType files for renderers (resvg, Chromium, the app's @font-face). */
export const BUNDLED_FONT_FILES = {
  regular: 'resources/fonts/Inter-Regular.ttf',
  semibold: 'resources/fonts/Inter-SemiBold.ttf'
} as const

const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'

export interface EmbeddableFont {
  readonly file: string
  readonly weight: number
  readonly unicodeRange: string
}

/** WOFF2 subsets (Latin + Latin Extended, ~120 KB together) for embedding in standalone SVG. */
export const EMBEDDABLE_FONT_FILES: readonly EmbeddableFont[] = [
  { file: 'resources/fonts/Inter-Regular-latin.woff2', weight: FONT_WEIGHTS.regular, unicodeRange: LATIN_RANGE },
  { file: 'resources/fonts/Inter-Regular-latin-ext.woff2', weight: FONT_WEIGHTS.regular, unicodeRange: LATIN_EXT_RANGE },
  { file: 'resources/fonts/Inter-SemiBold-latin.woff2', weight: FONT_WEIGHTS.semibold, unicodeRange: LATIN_RANGE },
  { file: 'resources/fonts/Inter-SemiBold-latin-ext.woff2', weight: FONT_WEIGHTS.semibold, unicodeRange: LATIN_EXT_RANGE }
]

export interface FontFaceSource {
  readonly weight: number
  /** The font file's bytes, base64-encoded (the caller reads the file). */
  readonly base64: string
  readonly format: 'woff2' | 'truetype'
  readonly unicodeRange?: string
}

/** @font-face rules with the fonts inlined, for the `fontCss` option of chartToSvg. */
export function fontFaceCss(sources: readonly FontFaceSource[]): string {
  return sources
    .map((s) => {
      const mime = s.format === 'woff2' ? 'font/woff2' : 'font/ttf'
      const range = s.unicodeRange ? `;unicode-range:${s.unicodeRange}` : ''
      return `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${s.weight};src:url(data:${mime};base64,${s.base64}) format("${s.format}")${range}}`
    })
    .join('\n')
}
