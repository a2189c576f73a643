// A finished result put into production with the team's kit; words that only look like production or a handover.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { lintChart } from '@shared/rules/lint'
import { opsHolding, warned } from './fixtures'

describe('a finished result set up on the team’s machines', () => {
  it('reads setting up the press for a signed-off design as putting it in place, not as the team’s work', () => {
    const label = 'Once engineering signs off the new bracket, sets up the press to run it'
    expect(classifyLabel(label).mode).toBe('implement')
    const findings = lintChart(opsHolding([label])).findings.filter((f) => f.dutyId === 'd1' && f.severity !== 'info')
    expect(findings).toEqual([])
  })

  it('still warns on machines set up as a routine, and on the team’s work done in person', () => {
    expect(warned('Sets up the machines every morning for the operators')).toBe('hands-on-work')
    expect(warned('Implements the new sealing method by personally sealing every crate')).toBe('hands-on-work')
  })
})

describe('words that only look like a handover or production', () => {
  it('does not read "short-handed" as something handed over', () => {
    expect(classifyLabel('Drives the forklift whenever the yard crew is short-handed').mode).toBe('do')
    expect(warned('Drives the forklift whenever the yard crew is short-handed')).toBe('hands-on-work')
  })

  it('does not read "works" as a verb as the place things are made', () => {
    expect(warned('Works as a picker on the Saturday rota, moving pallets between aisles')).toBe('hands-on-work')
  })

  it('still reads "manufacturing" a finished design as putting it in place', () => {
    expect(classifyLabel('Starts manufacturing the signed-off lamp design').mode).toBe('implement')
  })
})
