// Regression guard over the tuning sets in tests/eval: a change to the classifier or
// the packs that costs accuracy or raises wrong warnings fails here. The held-out sets
// are only measured (npm run eval:classifier), never used as a target here.

import { describe, expect, it } from 'vitest'
import { tuningSets } from '../../../eval/eval-sets'
import { evaluateDuties } from '../../../eval/evaluate'

const [original] = tuningSets()

describe('rules on the original tuning phrasings', () => {
  const report = evaluateDuties(original.duties)

  it('covers every domain with enough phrasings', () => {
    expect(original.duties.length).toBeGreaterThanOrEqual(240)
    for (const d of report.perDomain) expect(d.total).toBeGreaterThanOrEqual(d.key === 'operations' ? 60 : 10)
  })

  it('gets at least 97% of duties right', () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(0.97)
  })

  it('raises a wrong warning for at most 1% of warnings', () => {
    expect(report.warningPrecision).toBeGreaterThanOrEqual(0.99)
  })
})
