// Type-ahead matching for the command palette: every typed word must occur in the
// item's text; items whose main label starts with the query come first, then those
// where a word starts with it, then the rest, each group in its original order.

export interface TypeAheadItem {
  /** The main label, e.g. a role title or a card label. */
  readonly label: string
  /** Further text that may match, e.g. the person in a role or a card's group. */
  readonly extra?: string
}

export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** 0 = label starts with the query, 1 = a word in the label does, 2 = other match, -1 = no match. */
export function matchRank(item: TypeAheadItem, query: string): number {
  const q = normalise(query)
  if (q === '') return 2
  const label = normalise(item.label)
  const all = `${label} ${normalise(item.extra ?? '')}`
  if (!q.split(' ').every((word) => all.includes(word))) return -1
  if (label.startsWith(q)) return 0
  if (label.includes(` ${q}`) || new RegExp(`(^|[^\\p{L}\\p{N}])${escape(q)}`, 'u').test(label)) return 1
  return 2
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Items matching the query, best first, at most `limit`. Stable within a rank. */
export function typeAhead<T extends TypeAheadItem>(items: readonly T[], query: string, limit = 50): T[] {
  const ranked: { item: T; rank: number; at: number }[] = []
  items.forEach((item, at) => {
    const rank = matchRank(item, query)
    if (rank >= 0) ranked.push({ item, rank, at })
  })
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at)
  return ranked.slice(0, limit).map((r) => r.item)
}
