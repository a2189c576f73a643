// Pure edits of a chart's rule settings, for the Rules panel: each returns new settings
// to dispatch as one `setRuleSettings` operation (so each is one undo step).

import type { ChartRuleSettings, CustomScopeRule, StrictnessContext } from '../model/rule-settings'

/** Settings without empty parts, so a chart back at the defaults carries nothing. */
function tidy(s: ChartRuleSettings): ChartRuleSettings {
  const out: { -readonly [K in keyof ChartRuleSettings]: ChartRuleSettings[K] } = {}
  if (s.context && s.context !== 'standard') out.context = s.context
  if (s.disabled?.length) out.disabled = s.disabled
  if (s.custom?.length) out.custom = s.custom
  return out
}

export function withContext(s: ChartRuleSettings | undefined, context: StrictnessContext): ChartRuleSettings {
  return tidy({ ...s, context })
}

export function withRuleEnabled(s: ChartRuleSettings | undefined, ruleId: string, enabled: boolean): ChartRuleSettings {
  const off = new Set(s?.disabled ?? [])
  if (enabled) off.delete(ruleId)
  else off.add(ruleId)
  return tidy({ ...s, disabled: [...off].sort() })
}

/** A custom rule id from its title and domain, unique among the chart's custom rules. */
export function newCustomRuleId(s: ChartRuleSettings | undefined, roleTitle: string, domain: string): string {
  const base =
    `${roleTitle}-${domain}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'rule'
  const taken = new Set((s?.custom ?? []).map((c) => c.id))
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

export function withCustomRule(s: ChartRuleSettings | undefined, rule: Omit<CustomScopeRule, 'id'>): ChartRuleSettings {
  const id = newCustomRuleId(s, rule.roleTitle, rule.domain)
  return tidy({ ...s, custom: [...(s?.custom ?? []), { id, ...rule }] })
}

export function withoutCustomRule(s: ChartRuleSettings | undefined, id: string): ChartRuleSettings {
  return tidy({ ...s, custom: (s?.custom ?? []).filter((c) => c.id !== id) })
}
