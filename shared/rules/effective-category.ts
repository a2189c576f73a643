// What a duty counts as: an explicit category (from the catalogue card or a user
// override) wins and means doing that work; otherwise the classifier reads the label
// for its domain and mode. `category` is the Operations Manager pack's name for it.

import type { Duty } from '../model/chart'
import { type CategoryId, categoryOf, categoryOfDomain, isCategoryId } from './categories'
import { BoundedCache } from './bounded-cache'
import { classify } from './classifier'
import type { Strength } from './classify/decide-domain'
import type { DomainId, ModeId } from './domains'
import { judge, PACKS } from './pack-engine'

export interface EffectiveCategory {
  /** The Operations Manager category: out-of-scope id when the work is out of scope as held, 'operations' when in scope, null when unknown. */
  readonly category: CategoryId | null
  readonly domain: DomainId | null
  readonly mode: ModeId
  readonly strength: Strength
  /** 'explicit' when set on the duty, 'classifier' when read from the label. */
  readonly source: 'explicit' | 'classifier'
  /** Label words that led to the domain; empty for explicit categories. */
  readonly evidence: readonly string[]
  /** Label words that led to the mode. */
  readonly modeEvidence: readonly string[]
}

const NONE: readonly string[] = []
// Answers are shared by every duty with the same explicit category, or the same label:
// a lookup per duty, and no per-duty memo to fill when a whole chart is linted.
const EXPLICIT = new Map<string, EffectiveCategory>()
const byLabel = new BoundedCache<string, EffectiveCategory>(50_000)
const OPS_PACK = PACKS.find((p) => p.pack.id === 'ops-manager')

function omCategory(domain: DomainId | null, mode: ModeId): CategoryId | null {
  if (!domain) return null
  const j = OPS_PACK ? judge(OPS_PACK, domain, mode, 'standard') : null
  return j && j.verdict === 'out' ? categoryOfDomain(domain) : 'operations'
}

/** Whether a duty's own category decides what it counts as; any other duty is read by the classifier. */
export function hasExplicitCategory(duty: Pick<Duty, 'category'>): boolean {
  return duty.category !== undefined && isCategoryId(duty.category)
}

export function effectiveCategory(duty: Duty): EffectiveCategory {
  // An unknown explicit id (a newer catalogue, a hand-edited file) falls back to the label.
  if (duty.category !== undefined) {
    const hit = EXPLICIT.get(duty.category)
    if (hit) return hit
    if (isCategoryId(duty.category)) {
      const domain = categoryOf(duty.category).domain
      const explicit: EffectiveCategory = { category: duty.category, domain, mode: 'do', strength: 'strong', source: 'explicit', evidence: NONE, modeEvidence: NONE }
      EXPLICIT.set(duty.category, explicit)
      return explicit
    }
  }
  return byLabel.through(duty.label, fromLabel)
}

function fromLabel(label: string): EffectiveCategory {
  const c = classify(label)
  return { category: omCategory(c.domain, c.mode), domain: c.domain, mode: c.mode, strength: c.strength, source: 'classifier', evidence: c.evidence, modeEvidence: c.modeCue }
}
