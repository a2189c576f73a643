// The category a duty counts as: an explicit category (from the catalogue card or a
// user override) wins; otherwise the classifier reads the label.

import type { Duty } from '../model/chart'
import { type CategoryId, isCategoryId } from './categories'
import { classify } from './classifier'

export interface EffectiveCategory {
  readonly category: CategoryId | null
  /** 'explicit' when set on the duty, 'classifier' when read from the label. */
  readonly source: 'explicit' | 'classifier'
  /** Label words that led to it; empty for explicit categories. */
  readonly evidence: readonly string[]
  readonly counterpart?: string
}

// Answers are shared by every duty with the same explicit category, or the same label:
// a lookup per duty, and no per-duty memo to fill when a whole chart is linted.
const EXPLICIT = new Map<string, EffectiveCategory>()
const LABEL_LIMIT = 50_000
const byLabel = new Map<string, EffectiveCategory>()

export function effectiveCategory(duty: Duty): EffectiveCategory {
  // An unknown explicit id (a newer catalogue, a hand-edited file) falls back to the label.
  // Only known ids get an entry, so a hit needs no second check.
  if (duty.category !== undefined) {
    const hit = EXPLICIT.get(duty.category)
    if (hit) return hit
    if (isCategoryId(duty.category)) {
      const explicit: EffectiveCategory = { category: duty.category, source: 'explicit', evidence: [] }
      EXPLICIT.set(duty.category, explicit)
      return explicit
    }
  }
  let result = byLabel.get(duty.label)
  if (result) return result
  if (byLabel.size >= LABEL_LIMIT) byLabel.clear()
  const c = classify(duty.label)
  result = c.counterpart
    ? { category: c.category, source: 'classifier', evidence: c.evidence, counterpart: c.counterpart }
    : { category: c.category, source: 'classifier', evidence: c.evidence }
  byLabel.set(duty.label, result)
  return result
}
