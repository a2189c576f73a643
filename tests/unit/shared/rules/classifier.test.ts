import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { stem, tokenize } from '@shared/rules/text'

describe('classifyLabel: out-of-scope work', () => {
  it.each([
    ['Negotiate salaries with candidates', 'hr-beyond-operations'],
    ['negotiating salary packages', 'hr-beyond-operations'],
    ['Recruitment', 'hr-beyond-operations'],
    ['Set the long-term vision', 'strategy-vision'],
    ['Lead mergers and acquisitions', 'strategy-vision'],
    ['Secure funding from investors and banks', 'major-finance'],
    ['Design and run marketing campaigns', 'marketing-campaigns'],
    ['Maintain IT infrastructure', 'software-it'],
    ['write code', 'software-it'],
    ['Prototype new products', 'product-design'],
    ['Handle legal disputes', 'legal-compliance'],
    ['Run lab experiments', 'research-development'],
    ['Handle media inquiries', 'public-relations'],
    ['Present results to shareholders', 'investor-relations'],
    ['Lobby government', 'government-relations'],
    ['Cold-call prospects', 'customer-sales'],
    ['Pick and pack orders', 'individual-tasks'],
    ['Data entry', 'clerical-admin'],
    ['Answer phones', 'clerical-admin'],
    ['Check every email staff send', 'micromanagement'],
    ['Project manage the website redesign', 'non-operational-projects'],
    ['Responsible for recruiting, interviewing and negotiating salary packages with new hires across all departments.', 'hr-beyond-operations']
  ])('"%s" -> %s', (label, category) => {
    expect(classifyLabel(label).category).toBe(category)
  })
})

describe('classifyLabel: general phrasings for dismissals, pay, content, keying, desk-side IT and customer contracts', () => {
  it.each([
    ['Fire underperforming staff in other departments', 'hr-beyond-operations'],
    ['Terminate employees in the sales team', 'hr-beyond-operations'],
    ['Lay off staff in the marketing department', 'hr-beyond-operations'],
    ['Make redundancies across the business', 'hr-beyond-operations'],
    ['Set pay bands', 'hr-beyond-operations'],
    ['Decide annual pay increases for the company', 'hr-beyond-operations'],
    ['Write blog posts', 'marketing-campaigns'],
    ['Run A/B tests on the website', 'marketing-campaigns'],
    ['Run split tests on landing pages', 'marketing-campaigns'],
    ['Enter orders into the ERP', 'clerical-admin'],
    ['Transcribe handwritten delivery notes', 'clerical-admin'],
    ['Write up minutes of the board meeting', 'clerical-admin'],
    ['Fix the printer', 'software-it'],
    ['Help staff with IT problems', 'software-it'],
    ['Sign contracts with customers', 'customer-sales'],
    ['Renew customer contracts', 'customer-sales']
  ])('"%s" -> %s', (label, category) => {
    expect(classifyLabel(label).category).toBe(category)
  })

  it.each([
    'Fire safety training for all staff',
    'Pay attention to stock levels',
    'Maintain the label printers on the packing line',
    'Sign supply contracts with vendors',
    'Agree delivery terms with customers',
    'Type of defect recorded at goods-in'
  ])('leaves the same words in operations work alone: "%s"', (label) => {
    expect(classifyLabel(label).category).toBe('operations')
  })
})

describe('classifyLabel: in-scope counterparts that share words with out-of-scope work', () => {
  it.each([
    ['Schedule warehouse shifts', 'Workforce and shift scheduling'],
    ['Ensure fulfilment matches marketing promises', 'Fulfilment and service that match marketing promises'],
    ['Align order fulfillment and customer service with marketing promises', 'Fulfilment and service that match marketing promises'],
    ['Provide operational feasibility assessments for new strategies', 'Operational feasibility of strategies'],
    ['Present cost-benefit analyses for operational improvements', 'Operations budget and cost-benefit cases for improvements'],
    ['Manage team performance against operational targets', 'Performance management against operational targets'],
    ['Identify training needs within the team', 'Identifying training needs in the team'],
    ['Discipline direct reports', 'Discipline and conduct of direct reports'],
    ['Work with IT to ensure systems support operations', 'Working with IT and other teams so systems support operations'],
    ['Configure the warehouse management system with IT', 'Working with IT and other teams so systems support operations'],
    ['Roll out the new WMS with the IT team', 'Working with IT and other teams so systems support operations'],
    ['Ensure operational processes comply with regulations', 'Keeping operational processes within regulations'],
    ['Implement R&D outcomes in production', 'Implementing R&D outcomes and finished designs in production'],
    ['Bring finalised designs into production', 'Implementing R&D outcomes and finished designs in production'],
    ['Provide operational performance data to investor relations', 'Operational data and reports for others'],
    ['Support sales by ensuring on-time delivery', 'Supporting sales by delivering on time to expectations'],
    ['Delegate data entry to the admin team', 'Overseeing and delegating admin work'],
    ['Monitor team performance against goals', 'Performance management against operational targets'],
    ['Take part in cross-functional projects', 'Taking part in cross-functional projects'],
    ['Manage operational projects such as the warehouse fit-out', 'Operational project management']
  ])('"%s" is operations (%s)', (label, counterpart) => {
    const c = classifyLabel(label)
    expect(c.category).toBe('operations')
    expect(c.counterpart).toBe(counterpart)
  })

  it.each(['Process improvement', 'Reduce waste', 'Manage inventory levels', 'Supply chain management', 'Quality control', 'Vendor management', 'Capacity planning', 'Health and safety on site', 'Facilities management', 'Manage the operations budget', 'logistics'])(
    'core operations work "%s" is operations',
    (label) => expect(classifyLabel(label).category).toBe('operations')
  )
})

describe('classifyLabel: explanations and unknowns', () => {
  it('returns the words that decided, as written in the label', () => {
    const c = classifyLabel('Negotiate Salaries with candidates')
    expect(c.evidence).toContain('Negotiate Salaries')
  })

  it('gives no category, and no evidence, to labels it does not recognise', () => {
    for (const label of ['Misc', 'Other things', '', '   ', 'Thursday']) {
      expect(classifyLabel(label)).toMatchObject({ category: null, evidence: [] })
    }
  })

  it('treats case, plurals and verb forms alike', () => {
    const forms = ['negotiate salaries', 'NEGOTIATING SALARY', 'Negotiated salaries', 'salary negotiations']
    for (const f of forms) expect(classifyLabel(f).category).toBe('hr-beyond-operations')
  })

  it('tells the IT department from the pronoun "it"', () => {
    expect(tokenize('Work with IT').map((t) => t.raw)).toContain('infotech')
    expect(tokenize('make it happen').map((t) => t.raw)).not.toContain('infotech')
    expect(tokenize('liaise with the it team').map((t) => t.raw)).toContain('infotech')
  })

  it('keeps "with" only before IT, where it means working alongside the IT team', () => {
    expect(tokenize('Configure the WMS with the IT team').map((t) => t.raw)).toEqual(['configure', 'wms', 'with', 'infotech', 'team'])
    expect(tokenize('Help with the rota').map((t) => t.raw)).toEqual(['help', 'rota'])
  })

  it('reads "A/B" as one word, a split test', () => {
    expect(tokenize('Run A/B tests').map((t) => t.raw)).toEqual(['run', 'split', 'tests'])
  })

  it('folds plurals and verb endings but keeps "marketing" apart from "market"', () => {
    expect(stem('salaries')).toBe(stem('salary'))
    expect(stem('scheduling')).toBe(stem('schedule'))
    expect(stem('marketing')).not.toBe(stem('market'))
  })
})
