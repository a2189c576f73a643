// One factory for the sixteen scope rules: each flags a duty of one out-of-scope
// category held by an Operations Manager. Every rule keeps its own id and meta, so
// a group can accept, for example, R&D work without silencing HR warnings.

import { categoryOf, type OutOfScopeId } from './categories'
import { defineDutyRule, makeFinding } from './define-rule'
import { effectiveCategory } from './effective-category'
import type { DutyRule, RuleMeta } from './types'

export const SCOPE_RULE_PREFIX = 'ops-manager/'

export function scopeRuleId(category: OutOfScopeId): string {
  return `${SCOPE_RULE_PREFIX}${category}`
}

export function makeScopeRule(category: OutOfScopeId): DutyRule {
  const c = categoryOf(category)
  const meta: RuleMeta = {
    id: scopeRuleId(category),
    severity: 'warning',
    description: `An Operations Manager holds ${c.noun} (${c.title.toLowerCase()}).`,
    docs: `${c.reason} Usually owned by ${c.owner}. Instead, the Operations Manager should: ${c.instead}`,
    messages: { outOfScope: `"{{label}}" is ${c.noun}, outside an Operations Manager's scope` },
    hasSuggestions: category !== 'micromanagement'
  }
  return defineDutyRule(meta, (ctx, duty) => {
    const role = ctx.role(duty.roleId)
    if (!role || !ctx.isOperationsManager(role)) return null
    const eff = effectiveCategory(duty)
    if (eff.category !== category) return null
    return makeFinding(meta, {
      messageId: 'outOfScope',
      roleId: role.id,
      dutyId: duty.id,
      category,
      data: { label: duty.label },
      reason: c.reason,
      owner: c.owner,
      instead: c.instead,
      evidence: eff.evidence,
      suggestions: ctx.scopeSuggestions(meta.id, category, role, duty)
    })
  })
}
