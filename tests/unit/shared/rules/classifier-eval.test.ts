// Regression guard over the labelled phrasings in tests/eval: a change to the
// patterns that costs accuracy or makes wrong warnings fails here.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type EvalItem, evaluate } from '../../../eval/evaluate'

const items = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../eval/duty-phrasings.json'), 'utf8')) as EvalItem[]

describe('duty classifier on the labelled evaluation set', () => {
  const report = evaluate(items)

  it('covers every category with enough phrasings', () => {
    expect(items.length).toBeGreaterThanOrEqual(240)
    for (const c of report.perCategory) expect(c.support).toBeGreaterThanOrEqual(c.category === 'operations' ? 60 : 10)
  })

  it('classifies at least 97% of phrasings into the right category', () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(0.97)
  })

  it('raises a wrong warning for at most 1% of warnings', () => {
    expect(report.warningPrecision).toBeGreaterThanOrEqual(0.99)
  })
})
