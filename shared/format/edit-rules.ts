// The file rules applied to edits: every chart the app makes can be saved and opened
// again, because an edit is refused with the same limits a file is held to (sizes,
// lengths in code points, invisible characters, coordinates).

import type { Chart } from '../model/chart'
import type { Diff } from '../ops/diff'
import { CHART_LIMITS as L } from './limits'
import { textRuleProblem } from './text-rules'

const count = (n: number) => n.toLocaleString('en-US')

function coordinateProblem(x: number | undefined, y: number | undefined): string | null {
  for (const v of [x, y]) {
    if (v !== undefined && !(Math.abs(v) <= L.maxCoordinate))
      return `A role can be placed at most ${count(L.maxCoordinate)} units from the centre. Move it closer, or use Auto layout.`
  }
  return null
}

/** The first reason an edit from `before` to `after` breaks the file rules, or null. */
export function editProblem(before: Chart, after: Chart, diff: Diff): string | null {
  if (after.roles.length > L.maxRoles && after.roles.length > before.roles.length)
    return `A chart can hold at most ${count(L.maxRoles)} roles. Split the organisation into several charts.`
  if (after.duties.length > L.maxDuties && after.duties.length > before.duties.length)
    return `A chart can hold at most ${count(L.maxDuties)} cards. Split the organisation into several charts.`
  const problems: (string | null)[] = []
  if (diff.title) problems.push(textRuleProblem('A chart name', diff.title.after, L.maxTextLength))
  for (const c of diff.roles) {
    const r = c.after
    if (!r) continue
    problems.push(
      textRuleProblem('A role id', r.id, L.maxIdLength),
      textRuleProblem('A role title', r.title, L.maxTextLength),
      textRuleProblem("A person's name", r.person, L.maxPersonLength),
      textRuleProblem('A department', r.department, L.maxTextLength),
      coordinateProblem(r.x, r.y)
    )
  }
  for (const c of diff.duties) {
    const d = c.after
    if (!d) continue
    problems.push(
      textRuleProblem('A card id', d.id, L.maxIdLength),
      textRuleProblem("A card's text", d.label, L.maxTextLength),
      textRuleProblem("A card's group", d.group, L.maxTextLength)
    )
  }
  for (const c of diff.exceptions) if (c.after) problems.push(textRuleProblem('A note', c.after.note, L.maxNoteLength, 'note'))
  for (const c of diff.cards ?? []) {
    const card = c.after
    if (!card) continue
    problems.push(
      textRuleProblem('A card id', card.id, L.maxIdLength),textRuleProblem("A card's text", card.label, L.maxTextLength), textRuleProblem("A card's group", card.group, L.maxTextLength)
    )
  }
  for (const rule of diff.rules?.after.custom ?? []) {
    problems.push(textRuleProblem('A role title', rule.roleTitle, L.maxTextLength), textRuleProblem('A reason', rule.reason, L.maxNoteLength, 'note'))
  }
  return problems.find((p) => p !== null) ?? null
}
