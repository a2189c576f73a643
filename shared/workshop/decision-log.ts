// What a workshop decided about each finding, and the Markdown handout made from it.
// Decisions copy the role title and duty label at the moment of deciding, so the log
// still reads right after the chart has changed (a duty moved, a role renamed).

import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { Finding } from '../rules/types'

export const DECISION_KINDS = ['applied', 'accepted', 'parked'] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

export interface Decision {
  /** ISO time the decision was taken. */
  readonly at: string
  readonly kind: DecisionKind
  readonly findingFingerprint: string
  readonly ruleId: string
  readonly roleTitle: string
  readonly dutyLabel: string
  readonly message: string
  /** Title of the suggestion applied (kind "applied"). */
  readonly suggestionTitle?: string
  /** Why the group accepted it (kind "accepted"). */
  readonly note?: string
}

/** Records a decision about a finding, reading names from the chart as it is before the change. */
export function makeDecision(
  finding: Finding,
  chart: Chart,
  kind: DecisionKind,
  at: string,
  extra: { readonly suggestionTitle?: string; readonly note?: string } = {}
): Decision {
  const index = indexChart(chart)
  const role = finding.roleId ? index.roleById.get(finding.roleId) : undefined
  const duty = finding.dutyId ? index.dutyById.get(finding.dutyId) : undefined
  return {
    at,
    kind,
    findingFingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    roleTitle: role?.title ?? '',
    dutyLabel: duty?.label ?? '',
    message: finding.message,
    ...(extra.suggestionTitle ? { suggestionTitle: extra.suggestionTitle } : {}),
    ...(extra.note ? { note: extra.note } : {})
  }
}

/**
 * Findings parked and still open: the latest "parked" decision per finding, unless a
 * later decision settled it or the finding no longer occurs.
 */
export function parkedStillOpen(decisions: readonly Decision[], openFingerprints: ReadonlySet<string>): readonly Decision[] {
  const latest = new Map<string, Decision>()
  for (const d of decisions) latest.set(d.findingFingerprint, d)
  return [...latest.values()].filter((d) => d.kind === 'parked' && openFingerprints.has(d.findingFingerprint))
}

export interface DecisionLogOptions {
  /** Date printed under the title; defaults to today. */
  readonly date?: Date
  /** Shows a decision's time; defaults to local HH:MM. */
  readonly time?: (iso: string) => string
}

const pad = (n: number): string => String(n).padStart(2, '0')

function localTime(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Plain text made safe for Markdown: one line, no markup characters taking effect. */
export function markdownText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
}

const where = (d: Decision): string =>
  `${d.dutyLabel ? markdownText(d.dutyLabel) : markdownText(d.message)} — ${d.roleTitle ? markdownText(d.roleTitle) : 'held by nobody'}`

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)]
}

/**
 * The decision log as Markdown: suggestions applied, exceptions accepted (with the
 * group's note) and findings parked for later. `decisions` is the session's log in
 * order; "parked" entries in it are ignored here because `parked` says which are
 * still waiting.
 */
export function decisionLogMarkdown(
  chartTitle: string,
  decisions: readonly Decision[],
  parked: readonly Decision[],
  options: DecisionLogOptions = {}
): string {
  const time = options.time ?? localTime
  const applied = decisions.filter((d) => d.kind === 'applied')
  const accepted = decisions.filter((d) => d.kind === 'accepted')
  const title = markdownText(chartTitle) || 'Untitled chart'
  const lines: string[] = [
    `# Decision log: ${title}`,
    '',
    `Date: ${localDate(options.date ?? new Date())}`,
    '',
    `${applied.length} suggestion${applied.length === 1 ? '' : 's'} applied, ${accepted.length} accepted as exception${accepted.length === 1 ? '' : 's'}, ${parked.length} parked for later.`,
    '',
    '## Suggestions applied',
    ''
  ]
  if (applied.length === 0) lines.push('None.')
  else
    lines.push(
      ...table(
        ['Time', 'Work', 'Role', 'Finding', 'Change made'],
        applied.map((d) => [time(d.at), markdownText(d.dutyLabel) || '—', markdownText(d.roleTitle) || '—', markdownText(d.message), markdownText(d.suggestionTitle ?? '')])
      )
    )
  lines.push('', '## Accepted as exceptions', '')
  if (accepted.length === 0) lines.push('None.')
  else
    lines.push(
      ...table(
        ['Time', 'Work', 'Role', 'Finding', 'Why it stays'],
        accepted.map((d) => [time(d.at), markdownText(d.dutyLabel) || '—', markdownText(d.roleTitle) || '—', markdownText(d.message), markdownText(d.note ?? '')])
      )
    )
  lines.push('', '## Parked for later', '')
  if (parked.length === 0) lines.push('Nothing parked.')
  else for (const d of parked) lines.push(`- ${where(d)}: ${markdownText(d.message)} (parked at ${time(d.at)})`)
  lines.push('')
  return lines.join('\n')
}
