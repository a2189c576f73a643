// Scores the duty classifier against the labelled phrasings in duty-phrasings.json.
// Shared by `npm run eval:classifier` (report) and the unit test (regression guard).

import { CATEGORY_IDS, type CategoryId, isOutOfScope } from '../../shared/rules/categories'
import { classifyLabel } from '../../shared/rules/classifier'

export interface EvalItem {
  readonly text: string
  readonly category: CategoryId
}

export interface CategoryScore {
  readonly category: CategoryId
  readonly support: number
  readonly precision: number
  readonly recall: number
}

export interface Miss {
  readonly text: string
  readonly expected: CategoryId
  readonly got: CategoryId | null
  readonly evidence: readonly string[]
}

export interface EvalReport {
  readonly total: number
  /** Share of items classified into exactly the labelled category. */
  readonly accuracy: number
  /** Of the items that would raise a scope warning, the share that really are out of scope. */
  readonly warningPrecision: number
  /** Of the warnings, the share naming the right category. */
  readonly warningCategoryPrecision: number
  /** Of the out-of-scope items, the share that raise a warning. */
  readonly warningRecall: number
  readonly perCategory: readonly CategoryScore[]
  readonly misses: readonly Miss[]
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)

export function evaluate(items: readonly EvalItem[]): EvalReport {
  const misses: Miss[] = []
  const predicted = items.map((item) => {
    const c = classifyLabel(item.text)
    if (c.category !== item.category) misses.push({ text: item.text, expected: item.category, got: c.category, evidence: c.evidence })
    return c.category
  })
  const correct = items.filter((item, i) => predicted[i] === item.category).length
  const warned = items.filter((_, i) => isOutOfScope(predicted[i]))
  const warnedRight = warned.filter((item) => isOutOfScope(item.category)).length
  const warnedExact = items.filter((item, i) => isOutOfScope(predicted[i]) && predicted[i] === item.category).length
  const outItems = items.filter((item) => isOutOfScope(item.category))
  const outWarned = items.filter((item, i) => isOutOfScope(item.category) && isOutOfScope(predicted[i])).length
  const perCategory = CATEGORY_IDS.map((category) => {
    const tp = items.filter((item, i) => item.category === category && predicted[i] === category).length
    const support = items.filter((item) => item.category === category).length
    const predictedAs = predicted.filter((p) => p === category).length
    return { category, support, precision: ratio(tp, predictedAs), recall: ratio(tp, support) }
  })
  return {
    total: items.length,
    accuracy: ratio(correct, items.length),
    warningPrecision: ratio(warnedRight, warned.length),
    warningCategoryPrecision: ratio(warnedExact, warned.length),
    warningRecall: ratio(outWarned, outItems.length),
    perCategory,
    misses
  }
}
