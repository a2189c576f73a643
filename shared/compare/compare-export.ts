// A comparison as a document for the workshop notes (Markdown) and as a table for a
// spreadsheet (CSV, one row per change).

import Papa from 'papaparse/papaparse.js'
import type { Comparison, DutyMove, FindingChange } from './compare-charts'
import { mdList, mdText } from './markdown-text'

const NOBODY = 'Unassigned'

const pct = (n: number) => `${n.toFixed(1)}%`

function findingLine(f: FindingChange): string {
  const where = [f.label ? `**${mdText(f.label)}**` : null, f.role ? `on ${mdText(f.role)}` : null].filter(Boolean).join(' ')
  const owner = f.owner ? ` (usually owned by ${mdText(f.owner)})` : ''
  const accepted = f.accepted ? ' — accepted as an exception' : ''
  return `${where ? `${where}: ` : ''}${mdText(f.message)}${owner}${accepted}`
}

function moveLine(m: DutyMove): string {
  return `**${mdText(m.label)}**: ${mdText(m.from ?? NOBODY)} → ${mdText(m.to ?? NOBODY)}`
}

export function comparisonMarkdown(cmp: Comparison, aTitle: string, bTitle: string): string {
  const a = mdText(aTitle)
  const b = mdText(bTitle)
  const row = (label: string, x: string | number, y: string | number) => `| ${label} | ${x} | ${y} |`
  const section = (title: string, items: readonly string[]) => ['', `## ${title} (${items.length})`, '', ...mdList(items)]
  return [
    `# Comparison: ${a} and ${b}`,
    '',
    `| | ${a} | ${b} |`,
    '|---|---:|---:|',
    row('Compliance (cards held without a scope warning)', pct(cmp.a.compliance), pct(cmp.b.compliance)),
    row('Roles', cmp.a.roles, cmp.b.roles),
    row('Cards held by a role', cmp.a.assignments, cmp.b.assignments),
    row('Open scope warnings', cmp.a.openWarnings, cmp.b.openWarnings),
    ...section('Roles added', cmp.rolesAdded.map((r) => mdText(r.title))),
    ...section('Roles removed', cmp.rolesRemoved.map((r) => mdText(r.title))),
    ...section('Roles retitled', cmp.rolesRetitled.map((r) => `${mdText(r.from)} → ${mdText(r.to)}`)),
    ...section('Duties moved', cmp.dutiesMoved.map(moveLine)),
    ...section('Duties added', cmp.dutiesAdded.map((d) => `**${mdText(d.label)}**${d.role ? ` on ${mdText(d.role)}` : ' (unassigned)'}`)),
    ...section('Duties removed', cmp.dutiesRemoved.map((d) => `**${mdText(d.label)}**${d.role ? ` from ${mdText(d.role)}` : ' (unassigned)'}`)),
    ...section('Findings fixed', cmp.findingsFixed.map(findingLine)),
    ...section('Findings introduced', cmp.findingsIntroduced.map(findingLine)),
    ''
  ].join('\n')
}

export const CSV_COLUMNS = ['kind', 'item', 'from', 'to', 'detail'] as const
type CsvRow = readonly [string, string, string, string, string]

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ (or a tab/CR that hides one)
 * as a formula; an apostrophe makes it plain text again.
 */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** A fixed finding was on a role in the first chart ("from"), an introduced one is on a role in the second ("to"). */
function findingRow(kind: 'Finding fixed' | 'Finding introduced', f: FindingChange): CsvRow {
  const detail = [f.message, f.owner ? `usually owned by ${f.owner}` : '', f.accepted ? 'accepted as an exception' : ''].filter(Boolean).join('; ')
  const role = f.role ?? ''
  return kind === 'Finding fixed' ? [kind, f.label ?? f.message, role, '', detail] : [kind, f.label ?? f.message, '', role, detail]
}

export function comparisonRows(cmp: Comparison): CsvRow[] {
  return [
    ['Compliance', 'Cards held without a scope warning', pct(cmp.a.compliance), pct(cmp.b.compliance), `${cmp.a.openWarnings} → ${cmp.b.openWarnings} open scope warnings`],
    ...cmp.rolesAdded.map((r): CsvRow => ['Role added', r.title, '', '', '']),
    ...cmp.rolesRemoved.map((r): CsvRow => ['Role removed', r.title, '', '', '']),
    ...cmp.rolesRetitled.map((r): CsvRow => ['Role retitled', r.to, r.from, r.to, '']),
    ...cmp.dutiesMoved.map((m): CsvRow => ['Duty moved', m.label, m.from ?? NOBODY, m.to ?? NOBODY, '']),
    ...cmp.dutiesAdded.map((d): CsvRow => ['Duty added', d.label, '', d.role ?? NOBODY, '']),
    ...cmp.dutiesRemoved.map((d): CsvRow => ['Duty removed', d.label, d.role ?? NOBODY, '', '']),
    ...cmp.findingsFixed.map((f) => findingRow('Finding fixed', f)),
    ...cmp.findingsIntroduced.map((f) => findingRow('Finding introduced', f))
  ]
}

export function comparisonCsv(cmp: Comparison): string {
  const data = comparisonRows(cmp).map((row) => row.map(csvSafe))
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })
}
