// The scope findings of one duty: every pack that covers the holder judges the duty's
// domain and mode under the chart's strictness context; custom rules ("a Finance
// Manager should not hold IT work") add theirs. Weak evidence never warns: it makes at
// most one quiet "Check this card" note.

import type { Duty, Role } from '../model/chart'
import { makeFinding } from './define-rule'
import { DOMAIN_TITLES, MODE_TITLES } from './domains'
import { effectiveCategory } from './effective-category'
import { judge } from './pack-engine'
import type { Finding, RuleContext, RuleMeta } from './types'

export const CHECK_CARD_META: RuleMeta = {
  id: 'check-card',
  severity: 'info',
  description: 'A card may be outside its holder\'s scope, but its wording says too little to be sure.',
  docs: 'The words on the card point to work outside the role, but only weakly. Read the card: reword it, set its category in the inspector, or leave it if it is fine.',
  messages: { check: 'Check this card: "{{label}}" may be {{noun}}' },
  hasSuggestions: false
}

const customMeta = new Map<string, RuleMeta>()
function metaForCustom(ruleId: string, roleTitle: string, domainTitle: string): RuleMeta {
  const key = `${ruleId}|${roleTitle}|${domainTitle}`
  let m = customMeta.get(key)
  if (!m) {
    if (customMeta.size > 1000) customMeta.clear()
    m = {
      id: ruleId,
      severity: 'warning',
      description: `A ${roleTitle} holds ${domainTitle.toLowerCase()} work.`,
      docs: `A custom rule of this chart: a ${roleTitle} should not hold ${domainTitle.toLowerCase()} work.`,
      messages: { customScope: `"{{label}}" is ${domainTitle.toLowerCase()} work, which this chart's rules keep away from a ${roleTitle}` },
      hasSuggestions: false
    }
    customMeta.set(key, m)
  }
  return m
}

const NONE: readonly Finding[] = []
export function scopeFindings(ctx: RuleContext, role: Role, duty: Duty): readonly Finding[] {
  const { settings } = ctx
  const { packs, custom } = ctx.coveringRules(role)
  if (packs.length === 0 && custom.length === 0) return NONE
  const eff = effectiveCategory(duty)
  if (!eff.domain) return NONE
  const out: Finding[] = []
  const common = { roleId: role.id, dutyId: duty.id, data: { label: duty.label }, evidence: eff.evidence, domain: eff.domain, mode: eff.mode, modeEvidence: eff.modeEvidence }
  let checkNote: Finding | undefined
  for (const cp of packs) {
    const j = judge(cp, eff.domain, eff.mode, settings.context)
    if (!j || settings.disabled.has(j.view.ruleId)) continue
    const { rule, meta, ruleId } = j.view
    if (j.verdict === 'check' || (eff.strength === 'weak' && eff.source === 'classifier')) {
      if (!checkNote && !settings.disabled.has(CHECK_CARD_META.id)) {
        checkNote = makeFinding(CHECK_CARD_META, { ...common, messageId: 'check', data: { label: duty.label, noun: rule.noun }, reason: rule.reason, owner: rule.owner, instead: rule.instead })
      }
      continue
    }
    out.push(
      makeFinding(meta, {
        ...common,
        messageId: 'outOfScope',
        severity: j.severity,
        category: rule.category,
        reason: rule.reason,
        owner: rule.owner,
        instead: rule.instead,
        suggestions: rule.fixes.length ? ctx.scopeSuggestions(ruleId, rule.category, role, duty) : []
      })
    )
  }
  // Custom rules name the work held as such, not work the role supports or hands over.
  if (eff.mode === 'do' && eff.strength === 'strong') {
    for (const c of custom) {
      if (c.domain !== eff.domain || settings.disabled.has(c.ruleId)) continue
      const meta = metaForCustom(c.ruleId, c.rule.roleTitle, DOMAIN_TITLES[c.domain])
      out.push(makeFinding(meta, { ...common, messageId: 'customScope', severity: c.severity, reason: c.rule.reason }))
    }
  }
  if (out.length === 0 && checkNote) out.push(checkNote)
  return out.length ? out : NONE
}

/** "'delegate' → oversight", for lists and the CLI. */
export function describeMode(f: Pick<Finding, 'mode' | 'modeEvidence'>): string | undefined {
  if (!f.mode) return undefined
  const cue = f.modeEvidence?.length ? `'${f.modeEvidence.join(' ')}'` : 'no involvement word'
  return `${cue} → ${MODE_TITLES[f.mode]}`
}
