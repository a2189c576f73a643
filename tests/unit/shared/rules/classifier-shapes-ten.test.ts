// Cards where an arrow or dash says what the role does after someone else has done their
// part, records typed into a system, leading a software build, "fill in the …", and
// people told which thing (information) or which thing to do (an order).
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { readCardWording } from '@shared/rules/nlp/card-wording'

const strongDomain = (label: string) => {
  const c = classifyLabel(label)
  return c.strength === 'strong' ? c.domain : null
}

describe('arrows and dashes on cards', () => {
  it('reads what follows the arrow as the work once another team has acted', () => {
    expect(readCardWording('design signed off the new crate -> build it on line 2')).toBe('build it on line 2 when design signed off the new crate')
    expect(strongDomain('R&D finished the new glaze recipe -> roll it out to both kilns')).toBeNull()
    expect(['operations', null]).toContain(strongDomain('marketing launched the spring offer -> get the extra stock in'))
  })

  it('keeps the old reading when the part before the arrow is the role’s own work or a thing', () => {
    expect(readCardWording('Run the press office -> answer journalists')).toBe('Run the press office to answer journalists')
    expect(readCardWording('incident log -> legal')).toBe('send incident log to legal')
  })

  it('reads "me + IT:" as work done with that department', () => {
    expect(readCardWording('me + IT: test the new handheld app on the floor')).toBe('test the new handheld app on the floor with IT')
    expect(classifyLabel('me + IT: test the new handheld app on the floor').mode).toBe('coordinate')
  })

  it('reads "X input:" as input about what follows', () => {
    expect(classifyLabel('manufacturability input: can the line fill the new jar design?').mode).toBe('contribute')
  })
})

describe('records typed into a system', () => {
  it('is clerical work, done by hand or not', () => {
    expect(strongDomain('key every goods-in docket into the ERP myself')).toBe('clerical')
    expect(strongDomain('Types the daily kiln readings into the spreadsheet')).toBe('clerical')
  })
})

describe('leading a build of software', () => {
  it('runs another department’s project', () => {
    expect(strongDomain('leading the new booking app build')).toBe('other-projects')
    expect(strongDomain('Builds the new booking app')).toBe('it-software')
  })
})

describe('fill in', () => {
  it('fills something in when an object follows, and stands in when none does', () => {
    expect(strongDomain('fill in the capacity figures for the investor pack')).not.toBe('hands-on-work')
    expect(strongDomain('fill in on the tills when we are short')).toBe('hands-on-work')
    expect(readCardWording('fill in the customs forms')).toBe('fill in the customs forms')
  })
})

describe('telling people which', () => {
  it('is information for them, unless it says which thing to do', () => {
    expect(classifyLabel('tell the designers which crate sizes split in transit').mode).toBe('contribute')
    expect(classifyLabel('tell the pickers which aisle to clear next, one by one').mode).not.toBe('contribute')
  })
})
