// Helpers every rule uses: message templates, fingerprints, and turning a per-duty
// check into the whole-chart `check` of the Rule shape.

import type { Chart, Duty } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { contextFor } from './context'
import type { DutyRule, Finding, RuleContext, RuleMeta } from './types'

const compiled = new Map<string, readonly string[]>()

/** Fills `{{name}}` placeholders, ESLint-style. Templates are split once; findings are made by the thousand. */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  let parts = compiled.get(template)
  if (!parts) compiled.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)))
  let out = parts[0]
  for (let i = 1; i < parts.length; i += 2) out += (data[parts[i]] ?? `{{${parts[i]}}}`) + parts[i + 1]
  return out
}

export function fingerprint(ruleId: string, roleId: string | null, dutyId: string | undefined): string {
  return exceptionKey({ ruleId, roleId: roleId ?? undefined, dutyId })
}

const NONE: readonly never[] = Object.freeze([])

interface FindingInput {
  readonly messageId: string
  readonly roleId: string | null
  readonly dutyId: string
  readonly data: Readonly<Record<string, string>>
  readonly reason: string
  readonly category?: string
  readonly owner?: string
  readonly instead?: string
  readonly evidence?: Finding['evidence']
  readonly suggestions?: Finding['suggestions']
  readonly severity?: Finding['severity']
  readonly domain?: Finding['domain']
  readonly mode?: Finding['mode']
  readonly modeEvidence?: Finding['modeEvidence']
}

export function makeFinding(meta: RuleMeta, input: FindingInput): Finding {
  const template = meta.messages[input.messageId]
  if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${input.messageId}".`)
  const message = formatMessage(template, input.data)
  const evidence = input.evidence ?? NONE
  const suggestions = input.suggestions ?? NONE
  const fp = fingerprint(meta.id, input.roleId, input.dutyId)
  const ruleId = meta.id
  const severity = input.severity ?? meta.severity
  const { messageId, roleId, dutyId, reason } = input
  if (input.domain === undefined) return { ruleId, messageId, severity, roleId, dutyId, message, reason, evidence, suggestions, fingerprint: fp }
  // One literal per shape instead of building a finding and spreading it again: scope findings are made by the thousand.
  const { category, owner, instead, domain, mode } = input
  const modeEvidence = input.modeEvidence ?? NONE
  return { ruleId, messageId, severity, roleId, dutyId, message, reason, evidence, suggestions, fingerprint: fp, category, owner, instead, domain, mode, modeEvidence }
}

export function defineDutyRule(meta: RuleMeta, checkDuty: (ctx: RuleContext, duty: Duty) => Finding | null, options: { readonly needsCopies?: boolean } = {}): DutyRule {
  return {
    meta,
    checkDuty,
    ...(options.needsCopies ? { needsCopies: true } : {}),
    check: (chart: Chart) => {
      const ctx = contextFor(chart)
      const out: Finding[] = []
      for (const d of chart.duties) {
        const f = checkDuty(ctx, d)
        if (f) out.push(f)
      }
      return out
    }
  }
}
