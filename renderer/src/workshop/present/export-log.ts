// Saves the decision log as a Markdown file: a save dialog on the desktop, a download
// in the browser. Parked findings are listed only while they are still open.

import type { Chart } from '@shared/model/chart'
import type { LintResult } from '@shared/rules/types'
import { decisionLogMarkdown, parkedStillOpen, type Decision } from '@shared/workshop/decision-log'
import { platform, PlatformError } from '../../platform/bridge'
import { notify } from '../../state/store'

export function parkedOpen(decisions: readonly Decision[], lint: LintResult): readonly Decision[] {
  return parkedStillOpen(decisions, new Set(lint.findings.map((f) => f.fingerprint)))
}

export async function exportDecisionLog(chart: Chart, lint: LintResult, decisions: readonly Decision[]): Promise<void> {
  const text = decisionLogMarkdown(chart.title, decisions, parkedOpen(decisions, lint))
  try {
    const name = await platform.saveExport({ text, suggestedName: `${chart.title || 'Untitled chart'} decision log`, mime: 'text/markdown' })
    if (name) notify('success', `Decision log saved as “${name}”.`)
  } catch (e) {
    const why = e instanceof PlatformError ? e.message : 'The file could not be written.'
    notify('error', `Could not save the decision log. ${why} Try again, or choose another folder.`)
  }
}
