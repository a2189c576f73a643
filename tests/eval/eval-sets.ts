// Reads labelled evaluation sets. Two shapes: the original tuning list
// `[{ text, category }]` (duties an Operations Manager holds, labelled with the
// category they belong to) and the set shape `{ duties: [{ text, role, domain, mode,
// expect }], titles: [{ title, isOperationsManager }] }`, where `expect` is the rule id
// that should warn, or null when no warning is right.

import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

export interface LabelledDuty {
  readonly text: string
  /** Title of the role holding the duty; an Operations Manager when absent. */
  readonly role?: string
  readonly domain?: string
  readonly mode?: string
  /** Rule id that should raise a warning, or null for no warning. */
  readonly expect: string | null
}

export interface LabelledTitle {
  readonly title: string
  readonly isOperationsManager: boolean
}

export interface EvalSet {
  readonly name: string
  readonly duties: readonly LabelledDuty[]
  readonly titles: readonly LabelledTitle[]
}

/** Domain of each original category (the shared taxonomy), for per-domain figures. */
const DOMAIN_OF_CATEGORY: Readonly<Record<string, string>> = {
  'strategy-vision': 'strategy', 'major-finance': 'finance', 'marketing-campaigns': 'marketing',
  'hr-beyond-operations': 'hr', 'software-it': 'it-software', 'product-design': 'product-design',
  'legal-compliance': 'legal', 'research-development': 'research', 'public-relations': 'public-relations',
  'investor-relations': 'investor-relations', 'government-relations': 'government-relations', 'customer-sales': 'sales',
  'individual-tasks': 'hands-on-work', 'clerical-admin': 'clerical', micromanagement: 'task-control',
  'non-operational-projects': 'other-projects', operations: 'operations'
}

function fromCategoryList(name: string, items: readonly { text: string; category: string }[]): EvalSet {
  const duties = items.map((i) => ({
    text: i.text,
    domain: DOMAIN_OF_CATEGORY[i.category] ?? i.category,
    expect: i.category === 'operations' ? null : `ops-manager/${i.category}`
  }))
  return { name, duties, titles: [] }
}

export function readEvalSet(file: string): EvalSet {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown
  const name = basename(file, '.json')
  if (Array.isArray(data)) return fromCategoryList(name, data as { text: string; category: string }[])
  const set = data as { duties?: LabelledDuty[]; titles?: (LabelledTitle | { title: string; operationsManager: boolean })[] }
  return { name, duties: set.duties ?? [], titles: (set.titles ?? []).map(titleLabel) }
}

/** Sets name the answer `isOperationsManager` or, in retired-held-out-c, `operationsManager`: files are read as written. */
function titleLabel(t: LabelledTitle | { title: string; operationsManager: boolean }): LabelledTitle {
  if ('isOperationsManager' in t) return t
  if (typeof t.operationsManager !== 'boolean') throw new Error(`A labelled title has no answer: "${t.title}" needs isOperationsManager: true or false.`)
  return { title: t.title, isOperationsManager: t.operationsManager }
}

const EVAL_DIR = resolve(import.meta.dirname)

/** The tuning sets: the original list and the phrasings in tuning/. */
export function tuningSets(): EvalSet[] {
  const dir = join(EVAL_DIR, 'tuning')
  const extra = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readEvalSet(join(dir, f)))
  return [readEvalSet(join(EVAL_DIR, 'duty-phrasings.json')), ...extra]
}

/** The frozen held-out sets in held-out/ (never tuned on). */
export function heldOutSets(): EvalSet[] {
  const dir = join(EVAL_DIR, 'held-out')
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readEvalSet(join(dir, f)))
}
