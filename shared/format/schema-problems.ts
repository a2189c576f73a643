// Turns zod's schema issues into FileProblems that name the role, duty or exception
// concerned (by id when the file gives one) and say how to fix the field.

import type { z } from 'zod'
import { CATEGORY_IDS } from '../rules/categories'
import { CHART_LIMITS as L } from './limits'
import { TEXT_ISSUE } from './schema'
import { codePointLength } from './text-rules'
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
  x: `Use a number between -${L.maxCoordinate} and ${L.maxCoordinate}, or leave it out and the app will place the role.`,
  y: `Use a number between -${L.maxCoordinate} and ${L.maxCoordinate}, or leave it out and the app will place the role.`,
  order: 'Use the order key Org Workbench wrote (letters and digits), or leave it out.',
  cards: 'It should be a list of custom Library cards, or left out.',
  rules: 'It should be an object such as { "context": "standard", "disabled": [], "custom": [] }, or left out.',
  context: 'Use "standard", "small-company" or "regulated", or leave it out.',
  disabled: 'It should be a list of rule ids, or left out.',
  custom: 'It should be a list of custom scope rules, or left out.',
  roleTitle: 'Use the role title the rule applies to.',
  domain: 'Use a work-domain id such as "finance" or "marketing".',
  reason: 'Write a short reason the facilitator gives for this rule.',
  severity: 'Use "warning" or "error", or leave it out.',
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
  duties: 'Add "duties": [] with the duties of the chart (it may be empty).',
  kind: 'Add a "kind": "duty" or "function".',
  group: 'Add the "group" (business function) the card is listed under.',
  roleTitle: 'Add the "roleTitle" the rule applies to.',
  domain: 'Add the work "domain" the rule is about.',
  reason: 'Add a short "reason" for the rule.'
}

const ENTITY: Readonly<Record<string, string>> = { roles: 'role', duties: 'duty', exceptions: 'exception', cards: 'card' }

/** What a whole entry of each list must look like. */
const ENTRY_SHAPES: Readonly<Record<string, string>> = {
  roles: 'Each role must be an object such as { "id": "r1", "title": "CEO" }.',
  duties: 'Each duty must be an object such as { "id": "d1", "label": "Plan delivery routes" }.',
  exceptions: 'Each exception must be an object such as { "ruleId": …, "dutyId": …, "note": "why" }.',
  cards: 'Each card must be an object such as { "id": "c1", "label": "Plan routes", "kind": "duty", "group": "Logistics" }.',
  custom: 'Each custom rule must be an object such as { "id": …, "roleTitle": …, "domain": …, "reason": … }.'
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

/** "Role "r4" (roles[3])", "Duty at duties[7]", "Custom rule at rules.custom[0]", "The chart". */
function subjectOf(data: unknown, path: readonly PathSegment[]): string {
  if (path[0] === 'rules') return path[1] === 'custom' && typeof path[2] === 'number' ? `Custom rule at rules.custom[${path[2]}]` : 'The rule settings'
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
    const isWholeItem = typeof path[path.length - 1] === 'number' && (issue.code === 'invalid_type' || path[0] !== 'rules')
    const subject = subjectOf(data, path)
    const value = valueAt(data, path)
    const missing = value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')
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
            : issue.origin === 'number'
              ? `${subject}: "${field}" is ${String(value)}, beyond the limit of ${issue.maximum}`
              : `${subject}: "${field}" is ${typeof value === 'string' ? codePointLength(value) : 'too many'} characters long; the limit is ${issue.maximum}`
        break
      case 'too_small':
        what = issue.origin === 'number' ? `${subject}: "${field}" is ${String(value)}, beyond the limit of ${issue.minimum}` : `${subject}: "${field}" is empty`
        break
      case 'invalid_value':
        what = missing ? `${subject} has no "${field}"` : `${subject}: "${field}" is ${describeValue(value)}, which is not a known ${FIELD_NAMES[field] ?? field}`
        break
      case 'custom':
        if (issue.message.startsWith(TEXT_ISSUE)) {
          const detail = issue.message.slice(TEXT_ISSUE.length)
          const fix = detail.startsWith('contains') ? 'Retype the text without it, or save the chart again from Org Workbench.' : hint
          problems.add(path, `${subject}: "${field}" ${detail}. ${fix}`)
          continue
        }
        what = issue.message === 'blank-note' ? `${subject} has no ${field === 'reason' ? 'reason' : 'note'}` : issue.message === 'blank-title' ? `${subject}: "${field}" is blank` : `${subject}: "${field}" ${issue.message}`
        break
      case 'invalid_format':
        what = `${subject}: "${field}" is ${describeValue(value)}, which is not an order key`
        break
      default:
        what = `${subject}: "${field}" is not valid (${issue.message})`
    }
    problems.add(path, `${what}. ${hint}`)
  }
}
