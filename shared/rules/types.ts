// The shape of rules and findings, ESLint-style: rules are data (meta) plus a small
// pure check; findings are keyed by a fingerprint of ids, never of message text.

import type { AcceptedException, Chart, Duty, Role } from '../model/chart'
import type { Op } from '../ops/operations'
import type { CoveringRules } from './covering-rules'
import type { DomainId, ModeId } from './domains'
import type { ResolvedSettings } from './settings'

/** Errors and warnings are counted as warnings in the app; info notes are not. */
export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A safe fix the user may apply; applying it is one undoable edit (all ops together). */
export interface Suggestion {
  readonly id: string
  readonly title: string
  readonly ops: readonly Op[]
}

export interface Finding {
  readonly ruleId: string
  readonly messageId: string
  readonly severity: Severity
  /** Role the finding is about; null for work held by nobody. */
  readonly roleId: string | null
  readonly dutyId?: string
  /** Out-of-scope category id, for scope findings. */
  readonly category?: string
  /** One line for lists: what is wrong, in plain words. */
  readonly message: string
  /** Why it usually belongs elsewhere (grounded in the rule pack). */
  readonly reason: string
  /** Who usually owns this work, e.g. "HR". */
  readonly owner?: string
  /** What the role does instead (the in-scope counterpart). */
  readonly instead?: string
  /** Words in the label that led to the classification (empty for catalogue/override categories). */
  readonly evidence: readonly string[]
  /** Work domain of the duty (shared taxonomy), for scope findings. */
  readonly domain?: DomainId
  /** How the role holds it, for scope findings. */
  readonly mode?: ModeId
  /** Words that decided the mode (empty: nothing did, "doing it" assumed). */
  readonly modeEvidence?: readonly string[]
  readonly suggestions: readonly Suggestion[]
  readonly fingerprint: string
}

export interface AcceptedFinding {
  readonly finding: Finding
  readonly exception: AcceptedException
}

export interface LintResult {
  /** Open findings (not accepted), in chart order. */
  readonly findings: readonly Finding[]
  readonly accepted: readonly AcceptedFinding[]
  /** Exceptions whose finding no longer occurs. */
  readonly stale: readonly AcceptedException[]
}

export interface RuleMeta {
  readonly id: string
  readonly severity: Severity
  readonly description: string
  readonly docs: string
  readonly messages: Readonly<Record<string, string>>
  readonly hasSuggestions: boolean
}

export interface Rule {
  readonly meta: RuleMeta
  readonly check: (chart: Chart) => readonly Finding[]
}

/** What a rule may ask about the chart; the linter answers from caches it keeps up to date. */
export interface RuleContext {
  readonly role: (id: string | null | undefined) => Role | undefined
  readonly isOperationsManager: (role: Role) => boolean
  /** The rule packs and custom rules that cover a role (worked out once per role). */
  readonly coveringRules: (role: Role) => CoveringRules
  /** The chart's rule settings (context, rules off, custom rules), usable parts only. */
  readonly settings: ResolvedSettings
  readonly reportsOf: (roleId: string) => readonly Role[]
  /**
   * Other duties that are the same duty: same label (ignoring case and spacing) or same
   * catalogue card, directly or through other duties of the group.
   */
  readonly sameDuties: (duty: Duty) => readonly Duty[]
  /** Whether some other duty is the same duty as this one (cheap: no list is built). */
  readonly hasCopies: (duty: Duty) => boolean
  /** Distinct roles holding this duty or the same duty (its own holder included), sorted by title. */
  readonly holdersOfSame: (duty: Duty) => readonly Role[]
  /** Holders of this duty or the same duty who report directly to `manager` (the manager itself left out), sorted by title. */
  readonly reportsHoldingSame: (duty: Duty, manager: Role) => readonly Role[]
  /** Of this duty and the same duties, the first in chart order that a role holds; undefined when none is held. */
  readonly firstHeldOfSame: (duty: Duty) => Duty | undefined
  /** Safe fixes for a scope finding (move to the usual owner, or add that owner). */
  readonly scopeSuggestions: (ruleId: string, category: string, role: Role, duty: Duty) => readonly Suggestion[]
}

/** Every rule in this pack looks at one duty at a time, which is what makes incremental linting cheap. */
export interface DutyRule extends Rule {
  readonly checkDuty: (ctx: RuleContext, duty: Duty) => Finding | null
  /**
   * The rule can only fire for a duty that has copies (the same duty elsewhere on the
   * chart). Most duties have none, so the linter skips such rules for them.
   */
  readonly needsCopies?: boolean
}
