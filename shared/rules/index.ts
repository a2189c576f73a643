// Public API of the rules module.

export * from './categories'
export { type Classification, classify, classifyLabel } from './classifier'
export { dutyKey } from './context'
export { formatMessage } from './define-rule'
export type { EffectiveCategory } from './effective-category'
export { createLinter, effectiveCategory, type Linter, lintChart, RULES } from './lint'
export { ALL_RULES, SCOPE_RULES, STRUCTURE_RULES } from './registry'
export { isOperationsManager, isOperationsTitle } from './role-type'
export { scopeRuleId } from './scope-rule'
export { suggestedRoleId } from './suggestions'
export type * from './types'
