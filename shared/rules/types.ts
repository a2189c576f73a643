// The shape of rules and findings, ESLint-style: rules are data (meta) plus a small
// pure check; findings are keyed by a fingerprint of ids, never of message text.

import type { AcceptedException, Chart } from '../model/chart'
import type { Op } from '../ops/operations'

export const SEVERITIES = ['warning', 'info'] as const
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
  readonly roleId: string
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
