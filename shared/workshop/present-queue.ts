// The order in which present mode walks through open findings, and where it goes
// after a decision. The list is recomputed from every new lint result (applying a fix
// changes the chart), so the place in it is kept by fingerprint, with the last index
// as a fallback when the finding itself has gone.

import type { Finding } from '../rules/types'

/** Open findings with warnings first; chart order otherwise. */
export function presentOrder(findings: readonly Finding[]): readonly Finding[] {
  return [...findings.filter((f) => f.severity !== 'info'), ...findings.filter((f) => f.severity === 'info')]
}

export interface Cursor {
  readonly fingerprint: string
  readonly index: number
}

/** First finding at or after `from` (wrapping round) that is not in `skip`; -1 when none. */
export function nextUndecided(list: readonly Finding[], from: number, skip: ReadonlySet<string>): number {
  const n = list.length
  if (n === 0) return -1
  const start = ((Math.max(0, from) % n) + n) % n
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n
    if (!skip.has(list[i].fingerprint)) return i
  }
  return -1
}

/**
 * Which finding to show: the one under the cursor while it is still open (even when
 * parked: the facilitator stepped back to it), otherwise the next one not yet decided
 * from the same position. -1 means nothing is left: show the summary.
 */
export function resolveCursor(list: readonly Finding[], cursor: Cursor | null, skip: ReadonlySet<string>): number {
  if (cursor) {
    const at = list.findIndex((f) => f.fingerprint === cursor.fingerprint)
    if (at >= 0) return at
  }
  return nextUndecided(list, cursor?.index ?? 0, skip)
}

/** Where to go after deciding on the finding at `index`: the next undecided one after it. */
export function afterDecision(list: readonly Finding[], index: number, skip: ReadonlySet<string>): Cursor | null {
  const i = nextUndecided(list, index, skip)
  return i < 0 ? null : { fingerprint: list[i].fingerprint, index: i }
}
