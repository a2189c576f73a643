import { describe, expect, it } from 'vitest'
import { classifyLabel, modeExplanation } from '@shared/rules/classifier'
import { effectiveCategory } from '@shared/rules/effective-category'
import { parseLabel } from '@shared/rules/nlp/parse'

/** The Operations Manager category a free-text card counts as (out-of-scope id, or operations). */
const categoryOf = (label: string) => effectiveCategory({ id: 'd', label }).category


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
    expect(categoryOf(label)).toBe(category)
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
    expect(categoryOf(label)).toBe(category)
  })

  it.each([
    'Fire safety training for all staff',
    'Pay attention to stock levels',
    'Maintain the label printers on the packing line',
    'Sign supply contracts with vendors',
    'Agree delivery terms with customers',
    'Type of defect recorded at goods-in'
  ])('leaves the same words in operations work alone: "%s"', (label) => {
    expect(categoryOf(label)).toBe('operations')
  })
})

describe('in-scope counterparts that share words with out-of-scope work', () => {
  it.each([
    ['Schedule warehouse shifts'],
    ['Ensure fulfilment matches marketing promises'],
    ['Align order fulfillment and customer service with marketing promises'],
    ['Provide operational feasibility assessments for new strategies'],
    ['Present cost-benefit analyses for operational improvements'],
    ['Manage team performance against operational targets'],
    ['Identify training needs within the team'],
    ['Discipline direct reports'],
    ['Work with IT to ensure systems support operations'],
    ['Configure the warehouse management system with IT'],
    ['Roll out the new WMS with the IT team'],
    ['Ensure operational processes comply with regulations'],
    ['Implement R&D outcomes in production'],
    ['Bring finalised designs into production'],
    ['Provide operational performance data to investor relations'],
    ['Support sales by ensuring on-time delivery'],
    ['Delegate data entry to the admin team'],
    ['Monitor team performance against goals'],
    ['Take part in cross-functional projects'],
    ['Manage operational projects such as the warehouse fit-out']
  ])('"%s" is in scope', (label) => {
    expect(['operations', null]).toContain(categoryOf(label))
  })

  it.each(['Process improvement', 'Reduce waste', 'Manage inventory levels', 'Supply chain management', 'Quality control', 'Vendor management', 'Capacity planning', 'Health and safety on site', 'Facilities management', 'Manage the operations budget', 'logistics'])(
    'core operations work "%s" is operations',
    (label) => expect(classifyLabel(label).domain).toBe('operations')
  )
})

describe('involvement modes, with the words that decided them', () => {
  it.each([
    ['Delegate data entry to the admin team', 'oversee', 'Delegate'],
    ['Hand over data entry to a clerk', 'oversee', 'Hand over'],
    ['Prepare operational data for the annual report to shareholders', 'contribute', 'Prepare'],
    ['Give the board an operational feasibility view on the merger', 'contribute', 'operational feasibility'],
    ['Start production of the approved packaging design', 'implement', 'Start'],
    ['Roll out the new ERP software to the depots', 'implement', 'Roll out'],
    ['Agree the campaign calendar with the marketing team', 'coordinate', 'with'],
    ['Support sales by delivering on time', 'support', 'Support'],
    ['Hold disciplinary meetings with direct reports', 'direct-reports', 'direct reports'],
    ['Make sure shipments comply with customs law', 'own-operations', 'comply'],
    ['Negotiate salaries with candidates', 'do', 'Negotiate']
  ])('"%s" is held as %s', (label, mode, cue) => {
    const c = classifyLabel(label)
    expect(c.mode).toBe(mode)
    expect(c.modeCue.join(' ')).toContain(cue.split(' ')[0])
  })

  it('explains a mode in words', () => {
    expect(modeExplanation(classifyLabel('Delegate filing to the office team'))).toBe("'Delegate' → oversight")
  })
})

describe('a domain word used as a modifier does not decide alone', () => {
  it.each([
    'Maintain the laboratory cold storage equipment',
    "Manage the HR department's office supplies budget",
    'Book maintenance for the IT server room air conditioning',
    'Schedule deliveries to the sales offices'
  ])('"%s" is not flagged', (label) => {
    expect(categoryOf(label)).toBe('operations')
  })
})

describe('wording the patterns of old did not know', () => {
  it.each([
    ['Code the returns portal', 'software-it'],
    ['Coding of the picking app', 'software-it'],
    ['Coded the new label templates in the firmware', 'software-it'],
    ['Engineer the next gearbox', 'product-design'],
    ['Unload the morning delivery trucks', 'individual-tasks'],
    ['Count stock in aisle 4 every Friday', 'individual-tasks'],
    ['Arrange a credit line with the bank', 'major-finance'],
    ['Track each worker\'s location by GPS all day', 'micromanagement'],
    ['Appear on local radio to talk about the company', 'public-relations']
  ])('"%s" -> %s', (label, category) => {
    expect(categoryOf(label)).toBe(category)
  })
})

describe('classifyLabel: explanations and unknowns', () => {
  it('returns the words that decided, as written in the label', () => {
    const c = classifyLabel('Negotiate Salaries with candidates')
    expect(c.evidence).toContain('Salaries')
  })

  it('gives no category, and no evidence, to labels it does not recognise', () => {
    for (const label of ['Misc', 'Other things', '', '   ', 'Thursday']) {
      expect(classifyLabel(label)).toMatchObject({ domain: null, evidence: [] })
    }
  })

  it('treats case, plurals and verb forms alike', () => {
    const forms = ['negotiate salaries', 'NEGOTIATING SALARY', 'Negotiated salaries', 'salary negotiations']
    for (const f of forms) expect(categoryOf(f)).toBe('hr-beyond-operations')
  })

  it('tells the IT department from the pronoun "it"', () => {
    expect(parseLabel('Work with IT').words.map((w) => w.lower)).toContain('infotech')
    expect(parseLabel('make it happen').words.map((w) => w.lower)).not.toContain('infotech')
    expect(parseLabel('liaise with the it team').words.map((w) => w.lower)).toContain('infotech')
  })

  it('reads a label\'s first word as a verb even when the tagger calls it a name', () => {
    for (const label of ['Patch the servers', 'Engineer the gearbox', 'Delegate data entry', 'Count stock']) {
      expect(parseLabel(label).words[0].place).toBe('verb')
    }
    expect(parseLabel('Stock control').words[0].place).toBe('mod')
  })

  it('reads "A/B" as one word, a split test', () => {
    expect(parseLabel('Run A/B tests').words.map((w) => w.lower)).toContain('split')
  })
})
