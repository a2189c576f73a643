// Turns zod's schema issues into FileProblems that name the role, duty or exception
// concerned (by id when the file gives one) and say how to fix the field.

import type { z } from 'zod'
import { CATEGORY_IDS } from '../rules/categories'
import { CHART_LIMITS as L } from './limits'
import { describeValue, type PathSegment, type ProblemList, quoteId } from './problems'

const FIELD_HINTS: Readonly<Record<string, string>> = {
  id: 'Give it a unique, non-empty id such as "r12".',
  ruleId: 'Use the id of the rule whose finding this exception accepts.',
  title: `Use text of up to ${L.maxTextLength} characters.`,
  label: `Use text of up to ${L.maxTextLength} characters.`,
  department: `Use text of up to ${L.maxTextLength} characters, or leave it out.`,
  group: `Use text of up to ${L.maxTextLength} characters, or leave it out.`,
  person: `Use text of up to ${L.maxPersonLength} characters, or leave it out.`,
  note: 'Write a short note saying why the group kept this finding.',
  reportsTo: 'Use the id of another role, or null for a top-level role.',
  roleId: 'Use the id of a role in this file, or null to leave it unassigned.',
  dutyId: 'Use the id of a duty in this file, or leave it out.',
  cardId: 'Use a catalogue card id, or leave it out.',
  roleType: 'Use "operations-manager" or "other", or leave it out.',
  kind: 'Use "duty" or "function", or leave it out.',
  category: `Use one of ${CATEGORY_IDS.join(', ')}; or leave it out and the app will classify the label.`,
  x: 'Use a number, or leave it out and the app will place the role.',
  y: 'Use a number, or leave it out and the app will place the role.',
  roles: 'It should be a list of roles: [ { "id": …, "title": … } ].',
  duties: 'It should be a list of duties: [ { "id": …, "label": … } ].',
  exceptions: 'It should be a list of accepted exceptions, or left out.'
}

/** What to add when a required field is missing. */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  id: 'Add a unique id such as "r12".',
  ruleId: 'Add the id of the rule whose finding this exception accepts.',
  title: `Add a "title" (text of up to ${L.maxTextLength} characters).`,
  label: `Add a "label" (text of up to ${L.maxTextLength} characters).`,
  note: 'Add a short "note" saying why the group kept this finding.',
  roles: 'Add "roles": [] with the roles of the chart.',
  duties: 'Add "duties": [] with the duties of the chart (it may be empty).'
}

const ENTITY: Readonly<Record<string, string>> = { roles: 'role', duties: 'duty', exceptions: 'exception' }

/** What a whole entry of each list must look like. */
const ENTRY_SHAPES: Readonly<Record<string, string>> = {
  roles: 'Each role must be an object such as { "id": "r1", "title": "CEO" }.',
  duties: 'Each duty must be an object such as { "id": "d1", "label": "Plan delivery routes" }.',
  exceptions: 'Each exception must be an object such as { "ruleId": …, "dutyId": …, "note": "why" }.'
}

const FIELD_NAMES: Readonly<Record<string, string>> = { roleType: 'role type', reportsTo: 'manager id', roleId: 'role id', cardId: 'card id' }

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}

/** "Role "r4" (roles[3])", "Duty at duties[7]", "The chart". */
function subjectOf(data: unknown, path: readonly PathSegment[]): string {
  const [list, index] = path
  if (typeof list === 'string' && ENTITY[list] && typeof index === 'number') {
    const entity = ENTITY[list]
    const Entity = entity[0].toUpperCase() + entity.slice(1)
    const item = valueAt(data, [list, index]) as Record<string, unknown> | undefined
    const ownId = list === 'exceptions' ? undefined : item?.id
    if (typeof ownId === 'string' && ownId) return `${Entity} ${quoteId(ownId)} (${list}[${index}])`
    return `${Entity} at ${list}[${index}]`
  }
  return 'The chart'
}

export function addSchemaProblems(problems: ProblemList, data: unknown, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number')
    const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? ''
    const isWholeItem = typeof path[path.length - 1] === 'number'
    const subject = subjectOf(data, path)
    const value = valueAt(data, path)
    const missing = value === undefined && issue.code === 'invalid_type'
    const hint =
      (isWholeItem ? ENTRY_SHAPES[String(path[0])] : missing ? MISSING_HINTS[field] : FIELD_HINTS[field]) ??
      FIELD_HINTS[field] ??
      'Correct the value, or save the chart again from Org Workbench.'
    let what: string
    switch (issue.code) {
      case 'invalid_type':
        if (isWholeItem) what = `${subject} is ${describeValue(value)}, not an object`
        else if (missing) what = `${subject} has no "${field}"`
        else what = `${subject}: "${field}" should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} but is ${describeValue(value)}`
        break
      case 'too_big':
        what =
          issue.origin === 'array'
            ? `${subject}: "${field}" has ${Array.isArray(value) ? value.length : 'too many'} entries; the limit is ${issue.maximum}`
            : `${subject}: "${field}" is ${typeof value === 'string' ? value.length : 'too many'} characters long; the limit is ${issue.maximum}`
        break
      case 'too_small':
        what = `${subject}: "${field}" is empty`
        break
      case 'invalid_value':
        what = `${subject}: "${field}" is ${describeValue(value)}, which is not a known ${FIELD_NAMES[field] ?? field}`
        break
      case 'custom':
        what = issue.message === 'blank-note' ? `${subject} has no note` : `${subject}: "${field}" ${issue.message}`
        break
      default:
        what = `${subject}: "${field}" is not valid (${issue.message})`
    }
    problems.add(path, `${what}. ${hint}`)
  }
}
