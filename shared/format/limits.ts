// Size limits of chart files. They keep a hostile or corrupted file from freezing the
// app, and are generous for real workshops (a few hundred roles).

export const CHART_LIMITS = {
  /** Whole file, in UTF-8 bytes. Callers that read from disk should check the size first. */
  maxFileBytes: 20 * 1024 * 1024,
  maxRoles: 5_000,
  maxDuties: 50_000,
  maxExceptions: 50_000,
  /** Chart title, role title, duty label, department and group. */
  maxTextLength: 200,
  maxPersonLength: 120,
  maxNoteLength: 2_000,
  /** Ids of the chart, roles, duties, cards and rules. */
  maxIdLength: 200,
  /** Custom Library cards in one chart. */
  maxCards: 5_000,
  /** Fractional-index order keys grow by about one character per insertion at the same spot. */
  maxOrderLength: 1_000,
  /** Disabled rules and custom scope rules, each. */
  maxRuleEntries: 1_000,
  /** |x| and |y| of a role; far beyond any real chart, small enough for exports to stay exact. */
  maxCoordinate: 10_000_000
} as const

export type ChartLimits = typeof CHART_LIMITS

/** UTF-8 size without allocating an encoded copy (shared/ has no TextEncoder type). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
