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

// Duties are immutable, so the answer for a duty object never changes.
const memo = new WeakMap<Duty, EffectiveCategory>()

export function effectiveCategory(duty: Duty): EffectiveCategory {
  const hit = memo.get(duty)
  if (hit) return hit
  let result: EffectiveCategory
  // An unknown explicit id (a newer catalogue, a hand-edited file) falls back to the label.
  if (isCategoryId(duty.category)) result = { category: duty.category, source: 'explicit', evidence: [] }
  else {
    const c = classify(duty.label)
    result = c.counterpart
      ? { category: c.category, source: 'classifier', evidence: c.evidence, counterpart: c.counterpart }
      : { category: c.category, source: 'classifier', evidence: c.evidence }
  }
  memo.set(duty, result)
  return result
}
