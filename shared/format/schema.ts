// The current chart file format (v2) as a zod schema. The file is untrusted input
// (shared by email, edited by hand), so every field is checked for type, size and
// characters before use. Older files are upgraded to this shape first (migrations.ts);
// cross-references (ids, reporting lines) are checked separately in integrity.ts.

import { z } from 'zod'
import { CARD_KINDS, ROLE_TYPES } from '../model/chart'
import { STRICTNESS_CONTEXTS } from '../model/rule-settings'
import { CATEGORY_IDS } from '../rules/categories'
import { CHART_LIMITS as L } from './limits'
import { codePointLength, describeBadCharacter, findBadCharacter, type TextKind } from './text-rules'

export const CHART_FORMAT_VERSION = 2
export const CHART_FORMAT = `org-workbench/chart@${CHART_FORMAT_VERSION}`
/** Matches any version of the format id, to tell "older" and "newer" apart from "not a chart". */
export const CHART_FORMAT_PATTERN = /^org-workbench\/chart@([1-9]\d{0,5})$/

/** Custom issue messages that schema-problems.ts words as a whole sentence with its own hint. */
export const TEXT_ISSUE = 'text:'

/** A string held to the text rules: length in code points, no invisible or unsafe characters. */
function safeString(max: number, kind: TextKind = 'line', min = 0) {
  return z.string().min(min).superRefine((s, ctx) => {
    const length = codePointLength(s)
    if (length > max) ctx.addIssue({ code: 'custom', message: `${TEXT_ISSUE}is ${length} characters long; the limit is ${max}` })
    const bad = findBadCharacter(s, kind)
    if (bad) ctx.addIssue({ code: 'custom', message: `${TEXT_ISSUE}${describeBadCharacter(bad)}` })
  })
}

const id = safeString(L.maxIdLength, 'line', 1)
const text = safeString(L.maxTextLength)
const coordinate = z.number().min(-L.maxCoordinate).max(L.maxCoordinate)
const order = z.string().min(1).max(L.maxOrderLength).regex(/^[0-9A-Za-z]+$/, { message: 'order-key' })
const note = safeString(L.maxNoteLength, 'note').refine((s) => s.trim().length > 0, { message: 'blank-note' })

export const roleSchema = z.object({
  id,
  title: text,
  roleType: z.enum(ROLE_TYPES).optional(),
  person: safeString(L.maxPersonLength).optional(),
  department: text.optional(),
  reportsTo: id.nullable().optional(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  order: order.optional()
})

export const dutySchema = z.object({
  id,
  label: text,
  kind: z.enum(CARD_KINDS).optional(),
  roleId: id.nullable().optional(),
  category: z.enum(CATEGORY_IDS).optional(),
  group: text.optional(),
  cardId: id.optional(),
  order: order.optional()
})

export const exceptionSchema = z.object({
  ruleId: id,
  roleId: id.optional(),
  dutyId: id.optional(),
  note
})

export const cardSchema = z.object({
  id,
  label: text,
  kind: z.enum(CARD_KINDS),
  group: text,
  category: z.enum(CATEGORY_IDS).optional(),
  order: order.optional()
})

/** Structure only; what the ids mean is checked by the rules (ruleSettingsProblems). */
export const ruleSettingsSchema = z.object({
  context: z.enum(STRICTNESS_CONTEXTS).optional(),
  disabled: z.array(id).max(L.maxRuleEntries).optional(),
  custom: z
    .array(
      z.object({
        id,
        roleTitle: text.refine((s) => s.trim().length > 0, { message: 'blank-title' }),
        domain: id,
        reason: note,
        severity: z.enum(['warning', 'error']).optional()
      })
    )
    .max(L.maxRuleEntries)
    .optional()
})

export const chartFileSchema = z.object({
  format: z.literal(CHART_FORMAT),
  id: id.optional(),
  title: text,
  roles: z.array(roleSchema).max(L.maxRoles),
  duties: z.array(dutySchema).max(L.maxDuties),
  exceptions: z.array(exceptionSchema).max(L.maxExceptions).optional(),
  cards: z.array(cardSchema).max(L.maxCards).optional(),
  rules: ruleSettingsSchema.optional()
})

export type ChartFileData = z.infer<typeof chartFileSchema>
