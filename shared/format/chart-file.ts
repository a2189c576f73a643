// Reading and writing chart files (format v2; older files are upgraded on read). parseChartFile never throws: a broken
// file gives a list of located problems the user can act on, and the app stays as it was.

import type { Chart } from '../model/chart'
import { newId } from '../model/ids'
import { checkExceptions, checkReferences } from './integrity'
import { locateJsonError } from './json-errors'
import { CHART_LIMITS, utf8ByteLength } from './limits'
import { type FileProblem, ProblemList, describeValue } from './problems'
import { ruleSettingsProblems } from '../rules/settings'
import { addSchemaProblems } from './schema-problems'
import { type FileData, OLDEST_VERSION, upgradeFileData } from './migrations'
import { CHART_FORMAT, CHART_FORMAT_PATTERN, CHART_FORMAT_VERSION, chartFileSchema } from './schema'

export { CHART_FORMAT, CHART_FORMAT_VERSION } from './schema'
export { CHART_LIMITS } from './limits'
export type { FileProblem } from './problems'
export { CHART_FILE_EXTENSION, serializeChart, suggestedFileName } from './serialize'

export type ParseResult =
  | { readonly ok: true; readonly chart: Chart; readonly warnings: string[] }
  | { readonly ok: false; readonly problems: FileProblem[]; readonly count: number }

export interface ParseOptions {
  /** Makes the id given to a chart whose file has none (tests pass a fixed one). */
  readonly newChartId?: () => string
}

const fail = (path: string, message: string): ParseResult => ({ ok: false, problems: [{ path, message }], count: 1 })

/** The file's format version when it is one this version can read (maybe after upgrading), or a problem. */
function checkFormat(value: unknown): number | string {
  if (value === CHART_FORMAT) return CHART_FORMAT_VERSION
  if (value === undefined)
    return `The file has no "format" field, so it does not look like an Org Workbench chart. Chart files start with "format": "${CHART_FORMAT}".`
  const match = typeof value === 'string' ? CHART_FORMAT_PATTERN.exec(value) : null
  const version = match ? Number(match[1]) : NaN
  if (version > CHART_FORMAT_VERSION)
    return `This chart was made by a newer Org Workbench (file format ${value}); this version reads files up to ${CHART_FORMAT}. Update Org Workbench to open it.`
  if (version >= OLDEST_VERSION) return version
  return `The "format" field is ${describeValue(value)}, but Org Workbench reads "${CHART_FORMAT}". Check that this is an Org Workbench chart file.`
}

function parseUnsafe(text: string, options: ParseOptions): ParseResult {
  const bytes = text.length > CHART_LIMITS.maxFileBytes / 3 ? utf8ByteLength(text) : text.length
  if (bytes > CHART_LIMITS.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
    return fail('', `The file is ${mb(bytes)} MB; chart files can be at most ${mb(CHART_LIMITS.maxFileBytes)} MB. Split the chart, or check that this is the right file.`)
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (!body.trim()) return fail('', 'The file is empty. Choose a chart file saved by Org Workbench.')

  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (err) {
    const at = locateJsonError(body)
    const where = at ? `at line ${at.line}, column ${at.column}: ${at.what}` : `(${err instanceof Error ? err.message : String(err)})`
    return fail('', `The file is not valid JSON ${where}. Fix the text near that spot, or save the chart again from Org Workbench.`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('', `The file holds ${describeValue(data)} instead of a chart object ({ "format": …, "title": …, "roles": …, "duties": … }).`)

  const version = checkFormat((data as Record<string, unknown>).format)
  if (typeof version === 'string') return fail('format', version)
  if (version < CHART_FORMAT_VERSION) data = upgradeFileData(data as FileData, version)
  for (const [list, max] of [['roles', CHART_LIMITS.maxRoles], ['duties', CHART_LIMITS.maxDuties]] as const) {
    const items = (data as Record<string, unknown>)[list]
    // Checked before the schema so an oversized file is refused without validating every entry.
    if (Array.isArray(items) && items.length > max)
      return fail(list, `The chart has ${items.length} ${list}; the limit is ${max}. Split the chart into smaller ones.`)
  }

  const problems = new ProblemList()
  const parsed = chartFileSchema.safeParse(data)
  if (!parsed.success) addSchemaProblems(problems, data, parsed.error.issues)
  checkReferences(problems, data)
  // The structure is checked by the schema; what the ids mean (domains, unique rule ids) by the rules.
  if (parsed.success)
    for (const p of ruleSettingsProblems(parsed.data.rules))
      problems.add(p.path, `The rule settings at ${p.path} ${p.message}. Correct it, or set the rule up again in Org Workbench.`)
  if (!parsed.success || problems.size > 0) return { ok: false, problems: problems.toArray(), count: problems.size }
  const file = parsed.data
  const { warnings, exceptions } = checkExceptions(file)
  const chart: Chart = {
    id: file.id ?? (options.newChartId ?? (() => newId('chart-')))(),
    title: file.title,
    roles: file.roles,
    duties: file.duties,
    exceptions,
    // In the model a card without a category has '' (the classifier decides); files leave it out.
    ...(file.cards ? { cards: file.cards.map((c) => ({ ...c, category: c.category ?? '' })) } : {}),
    ...(file.rules ? { rules: file.rules } : {})
  }
  return { ok: true, chart, warnings }
}

export function parseChartFile(text: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') return fail('', 'Nothing readable was given as a chart file.')
    return parseUnsafe(text, options)
  } catch (err) {
    // Last line of defence: a file must never crash the app, whatever it contains.
    return fail('', `The file could not be read as a chart (${err instanceof Error ? err.message : 'unknown error'}). Save the chart again from Org Workbench, or report the file.`)
  }
}
