// `npm run check -- FILE [--json]`: lints a chart file from the command line, for CI or a
// quick look without the app. Exit codes: 0 no warnings, 1 warnings, 2 the input could
// not be used. The logic is a function of its arguments and output streams so tests can
// run it in-process on many inputs; check.ts is the entry point. Imports are relative
// because tsx does not apply the @shared alias here.

import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Chart } from '../shared/model/chart'
import { indexChart } from '../shared/model/index-chart'
import { CHART_LIMITS, type FileProblem, parseChartFile } from '../shared/format/chart-file'
import { lintChart } from '../shared/rules/lint'
import { describeMode } from '../shared/rules/scope-findings'
import type { Finding, LintResult } from '../shared/rules/types'

/** Where the command writes; the process streams unless a test passes its own. */
export interface CheckIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

const PROCESS_IO: CheckIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
}

const USAGE = `Usage: npm run check -- FILE [--json]

Checks an Org Workbench chart file (*.orgchart.json) against the role-scope rules.

  FILE      the chart file to check
  --json    print { "findings", "accepted", "stale" } as JSON instead of text
  --help    show this help

Exit status: 0 no warnings (info findings alone are fine), 1 warnings or errors found,
2 the file or the arguments could not be used.`

class InputError extends Error {
  constructor(message: string, readonly problems: readonly FileProblem[] = []) {
    super(message)
  }
}

interface Args {
  readonly file: string
  readonly json: boolean
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  let file: string | undefined
  let json = false
  let flagsDone = false
  for (const arg of argv) {
    if (!flagsDone && arg === '--') flagsDone = true
    else if (!flagsDone && (arg === '--help' || arg === '-h')) return 'help'
    else if (!flagsDone && arg === '--json') json = true
    else if (!flagsDone && arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option "${arg}". Run with --help to see the options.`)
    else if (file !== undefined) throw new InputError(`give one file at a time (got "${file}" and "${arg}").`)
    else file = arg
  }
  if (file === undefined) throw new InputError('no chart file given. Usage: npm run check -- FILE [--json]')
  return { file, json }
}

function readChart(file: string): { chart: Chart; warnings: string[] } {
  const path = resolve(file)
  let text: string
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new InputError(`"${file}" is a folder; give the path of a chart file.`)
    if (stat.size > CHART_LIMITS.maxFileBytes)
      throw new InputError(`"${file}" is ${(stat.size / 1048576).toFixed(1)} MB; chart files can be at most ${CHART_LIMITS.maxFileBytes / 1048576} MB.`)
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if (err instanceof InputError) throw err
    const code = (err as { code?: string }).code
    if (code === 'ENOENT') throw new InputError(`cannot find "${file}" (looked at ${path}). Check the path.`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`no permission to read "${file}".`)
    throw new InputError(`cannot read "${file}" (${code ?? (err instanceof Error ? err.message : 'unknown error')}).`)
  }
  const parsed = parseChartFile(text)
  if (!parsed.ok) throw new InputError(`"${file}" is not a valid chart file.`, parsed.problems)
  return parsed
}

/** Chart text may hold control characters (even terminal escape codes): show them as escapes. */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const suggestionsOf = (f: Finding) => f.suggestions.map((s) => ({ id: s.id, title: s.title }))

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    roleId: f.roleId,
    dutyId: f.dutyId ?? null,
    category: f.category ?? null,
    message: f.message,
    reason: f.reason,
    owner: f.owner ?? null,
    instead: f.instead ?? null,
    domain: f.domain ?? null,
    mode: f.mode ?? null,
    evidence: f.evidence,
    modeEvidence: f.modeEvidence ?? [],
    suggestions: suggestionsOf(f),
    fingerprint: f.fingerprint
  }
}

function toJson(result: LintResult): string {
  return JSON.stringify(
    {
      findings: result.findings.map(findingJson),
      accepted: result.accepted.map((a) => ({ ...findingJson(a.finding), note: a.exception.note })),
      stale: result.stale.map((e) => ({ ruleId: e.ruleId, roleId: e.roleId ?? null, dutyId: e.dutyId ?? null, note: e.note }))
    },
    null,
    2
  )
}

function toText(chart: Chart, result: LintResult): string {
  const { roleById, dutyById } = indexChart(chart)
  const roleName = (id: string | null | undefined) => {
    const r = id ? roleById.get(id) : undefined
    if (!r) return id ? `Role ${id} (no longer in the chart)` : 'Held by nobody'
    return r.person ? `${r.title || '(untitled role)'} — ${r.person}` : r.title || '(untitled role)'
  }
  const dutyLabel = (id: string | undefined) => (id ? (dutyById.get(id)?.label ?? `duty ${id} (no longer in the chart)`) : undefined)
  const out: string[] = [chart.title || '(untitled chart)', `${chart.roles.length} roles, ${chart.duties.length} duties`, '']

  const byRole = new Map<string | null, Finding[]>()
  for (const f of result.findings) byRole.set(f.roleId, [...(byRole.get(f.roleId) ?? []), f])
  for (const [roleId, findings] of byRole) {
    out.push(roleName(roleId))
    for (const f of findings) {
      const label = dutyLabel(f.dutyId)
      const about = label && !f.message.includes(label) ? ` [${label}]` : ''
      out.push(`  ${f.severity.padEnd(7)}  ${f.message}${about}`)
      if (f.reason) out.push(`           Why: ${f.reason}`)
      if (f.owner) out.push(`           Usually owned by ${f.owner}.`)
      if (f.instead) out.push(`           Instead: ${f.instead}`)
      if (f.evidence.length) out.push(`           Words: ${f.evidence.map((w) => `'${w}'`).join(', ')}; held as ${describeMode(f) ?? 'doing it'}.`)
      for (const s of f.suggestions) out.push(`           Suggestion: ${s.title}`)
    }
    out.push('')
  }
  if (result.accepted.length) {
    out.push(`Accepted exceptions (${result.accepted.length})`)
    for (const a of result.accepted) {
      const label = dutyLabel(a.finding.dutyId)
      out.push(`  ${roleName(a.finding.roleId)}${label ? `: ${label}` : ''}  [${a.finding.ruleId}]`, `           Note: ${a.exception.note}`)
    }
    out.push('')
  }
  if (result.stale.length) {
    out.push(`Stale exceptions (${result.stale.length}): the finding they accepted no longer occurs; remove them.`)
    for (const e of result.stale) {
      const label = dutyLabel(e.dutyId)
      out.push(`  ${e.roleId ? roleName(e.roleId) : 'Any role'}${label ? `: ${label}` : ''}  [${e.ruleId}]`, `           Note: ${e.note}`)
    }
    out.push('')
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length
  const warnings = result.findings.filter((f) => f.severity === 'warning').length
  const infos = result.findings.length - warnings - errors
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  out.push(
    `${errors ? `${plural(errors, 'error')}, ` : ''}${plural(warnings, 'warning')}, ${infos} info, ${result.accepted.length} accepted, ${result.stale.length} stale.` +
      (warnings + errors === 0 ? ' No warnings.' : '')
  )
  return out.map(printable).join('\n')
}

function main(argv: readonly string[], io: CheckIo): number {
  let json = false
  try {
    const args = parseArgs(argv)
    if (args === 'help') {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    json = args.json
    const { chart, warnings } = readChart(args.file)
    for (const w of warnings) io.stderr(`check: note: ${printable(w)}\n`)
    const result = lintChart(chart)
    io.stdout(`${json ? toJson(result) : toText(chart, result)}\n`)
    return result.findings.some((f) => f.severity !== 'info') ? 1 : 0
  } catch (err) {
    if (err instanceof InputError) {
      const lines = [`check: ${err.message}`, ...err.problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`)]
      io.stderr(`${lines.map(printable).join('\n')}\n`)
      if (json && err.problems.length) io.stdout(`${JSON.stringify({ problems: err.problems }, null, 2)}\n`)
      return 2
    }
    // Anything else is a fault in the checker, not in the file: say so briefly, no stack.
    io.stderr(`check: the checker failed unexpectedly (${err instanceof Error ? err.message : String(err)}). Please report this with the file.\n`)
    return 2
  }
}

/** Runs the check command; resolves to its exit status (0 no warnings, 1 warnings, 2 unusable input). */
export async function runCheck(argv: readonly string[], io: CheckIo = PROCESS_IO): Promise<number> {
  return main(argv, io)
}
