// A chart's own rule settings: which context the rules run in, which rules are off,
// and the facilitator's custom scope rules. Plain data, carried by chart files (v2+).

/** How strictly the packs judge this organisation (see each pack's contexts). */
export const STRICTNESS_CONTEXTS = ['standard', 'small-company', 'regulated'] as const
export type StrictnessContext = (typeof STRICTNESS_CONTEXTS)[number]

/** "A role titled like `roleTitle` should not hold `domain` work", with the facilitator's reason. */
export interface CustomScopeRule {
  readonly id: string
  /** Title the rule applies to, matched as the packs match titles (case, abbreviations). */
  readonly roleTitle: string
  /** Work-domain id from the shared taxonomy (shared/rules). */
  readonly domain: string
  readonly reason: string
  readonly severity?: 'warning' | 'error'
}

export interface ChartRuleSettings {
  readonly context?: StrictnessContext
  /** Rule ids switched off for this chart. */
  readonly disabled?: readonly string[]
  readonly custom?: readonly CustomScopeRule[]
}

export const DEFAULT_RULE_SETTINGS: ChartRuleSettings = {}
