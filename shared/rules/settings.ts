// A chart's rule settings as the linter uses them: the strictness context, the rules
// switched off, and the custom scope rules that are well formed. Anything malformed is
// left out and reported by ruleSettingsProblems, so a bad file never breaks the linter.

import { type ChartRuleSettings, type CustomScopeRule, STRICTNESS_CONTEXTS, type StrictnessContext } from '../model/rule-settings'
import { DOMAIN_IDS, type DomainId, isDomainId } from './domains'
import { titleWords } from './title-match'

export const CUSTOM_RULE_PREFIX = 'custom/'
export const customRuleId = (id: string): string => `${CUSTOM_RULE_PREFIX}${id}`

export interface CompiledCustomRule {
  readonly ruleId: string
  readonly rule: CustomScopeRule
  readonly domain: DomainId
  readonly titleWords: readonly string[]
  readonly severity: 'warning' | 'error'
}

export interface ResolvedSettings {
  readonly context: StrictnessContext
  readonly disabled: ReadonlySet<string>
  readonly custom: readonly CompiledCustomRule[]
}

/** Where and what, like every other file problem. */
export interface RuleSettingsProblem {
  readonly path: string
  readonly message: string
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/
const MAX_TEXT = 500
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function customProblems(rule: unknown, at: string, seen: Set<string>): RuleSettingsProblem[] {
  if (!isRecord(rule)) return [{ path: at, message: 'a custom rule must be an object { id, roleTitle, domain, reason }' }]
  const out: RuleSettingsProblem[] = []
  if (typeof rule.id !== 'string' || !ID.test(rule.id)) out.push({ path: `${at}.id`, message: 'must be 1–80 letters, digits, dots, dashes or underscores' })
  else if (seen.has(rule.id)) out.push({ path: `${at}.id`, message: `"${rule.id}" is used by another custom rule; ids must be unique` })
  else seen.add(rule.id)
  if (typeof rule.roleTitle !== 'string' || titleWords(rule.roleTitle).length === 0 || rule.roleTitle.length > MAX_TEXT)
    out.push({ path: `${at}.roleTitle`, message: 'must name a role title, e.g. "Finance Manager"' })
  if (!isDomainId(rule.domain)) out.push({ path: `${at}.domain`, message: `must be one of: ${DOMAIN_IDS.join(', ')}` })
  if (typeof rule.reason !== 'string' || !rule.reason.trim() || rule.reason.length > MAX_TEXT) out.push({ path: `${at}.reason`, message: 'must say why, in up to 500 characters' })
  if (rule.severity !== undefined && rule.severity !== 'warning' && rule.severity !== 'error') out.push({ path: `${at}.severity`, message: 'must be "warning" or "error" when given' })
  return out
}

/** Everything malformed in a chart's rule settings, each with where it is ("rules.custom[2].domain"). */
export function ruleSettingsProblems(settings: unknown, where = 'rules'): RuleSettingsProblem[] {
  if (settings === undefined) return []
  if (!isRecord(settings)) return [{ path: where, message: 'must be an object { context, disabled, custom }' }]
  const out: RuleSettingsProblem[] = []
  if (settings.context !== undefined && !STRICTNESS_CONTEXTS.includes(settings.context as StrictnessContext))
    out.push({ path: `${where}.context`, message: `must be one of: ${STRICTNESS_CONTEXTS.join(', ')}` })
  if (settings.disabled !== undefined) {
    if (!Array.isArray(settings.disabled)) out.push({ path: `${where}.disabled`, message: 'must be a list of rule ids' })
    else settings.disabled.forEach((id, i) => typeof id !== 'string' && out.push({ path: `${where}.disabled[${i}]`, message: 'must be a rule id (text)' }))
  }
  if (settings.custom !== undefined) {
    if (!Array.isArray(settings.custom)) out.push({ path: `${where}.custom`, message: 'must be a list of custom rules' })
    else {
      const seen = new Set<string>()
      settings.custom.forEach((r, i) => out.push(...customProblems(r, `${where}.custom[${i}]`, seen)))
    }
  }
  return out
}

const DEFAULT: ResolvedSettings = { context: 'standard', disabled: new Set(), custom: [] }
const resolved = new WeakMap<object, ResolvedSettings>()

/** The usable part of a chart's settings (cached per settings object: charts are immutable). */
export function resolveSettings(settings: ChartRuleSettings | undefined): ResolvedSettings {
  if (!isRecord(settings)) return DEFAULT
  const hit = resolved.get(settings)
  if (hit) return hit
  const context = STRICTNESS_CONTEXTS.includes(settings.context as StrictnessContext) ? (settings.context as StrictnessContext) : 'standard'
  const disabled = new Set(Array.isArray(settings.disabled) ? settings.disabled.filter((d): d is string => typeof d === 'string') : [])
  const custom: CompiledCustomRule[] = []
  const seen = new Set<string>()
  if (Array.isArray(settings.custom)) {
    settings.custom.forEach((rule, i) => {
      if (customProblems(rule, `custom[${i}]`, seen).length > 0) return
      const ruleId = customRuleId(rule.id)
      custom.push({ ruleId, rule, domain: rule.domain as DomainId, titleWords: titleWords(rule.roleTitle), severity: rule.severity ?? 'warning' })
    })
  }
  const out: ResolvedSettings = { context, disabled, custom }
  resolved.set(settings, out)
  return out
}
