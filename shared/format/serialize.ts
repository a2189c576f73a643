// Writes a chart as a file of the current format (v2): pretty JSON with a fixed key order, so saving the
// same chart twice gives the same bytes and files diff cleanly in version control.

import type { AcceptedException, Chart, Duty, LibraryCard, Role } from '../model/chart'
import type { ChartRuleSettings, CustomScopeRule } from '../model/rule-settings'
import { CHART_FORMAT } from './schema'

export const CHART_FILE_EXTENSION = '.orgchart.json'

/** Copies the listed keys in order, leaving out undefined ones. */
function pick<T extends object>(value: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (value[k] !== undefined) out[k as string] = value[k]
  return out
}

const ROLE_KEYS: readonly (keyof Role)[] = ['id', 'title', 'roleType', 'person', 'department', 'reportsTo', 'x', 'y', 'order']
const DUTY_KEYS: readonly (keyof Duty)[] = ['id', 'label', 'kind', 'roleId', 'category', 'group', 'cardId', 'order']
const EXCEPTION_KEYS: readonly (keyof AcceptedException)[] = ['ruleId', 'roleId', 'dutyId', 'note']
const CARD_KEYS: readonly (keyof LibraryCard)[] = ['id', 'label', 'kind', 'group', 'category', 'order']
const CUSTOM_RULE_KEYS: readonly (keyof CustomScopeRule)[] = ['id', 'roleTitle', 'domain', 'reason', 'severity']

function ruleSettings(rules: ChartRuleSettings): Record<string, unknown> {
  const out = pick(rules, ['context', 'disabled'])
  if (rules.custom) out.custom = rules.custom.map((c) => pick(c, CUSTOM_RULE_KEYS))
  return out
}

export function serializeChart(chart: Chart): string {
  const file = {
    format: CHART_FORMAT,
    id: chart.id,
    title: chart.title,
    roles: chart.roles.map((r) => pick(r, ROLE_KEYS)),
    duties: chart.duties.map((d) => pick(d, DUTY_KEYS)),
    exceptions: chart.exceptions.map((e) => pick(e, EXCEPTION_KEYS)),
    // A card whose category is '' leaves it to the classifier: the file leaves the field out.
    ...(chart.cards ? { cards: chart.cards.map((c) => pick(c.category ? c : { ...c, category: undefined }, CARD_KEYS)) } : {}),
    ...(chart.rules ? { rules: ruleSettings(chart.rules) } : {})
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

// Characters refused by Windows, macOS or Linux file systems, plus control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const MAX_NAME = 100

/** "Northwind Supplies" → "Northwind Supplies.orgchart.json", safe on every desktop OS. */
export function suggestedFileName(title: string): string {
  let name = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
  // Trailing dots and spaces are silently dropped by Windows; leading dots hide files.
  name = name.replace(/^[.\s]+|[.\s]+$/g, '')
  if (name.length > MAX_NAME) name = name.slice(0, MAX_NAME).replace(/[\uD800-\uDBFF]$/, '').trim()
  if (!name || RESERVED.test(name)) name = name ? `${name} chart` : 'Untitled chart'
  return `${name}${CHART_FILE_EXTENSION}`
}
