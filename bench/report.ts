// Collects the figures as rows, prints them as a table (with the targets for the
// biggest chart) and writes bench/results.json.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Machine } from './machine'
import { round } from './stats'

export interface ResultRow {
  readonly name: string
  readonly roles: number
  readonly value: number | null
  readonly unit: string
  /** The same measure on the bare React Flow page (or, for export-vs-screenshot, on our own export). */
  readonly baseline?: number
  /** value / baseline. */
  readonly ratio?: number
  readonly note?: string
  /** Why there is no value. */
  readonly skipped?: string
}

/** rAF timestamps of a steady 60 Hz run scatter a little around 16.67 ms; a frame within this of it is one frame. */
const FRAME_JITTER_MS = 0.3

/** Targets for the 2,000-role chart: an upper bound, and for canvas work a bound on the ratio to the baseline. */
export const TARGETS: Readonly<Record<string, { max: number; maxRatio?: number; tolerance?: number }>> = {
  'open.first-full-render': { max: 1500 },
  'drag.frame-p95': { max: 16.7, maxRatio: 1.25, tolerance: FRAME_JITTER_MS },
  'pan.frame-p95': { max: 16.7, maxRatio: 1.25, tolerance: FRAME_JITTER_MS },
  'zoom.frame-p95': { max: 16.7, maxRatio: 1.25, tolerance: FRAME_JITTER_MS },
  'drop.warning-p95': { max: 50 },
  'lint.full': { max: 50 },
  'lint.incremental': { max: 2 }
}
export const TARGET_ROLES = 2000

export class Results {
  readonly rows: ResultRow[] = []

  add(name: string, roles: number, value: number, unit: string, extra: { baseline?: number; note?: string } = {}): void {
    const digits = unit === 'bytes' || unit === 'count' ? 0 : 2
    const row: ResultRow = { name, roles, value: round(value, digits), unit }
    const base = extra.baseline
    const ratio = base !== undefined && base > 0 ? { baseline: round(base, digits), ratio: round(value / base, 2) } : base !== undefined ? { baseline: round(base, digits) } : {}
    this.rows.push({ ...row, ...ratio, ...(extra.note ? { note: extra.note } : {}) })
  }

  skip(name: string, roles: number, unit: string, why: string): void {
    this.rows.push({ name, roles, value: null, unit, skipped: why })
  }

  write(dir: string, machine: Machine): void {
    writeFileSync(join(dir, 'results.json'), JSON.stringify(this.rows, null, 2) + '\n')
    writeFileSync(join(dir, 'machine.json'), JSON.stringify({ ...machine, date: new Date().toISOString() }, null, 2) + '\n')
  }

  table(): string {
    const head = ['measure', 'roles', 'value', 'baseline', 'ratio', 'target (2,000 roles)']
    const body = this.rows.map((r) => {
      const t = TARGETS[r.name]
      let target = ''
      if (t && r.roles === TARGET_ROLES && r.value !== null) {
        const okMax = r.value <= t.max + (t.tolerance ?? 0)
        const okRatio = t.maxRatio === undefined || r.ratio === undefined || r.ratio <= t.maxRatio
        target = `${okMax && okRatio ? 'met' : 'MISSED'} (≤ ${t.max} ms${t.tolerance ? ` ±${t.tolerance} jitter` : ''}${t.maxRatio ? `, ≤ ${t.maxRatio}× baseline` : ''})`
      }
      const value = r.value === null ? `skipped: ${r.skipped}` : `${fmt(r.value)} ${r.unit}`
      return [r.name, String(r.roles), value + (r.note ? ` (${r.note})` : ''), r.baseline !== undefined ? fmt(r.baseline) : '', r.ratio !== undefined ? `${r.ratio}×` : '', target]
    })
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')
  }
}

const fmt = (v: number): string => (Math.abs(v) >= 10_000 ? Math.round(v).toLocaleString('en-US') : String(v))
