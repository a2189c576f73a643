// The neutral work-domain taxonomy and involvement modes every rule pack speaks in.
// A classifier answers "what kind of work is this?" with a domain and "how does the
// role hold it?" with a mode; packs decide what that means for a role.

export const DOMAIN_IDS = [
  'strategy', 'finance', 'marketing', 'hr', 'it-software', 'product-design', 'legal', 'research',
  'public-relations', 'investor-relations', 'government-relations', 'sales', 'hands-on-work', 'clerical',
  'task-control', 'other-projects', 'operations', 'general'
] as const
export type DomainId = (typeof DOMAIN_IDS)[number]

export const MODE_IDS = ['do', 'support', 'contribute', 'implement', 'coordinate', 'oversee', 'direct-reports', 'own-operations'] as const
export type ModeId = (typeof MODE_IDS)[number]

/** Domains whose work is dealing with outside parties: investors, government, the press. */
export const OUTSIDE_DOMAINS: ReadonlySet<DomainId> = new Set(['investor-relations', 'government-relations', 'public-relations'])

const DOMAIN_SET: ReadonlySet<string> = new Set(DOMAIN_IDS)
const MODE_SET: ReadonlySet<string> = new Set(MODE_IDS)
export const isDomainId = (s: unknown): s is DomainId => typeof s === 'string' && DOMAIN_SET.has(s)
export const isModeId = (s: unknown): s is ModeId => typeof s === 'string' && MODE_SET.has(s)

/** How a domain is named in the app (Rules panel, custom rules, findings). */
export const DOMAIN_TITLES: Readonly<Record<DomainId, string>> = {
  strategy: 'Strategy and vision',
  finance: 'Finance',
  marketing: 'Marketing',
  hr: 'HR',
  'it-software': 'IT and software',
  'product-design': 'Product design and engineering',
  legal: 'Legal',
  research: 'Research and development',
  'public-relations': 'Public relations',
  'investor-relations': 'Investor relations',
  'government-relations': 'Government relations',
  sales: 'Sales',
  'hands-on-work': "The team's hands-on work",
  clerical: 'Clerical work',
  'task-control': 'Task-level control',
  'other-projects': "Other departments' projects",
  operations: 'Operations',
  general: 'General management'
}

/** How a mode reads in an explanation: "'delegate' → oversight". */
export const MODE_TITLES: Readonly<Record<ModeId, string>> = {
  do: 'doing it',
  support: 'support',
  contribute: 'contribution (data, feasibility, input)',
  implement: 'implementing a finished result',
  coordinate: 'working with its owner',
  oversee: 'oversight',
  'direct-reports': 'own direct reports',
  'own-operations': 'own operations'
}
