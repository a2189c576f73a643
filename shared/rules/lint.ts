// Placeholder until the rule pack lands: keeps the renderer compiling.
import type { Chart } from '../model/chart'
import type { LintResult } from './types'

export function lintChart(_chart: Chart): LintResult {
  return { findings: [], accepted: [], stale: [] }
}
