// Weak evidence that gives no warning: another department named only as where a looked-after
// thing is, the team's tools named only as a finished result put into use; and modes read from
// shapes: "onto" the production floor implements, work handed to the domain's own word or
// looked over is overseen, and a hyphened modal ("would-be") opens no clause.
// Each case names its signal; none is a tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category
const word = (label: string, lower: string) => parseLabel(label).words.find((w) => w.lower === lower)

describe('weak evidence: a department named only as a place, tools only as a result', () => {
  it('makes a domain named only as where a looked-after thing is weak', () => {
    const c = classifyLabel('Has the extractor fans in the IT server room checked every spring')
    expect(c.domain).toBe('it-software')
    expect(c.strength).toBe('weak')
  })

  it('keeps a domain that is the work itself strong, even with a place phrase', () => {
    expect(categoryOf('Writes code in Python for the stock app')).toBe('software-it')
    expect(categoryOf('Runs the press office in London')).toBe('public-relations')
  })

  it('reads the team\'s tools put into use as a finished result, not hands-on work', () => {
    const c = classifyLabel('Takes the new label printer from engineering into use at goods-in')
    expect(c.domain).not.toBe('hands-on-work')
    expect(categoryOf('Takes the new label printer from engineering into use at goods-in')).not.toBe('individual-tasks')
  })
})

describe('modes from shapes', () => {
  it('reads a finished method brought onto the production floor as implementing it', () => {
    expect(classifyLabel('Brings the validated cleaning method from the lab onto the bottling line').mode).toBe('implement')
  })

  it('reads work handed to the domain\'s own word, without a particle, as oversight', () => {
    expect(classifyLabel('Hands the scanning backlog to admin').mode).toBe('oversee')
    expect(classifyLabel('Passes the invoice filing to the accounts clerk').mode).toBe('oversee')
    // With a particle the recipients are the ones reached: handing out leaflets is the work.
    expect(categoryOf('Hands out leaflets to passers-by')).toBe('marketing-campaigns')
  })

  it('reads "looks over" and "goes over" how a team works as oversight', () => {
    expect(classifyLabel('Looks over how the reception admin team books meeting rooms').mode).toBe('oversee')
    expect(classifyLabel('Goes over how the post room team logs parcels').mode).toBe('oversee')
  })

  it('opens no clause at "to" before a hyphened modal ("would-be")', () => {
    expect(word('Talks to would-be investors about the results', 'would')?.clause).toBe(0)
    expect(classifyLabel('Talks to would-be investors about the results').domain).toBe('investor-relations')
  })
})

describe('shorthand and the company\'s own moves', () => {
  it('reads "w/" as "with" and "w/o" as "without"', () => {
    expect(word('Plans the night run w/ the drivers', 'with')?.prep).toBe('with')
    expect(word('Covers the dock w/o overtime', 'without')?.prep).toBe('without')
    expect(classifyLabel('Agrees trial dates w/ the R&D chemists').mode).toBe('coordinate')
  })

  it('reads a part of the company sold or bought, named by its noun, as strategy', () => {
    expect(categoryOf('Leads the sell-off of the hotel division')).toBe('strategy-vision')
    expect(categoryOf('Runs the purchase of a rival\'s bottling business')).toBe('strategy-vision')
  })
})

describe('a department\'s switch to a new system is its project', () => {
  it('reads a migration or switch to a new system named with a department as that department\'s project', () => {
    expect(categoryOf('Heads the sales team\'s migration to a new CRM')).toBe('non-operational-projects')
  })

  it('keeps a department\'s move to new rooms or suppliers operational', () => {
    expect(categoryOf('Manages the HR team\'s move to new offices')).not.toBe('non-operational-projects')
    expect(categoryOf('Runs the legal team\'s switch to a new printer supplier')).not.toBe('non-operational-projects')
  })
})

describe('people made to report in at every piece of work', () => {
  it('reads being made to radio, text or phone in before or after each job as control', () => {
    expect(categoryOf('Expects the cleaners to text him after each room')).toBe('micromanagement')
    expect(categoryOf('Makes every porter ring in at each ward')).not.toBe('public-relations')
  })

  it('leaves safety rules kept before each trip alone', () => {
    expect(categoryOf('Requires drivers to check the tyres before every trip')).not.toBe('micromanagement')
    expect(categoryOf('Requires the drivers to carry ID at every site')).not.toBe('micromanagement')
  })
})
