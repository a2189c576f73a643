// Lints a chart with the rule packs and the chart's own rule settings: open findings, findings the
// group accepted (with their exception) and exceptions that no longer match anything.

import type { Chart } from '../model/chart'
import { createLinter } from './linter'
import { ALL_RULE_METAS } from './registry'
import type { LintResult, RuleMeta } from './types'

export { effectiveCategory } from './effective-category'
export { createLinter, type Linter } from './linter'

/** Every rule's meta: id, severity, description, docs, messages, hasSuggestions. */
export const RULES: readonly RuleMeta[] = ALL_RULE_METAS

/** One-off lint; for repeated linting of an edited chart keep a `createLinter()`. */
export function lintChart(chart: Chart): LintResult {
  return createLinter().lint(chart)
}
