// People said to report to someone else; a list of parts after the work it belongs to.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'

describe('people who report to someone else', () => {
  it('reads "none of whom report to …" and "who report to another manager" as not the role’s reports', () => {
    expect(warned('Holds disciplinary meetings for the bakery staff, none of whom report to him')).toBe('hr')
    expect(warned('Runs grievance hearings for drivers who report to another supervisor')).toBe('hr')
    expect(warned('Handles disciplinary cases for cleaners who report to a different manager')).toBe('hr')
  })

  it('still reads the role’s own reports as such', () => {
    expect(warned('Handles disciplinary cases for the cleaners who report to me')).toBeNull()
    expect(classifyLabel('Handles disciplinary cases for the cleaners who report to me').mode).toBe('direct-reports')
  })
})

describe('a list of parts after the work it belongs to', () => {
  it('does not count the parts of another department’s work against it', () => {
    expect(warned('Plans and runs the spring radio ad campaign – budget, targeting, reporting')).toBe('marketing')
  })

  it('leaves operational work with a list of its parts as operations', () => {
    expect(warned('Plans and runs the spring stock count – budget, targeting, reporting')).toBeNull()
  })
})
