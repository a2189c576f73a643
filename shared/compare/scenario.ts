// Scenario naming: a proposal is a copy of a chart called "<title> – <name>", which is
// also how the compare dialog guesses which chart a scenario should be compared with.

export const SCENARIO_SEPARATOR = ' – '

export function scenarioTitle(baseTitle: string, name = 'Proposed'): string {
  return `${baseTitle.trim() || 'Untitled chart'}${SCENARIO_SEPARATOR}${name.trim() || 'Proposed'}`
}

/** The chart a scenario was most likely made from: the title before the last " – ". */
export function scenarioBase(title: string): string | null {
  const at = title.lastIndexOf(SCENARIO_SEPARATOR)
  return at > 0 ? title.slice(0, at) : null
}

/**
 * The pair to compare first: the open chart against the chart it was duplicated from
 * (by title) or, failing that, against the most recently edited other chart. When the
 * open chart is itself the base of a scenario, the scenario comes second.
 */
export function defaultComparePair(charts: readonly { readonly id: string; readonly title: string }[], currentId: string): { a: string; b: string } | null {
  const current = charts.find((c) => c.id === currentId)
  const others = charts.filter((c) => c.id !== currentId)
  if (!current || others.length === 0) return null
  const base = scenarioBase(current.title)
  const parent = base !== null ? others.find((c) => c.title === base) : undefined
  if (parent) return { a: parent.id, b: current.id }
  const child = others.find((c) => scenarioBase(c.title) === current.title)
  if (child) return { a: current.id, b: child.id }
  return { a: others[0].id, b: current.id }
}
