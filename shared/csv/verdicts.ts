// What the rules say about each (role, card) pair, for the responsibility matrix: open
// findings, accepted exceptions with the group's reason, or nothing at all.

import type { Finding, LintResult } from '../rules/types'

export const FINDING_STATUSES = { open: 'open warning', accepted: 'accepted', info: 'note', ok: 'ok' } as const
export type FindingStatus = (typeof FINDING_STATUSES)[keyof typeof FINDING_STATUSES]

export interface Verdict {
  readonly status: FindingStatus
  /** Messages of the open and accepted findings, joined. */
  readonly finding: string
  /** Notes of the accepted exceptions, joined. */
  readonly note: string
  /** Category of the first finding that names one ('' when none does). */
  readonly category: string
}

const slot = (roleId: string | null | undefined, dutyId: string | undefined): string => `${roleId ?? ''}|${dutyId ?? ''}`

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}

/** Findings and accepted exceptions grouped by the (role, card) they are about. */
export function verdicts(lint: LintResult): (roleId: string | null, dutyId: string | undefined) => Verdict {
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
    const all = [...o, ...a.map((x) => x.finding)]
    return {
      status,
      finding: all.map((f) => f.message).join('; '),
      note: a.map((x) => x.note).join('; '),
      category: all.find((f) => f.category)?.category ?? ''
    }
  }
}
