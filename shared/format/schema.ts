// Format v1 of chart files as a zod schema. The file is untrusted input (shared by
// email, edited by hand), so every field is checked for type and size before use.
// Cross-references (ids, reporting lines) are checked separately in integrity.ts.

import { z } from 'zod'
import { CARD_KINDS, ROLE_TYPES } from '../model/chart'
import { CATEGORY_IDS } from '../rules/categories'
import { CHART_LIMITS as L } from './limits'

export const CHART_FORMAT = 'org-workbench/chart@1'
export const CHART_FORMAT_VERSION = 1
/** Matches any version of the format id, to tell "newer version" apart from "not a chart". */
export const CHART_FORMAT_PATTERN = /^org-workbench\/chart@(\d+)$/

const id = z.string().min(1).max(L.maxIdLength)
const text = z.string().max(L.maxTextLength)
const coordinate = z.number()

export const roleSchema = z.object({
  id,
  title: text,
  roleType: z.enum(ROLE_TYPES).optional(),
  person: z.string().max(L.maxPersonLength).optional(),
  department: text.optional(),
  reportsTo: id.nullable().optional(),
  x: coordinate.optional(),
  y: coordinate.optional()
})

export const dutySchema = z.object({
  id,
  label: text,
  kind: z.enum(CARD_KINDS).optional(),
  roleId: id.nullable().optional(),
  category: z.enum(CATEGORY_IDS).optional(),
  group: text.optional(),
  cardId: id.optional()
})

export const exceptionSchema = z.object({
  ruleId: id,
  roleId: id.optional(),
  dutyId: id.optional(),
  note: z
    .string()
    .max(L.maxNoteLength)
    .refine((s) => s.trim().length > 0, { message: 'blank-note' })
})

export const chartFileSchema = z.object({
  format: z.literal(CHART_FORMAT),
  id: id.optional(),
  title: text,
  roles: z.array(roleSchema).max(L.maxRoles),
  duties: z.array(dutySchema).max(L.maxDuties),
  exceptions: z.array(exceptionSchema).max(L.maxExceptions).optional()
})

export type ChartFileData = z.infer<typeof chartFileSchema>
