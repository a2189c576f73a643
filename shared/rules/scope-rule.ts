// The Operations Manager pack's rules one by one, for callers that want a single rule
// (its meta, or its findings on a chart). The linter itself asks scope-findings.ts
// for all of a duty's scope findings at once.

import type { OutOfScopeId } from './categories'
import { defineDutyRule } from './define-rule'
import { PACKS } from './pack-engine'
import { scopeFindings } from './scope-findings'
import type { DutyRule, RuleMeta } from './types'

export const SCOPE_RULE_PREFIX = 'ops-manager/'

export function scopeRuleId(category: OutOfScopeId): string {
  return `${SCOPE_RULE_PREFIX}${category}`
}

export function makeScopeRule(category: OutOfScopeId): DutyRule {
  const id = scopeRuleId(category)
  const view = PACKS.flatMap((p) => p.rules).find((r) => r.ruleId === id)
  const meta: RuleMeta = view?.meta ?? { id, severity: 'warning', description: 'Unavailable: the pack has no such rule.', docs: '', messages: { outOfScope: '{{label}}' }, hasSuggestions: false }
  return defineDutyRule(meta, (ctx, duty) => {
    const role = ctx.role(duty.roleId)
    if (!role) return null
    return scopeFindings(ctx, role, duty).find((f) => f.ruleId === id) ?? null
  })
}
