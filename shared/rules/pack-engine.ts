// Rule packs made ready for the linter: each pack's rules by domain, with the meta a
// finding needs, and the verdict for a domain held in a mode under a strictness context.

import type { Role } from '../model/chart'
import type { StrictnessContext } from '../model/rule-settings'
import type { DomainId, ModeId } from './domains'
import type { PackRule, RulePack, Verdict } from './pack-types'
import { BUILT_IN_PACKS } from './packs'
import { packAppliesTo } from './role-type'
import type { RuleMeta, Severity } from './types'

export interface PackRuleView {
  readonly ruleId: string
  readonly rule: PackRule
  readonly meta: RuleMeta
}

export interface CompiledPack {
  readonly pack: RulePack
  readonly byDomain: ReadonlyMap<DomainId, PackRuleView>
  readonly rules: readonly PackRuleView[]
  readonly appliesTo: (role: Pick<Role, 'title' | 'roleType'>) => boolean
}

const withArticle = (s: string): string => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`)

function metaOf(pack: RulePack, rule: PackRule, ruleId: string): RuleMeta {
  return {
    id: ruleId,
    severity: 'warning',
    description: `${withArticle(pack.title)} holds ${rule.noun} (${rule.title.toLowerCase()}).`,
    docs: `${rule.reason} Usually owned by ${rule.owner}. Instead, the ${pack.title} should: ${rule.instead}`,
    messages: { outOfScope: `"{{label}}" is ${rule.noun}, outside ${withArticle(pack.title)}'s scope` },
    hasSuggestions: rule.fixes.length > 0
  }
}

const TITLES_LIMIT = 10_000

export function compilePack(pack: RulePack): CompiledPack {
  const rules = pack.rules.map((rule) => {
    const ruleId = `${pack.id}/${rule.category}`
    return { ruleId, rule, meta: metaOf(pack, rule, ruleId) }
  })
  // By title: a chart has hundreds of "Team Lead"s and each title is read once.
  const byTitle = new Map<string, boolean>()
  const appliesTo = (role: Pick<Role, 'title' | 'roleType'>): boolean => {
    if (role.roleType !== undefined && pack.appliesTo.roleType !== undefined) return packAppliesTo(pack, role)
    let v = byTitle.get(role.title)
    if (v === undefined) {
      if (byTitle.size >= TITLES_LIMIT) byTitle.clear()
      byTitle.set(role.title, (v = packAppliesTo(pack, role)))
    }
    return v
  }
  return { pack, rules, byDomain: new Map(rules.map((r) => [r.rule.domain, r])), appliesTo }
}

export const PACKS: readonly CompiledPack[] = BUILT_IN_PACKS.map(compilePack)

export interface Judgement {
  readonly view: PackRuleView
  readonly verdict: Verdict
  readonly severity: Severity
}

/** What a pack says about a domain held in a mode; null when the pack has nothing to say (in scope). */
export function judge(cp: CompiledPack, domain: DomainId, mode: ModeId, context: StrictnessContext): Judgement | null {
  if (cp.pack.inScopeDomains.includes(domain)) return null
  const view = cp.byDomain.get(domain)
  if (!view) return null
  const ctx = cp.pack.contexts[context]
  if (ctx?.allow?.includes(domain)) return null
  const verdict = view.rule.modes?.[mode] ?? cp.pack.defaultModes[mode]
  if (verdict === 'in') return null
  return { view, verdict, severity: ctx?.errors?.includes(domain) ? 'error' : 'warning' }
}
