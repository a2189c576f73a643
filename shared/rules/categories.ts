// The Operations Manager rule pack's categories: what falls outside the role, why,
// who usually owns it, and what the role does instead. One table feeds the scope
// rules, the suggestions and a role profile's "Not responsible for" section.

export const OUT_OF_SCOPE_IDS = [
  'strategy-vision',
  'major-finance',
  'marketing-campaigns',
  'hr-beyond-operations',
  'software-it',
  'product-design',
  'legal-compliance',
  'research-development',
  'public-relations',
  'investor-relations',
  'government-relations',
  'customer-sales',
  'individual-tasks',
  'clerical-admin',
  'micromanagement',
  'non-operational-projects'
] as const
export type OutOfScopeId = (typeof OUT_OF_SCOPE_IDS)[number]

export const CATEGORY_IDS = [...OUT_OF_SCOPE_IDS, 'operations'] as const
export type CategoryId = (typeof CATEGORY_IDS)[number]

/** Where a role added by a suggestion sits: beside the operations manager, or under it. */
export type NewRolePlacement = 'peer' | 'report'

export interface Category {
  readonly id: CategoryId
  readonly title: string
  /** How a finding names the work: "… is HR work, outside …". */
  readonly noun: string
  /** Why this usually is not an Operations Manager's work, in plain words. */
  readonly reason: string
  /** Who usually owns it, for "usually owned by …". */
  readonly owner: string
  /** What the Operations Manager does instead (the in-scope counterpart). */
  readonly instead: string
  /** Role titles that usually own this work in a chart (tested against lower-cased titles). */
  readonly ownerTitles: readonly RegExp[]
  /** The role a suggestion may add when the chart has no owner; absent when adding one is not a sensible fix. */
  readonly newRole?: { readonly title: string; readonly placement: NewRolePlacement }
}

const t = (s: string): RegExp => new RegExp(`\\b(?:${s})\\b`)

const TABLE: readonly Category[] = [
  {
    id: 'strategy-vision', title: 'Vision and strategy', noun: 'executive strategy work',
    reason: 'Company direction (long-term vision, entering markets, mergers and acquisitions, major product bets) is decided by the executive team and the board; operations feeds them facts, it does not set the course.',
    owner: 'executive team / board',
    instead: 'Assess whether a proposed strategy is operationally feasible and turn agreed strategy into operational plans.',
    ownerTitles: [t('ceo|chief executive|managing director|founder|(?<!vice )president|chair(?:man|woman|person)?|board'), /^general manager\b/]
  },
  {
    id: 'major-finance', title: 'Major financial decisions', noun: 'major finance work',
    reason: 'Big investments, raising money, company-level financial risk and fiscal strategy belong to finance and senior management; the health of the company\'s finances is not an operations responsibility.',
    owner: 'finance / executive team',
    instead: 'Run the operations budget and bring cost-benefit cases for operational improvements.',
    ownerTitles: [t('cfo|chief financial officer|finance (?:director|manager|lead|head)|head of finance|director of finance|financial controller|finance controller|treasurer|fd')],
    newRole: { title: 'Finance Manager', placement: 'peer' }
  },
  {
    id: 'marketing-campaigns', title: 'Marketing and sales campaigns', noun: 'marketing work',
    reason: 'Designing and running campaigns is the marketing team\'s job; operations makes sure what campaigns promise can actually be delivered, without leading them.',
    owner: 'marketing',
    instead: 'Make sure order fulfilment, capacity and customer service live up to what marketing promises.',
    ownerTitles: [t('cmo|chief marketing officer|marketing|brand manager|campaign manager|growth (?:manager|lead)')],
    newRole: { title: 'Marketing Manager', placement: 'peer' }
  },
  {
    id: 'hr-beyond-operations', title: 'HR beyond operations', noun: 'HR work',
    reason: 'Hiring, pay negotiations, company-wide discipline and HR policy sit with HR; operations only handles the people side that touches daily work.',
    owner: 'HR',
    instead: 'Schedule the workforce, manage performance against operational targets, spot training needs in the team and deal with conduct of direct reports.',
    ownerTitles: [t('hr|human resources|people (?:lead|manager|partner|director|officer)|head of people|chro|chief people officer|talent|recruit(?:er|ment|ing)?')],
    newRole: { title: 'HR Manager', placement: 'peer' }
  },
  {
    id: 'software-it', title: 'Software and IT', noun: 'IT work',
    reason: 'Writing software, running servers and networks, security and deep technical fault-finding are specialist IT and engineering work.',
    owner: 'IT / engineering',
    instead: 'Work with IT so that systems fit operational needs.',
    ownerTitles: [t('it|cto|cio|chief technology officer|chief information officer|software|developer|engineering manager|head of engineering|tech(?:nical)? lead|systems administrator|sysadmin|infrastructure|devops')],
    newRole: { title: 'IT Manager', placement: 'peer' }
  },
  {
    id: 'product-design', title: 'Product design and engineering', noun: 'product design work',
    reason: 'Designing, prototyping and engineering new products is product and engineering work; operations takes over once a design is final and ready to produce.',
    owner: 'product / engineering',
    instead: 'Put finished designs into production, using the product specifications to make production efficient.',
    ownerTitles: [t('product (?:manager|owner|lead|director|designer|engineer)|head of product|cpo|chief product officer|designer|design (?:lead|manager)|engineering manager|head of engineering|cto')],
    newRole: { title: 'Product Manager', placement: 'peer' }
  },
  {
    id: 'legal-compliance', title: 'Legal and compliance', noun: 'legal work',
    reason: 'Interpreting the law, running compliance programmes, legal strategy and disputes belong to legal; operations keeps its own processes within the rules.',
    owner: 'legal',
    instead: 'Keep operational processes in line with the laws and regulations that apply to them.',
    ownerTitles: [t('legal|counsel|lawyer|solicitor|attorney|compliance (?:officer|manager|lead)|head of compliance')],
    newRole: { title: 'Legal Counsel', placement: 'peer' }
  },
  {
    id: 'research-development', title: 'Research and development', noun: 'R&D work',
    reason: 'Research, experiments and developing new products or processes are R&D\'s work; operations comes in when the result is ready to run at scale.',
    owner: 'R&D',
    instead: 'Implement what R&D delivers in day-to-day production.',
    ownerTitles: [t('r&d|r and d|research|scientist|innovation')],
    newRole: { title: 'R&D Manager', placement: 'peer' }
  },
  {
    id: 'public-relations', title: 'Public relations and media', noun: 'PR work',
    reason: 'The company\'s public image, press contact and public statements are handled by PR and communications; operations is not the public face of the company.',
    owner: 'PR / communications',
    instead: 'Run operations well enough that there is good news to tell, and give the communications team facts when they need them.',
    ownerTitles: [t('pr|public relations|communications|comms|press officer|media relations|spokesperson')],
    newRole: { title: 'Communications Manager', placement: 'peer' }
  },
  {
    id: 'investor-relations', title: 'Investor relations', noun: 'investor relations work',
    reason: 'Talking to investors, managing their expectations and presenting financial results is for investor relations and senior management.',
    owner: 'investor relations / executive team',
    instead: 'Provide operational performance data to the people who report to investors.',
    ownerTitles: [t('investor relations|ir manager|cfo|chief financial officer|ceo|chief executive')],
    newRole: { title: 'Investor Relations Manager', placement: 'peer' }
  },
  {
    id: 'government-relations', title: 'Government relations and lobbying', noun: 'government relations work',
    reason: 'Dealing with government bodies, lobbying and advocating for the company\'s interests is specialist government-relations work.',
    owner: 'government relations',
    instead: 'Make sure operations complies with the regulations that apply to it.',
    ownerTitles: [t('government (?:relations|affairs)|public affairs|public policy|policy (?:manager|director|lead)|lobbyist')],
    newRole: { title: 'Government Relations Manager', placement: 'peer' }
  },
  {
    id: 'customer-sales', title: 'Selling to customers', noun: 'sales work',
    reason: 'Finding customers and selling to them is the sales team\'s job; operations supports sales rather than doing it.',
    owner: 'sales',
    instead: 'Support sales by delivering on time and meeting what customers were told to expect.',
    ownerTitles: [t('sales|account (?:manager|executive|director)|key account|business development|cro|chief revenue officer|salesperson')],
    newRole: { title: 'Sales Manager', placement: 'peer' }
  },
  {
    id: 'individual-tasks', title: "Doing the team's tasks", noun: "the team's hands-on work",
    reason: 'An Operations Manager runs teams and processes; doing team members\' hands-on work takes the manager away from managing and the work away from the team.',
    owner: 'the team',
    instead: 'Equip and support the team so it can do the work itself.',
    ownerTitles: [],
    newRole: { title: 'Team Member', placement: 'report' }
  },
  {
    id: 'clerical-admin', title: 'Clerical and admin tasks', noun: 'clerical work',
    reason: 'Routine admin such as data entry, filing and answering phones is delegated; the manager looks after how efficiently that work runs.',
    owner: 'administrative staff',
    instead: 'Oversee administrative work, delegate it and keep it efficient.',
    ownerTitles: [t('admin(?:istrative|istrator)?(?: assistant)?|receptionist|secretary|clerk|office (?:manager|administrator|coordinator)|personal assistant|pa|data entry')],
    newRole: { title: 'Administrative Assistant', placement: 'report' }
  },
  {
    id: 'micromanagement', title: 'Micromanagement', noun: 'micromanagement',
    reason: 'Watching over the fine detail of each person\'s work works against a productive team; performance is managed against shared goals.',
    owner: 'the team (managed against team goals)',
    instead: 'Manage team performance against agreed goals.',
    ownerTitles: []
  },
  {
    id: 'non-operational-projects', title: 'Projects outside operations', noun: "another department's project work",
    reason: 'Projects in other areas, such as marketing or software, are run by those departments\' project managers; operations may take part but does not lead them.',
    owner: "that department's project manager",
    instead: 'Manage operational projects and take part in cross-functional ones.',
    ownerTitles: [t('project manager|programme manager|program manager|pmo|delivery manager|scrum master')],
    newRole: { title: 'Project Manager', placement: 'peer' }
  },
  {
    id: 'operations', title: 'Operations', noun: 'operations work',
    reason: 'Running and improving operations is the core of the role.',
    owner: 'operations',
    instead: 'Keep doing it.',
    ownerTitles: []
  }
]

export const CATEGORIES: ReadonlyMap<CategoryId, Category> = new Map(TABLE.map((c) => [c.id, c]))

export function isCategoryId(s: unknown): s is CategoryId {
  return typeof s === 'string' && CATEGORIES.has(s as CategoryId)
}

export function isOutOfScope(id: CategoryId | null | undefined): id is OutOfScopeId {
  return !!id && id !== 'operations'
}

export function categoryOf(id: CategoryId): Category {
  return CATEGORIES.get(id) as Category
}

export interface NotResponsibleItem {
  readonly id: OutOfScopeId
  readonly title: string
  readonly owner: string
  readonly reason: string
  readonly instead: string
}

/** The "Not responsible for" section of a role profile; empty for roles the pack does not cover. */
export function notResponsibleFor(roleType: 'operations-manager' | 'other'): readonly NotResponsibleItem[] {
  if (roleType !== 'operations-manager') return []
  return OUT_OF_SCOPE_IDS.map((id) => {
    const c = categoryOf(id)
    return { id, title: c.title, owner: c.owner, reason: c.reason, instead: c.instead }
  })
}
