// The chart as a responsibility table for spreadsheets: who holds which card, what the
// rules say about it and which exceptions the group accepted (with its reason). Cells are
// guarded so a label like "=HYPERLINK(…)" is shown as text, never run as a formula.

import type { Chart, Duty, Role } from '../model/chart'
import { indexChart } from '../model/index-chart'
import type { Finding, LintResult } from '../rules/types'
import { unparseRecords } from './papa'

export const MATRIX_COLUMNS = ['Role', 'Person', 'Department', 'Card', 'Kind', 'Category', 'Status', 'Finding', 'Accepted exception note'] as const

export const FINDING_STATUSES = { open: 'open warning', accepted: 'accepted', info: 'note', ok: 'ok' } as const
export type FindingStatus = (typeof FINDING_STATUSES)[keyof typeof FINDING_STATUSES]

/** Prepend to the text when writing a file Excel should read as UTF-8. */
export const EXCEL_BOM = '\uFEFF'

interface Verdict {
  readonly status: FindingStatus
  readonly finding: string
  readonly note: string
}

const slot = (roleId: string | null | undefined, dutyId: string | undefined): string => `${roleId ?? ''}|${dutyId ?? ''}`

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}

/** Findings and accepted exceptions grouped by the (role, card) they are about. */
function verdicts(lint: LintResult): (roleId: string | null, dutyId: string | undefined) => Verdict {
  const open = new Map<string, Finding[]>()
  const accepted = new Map<string, { finding: Finding; note: string }[]>()
  for (const f of lint.findings) push(open, slot(f.roleId, f.dutyId), f)
  for (const a of lint.accepted) push(accepted, slot(a.finding.roleId, a.finding.dutyId), { finding: a.finding, note: a.exception.note })
  return (roleId, dutyId) => {
    const o = open.get(slot(roleId, dutyId)) ?? []
    const a = accepted.get(slot(roleId, dutyId)) ?? []
    const warnings = o.filter((f) => f.severity !== 'info')
    const status: FindingStatus =
      warnings.length > 0 ? FINDING_STATUSES.open : a.length > 0 ? FINDING_STATUSES.accepted : o.length > 0 ? FINDING_STATUSES.info : FINDING_STATUSES.ok
    return {
      status,
      finding: [...o, ...a.map((x) => x.finding)].map((f) => f.message).join('; '),
      note: a.map((x) => x.note).join('; ')
    }
  }
}

function cardCells(d: Duty | null): string[] {
  return d ? [d.label, d.kind ?? 'duty', d.category ?? ''] : ['', '', '']
}

function roleCells(r: Role | null): string[] {
  return r ? [r.title, r.person ?? '', r.department ?? ''] : ['', '', '']
}

export interface MatrixOptions {
  /** Start with a byte-order mark so Excel opens accented text correctly. */
  readonly bom?: boolean
}

/**
 * One row per card held by a role, one per role-level finding, then one per card nobody
 * holds. Returns CSV text (every cell quoted, CRLF line ends).
 */
export function responsibilityMatrixCsv(chart: Chart, lint: LintResult, options: MatrixOptions = {}): string {
  const { dutiesByRole, unassigned } = indexChart(chart)
  const verdictOf = verdicts(lint)
  const rows: string[][] = []
  const row = (role: Role | null, duty: Duty | null, v: Verdict): void => {
    rows.push([...roleCells(role), ...cardCells(duty), v.status, v.finding, v.note])
  }
  for (const role of chart.roles) {
    for (const duty of dutiesByRole.get(role.id) ?? []) row(role, duty, verdictOf(role.id, duty.id))
    const roleLevel = verdictOf(role.id, undefined)
    if (roleLevel.finding) row(role, null, roleLevel)
  }
  for (const duty of unassigned) row(null, duty, verdictOf(null, duty.id))
  const csv = unparseRecords([...MATRIX_COLUMNS], rows)
  return options.bom ? EXCEL_BOM + csv : csv
}
