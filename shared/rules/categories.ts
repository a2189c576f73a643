// The Operations Manager pack's categories: what falls outside the role, why, who
// usually owns it, and what the role does instead. Read from the pack's data file; one
// table feeds the scope rules, the suggestions and a role profile's "Not responsible for".

import type { DomainId } from './domains'
import { OPS_MANAGER_PACK } from './packs'

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
  readonly domain: DomainId
  readonly title: string
  /** How a finding names the work: "… is HR work, outside …". */
  readonly noun: string
  readonly reason: string
  readonly owner: string
  readonly instead: string
  /** Role titles that usually own this work in a chart (tested against lower-cased titles). */
  readonly ownerTitles: readonly RegExp[]
  /** The role a suggestion may add when the chart has no owner; absent when adding one is not a sensible fix. */
  readonly newRole?: { readonly title: string; readonly placement: NewRolePlacement }
}

const OPERATIONS: Category = {
  id: 'operations', domain: 'operations', title: 'Operations', noun: 'operations work',
  reason: 'Running and improving operations is the core of the role.', owner: 'operations', instead: 'Keep doing it.', ownerTitles: []
}

const TABLE: readonly Category[] = [
  ...OPS_MANAGER_PACK.rules.map((r) => ({
    id: r.category as CategoryId,
    domain: r.domain,
    title: r.title,
    noun: r.noun,
    reason: r.reason,
    owner: r.owner,
    instead: r.instead,
    ownerTitles: r.ownerTitles.map((s) => new RegExp(s)),
    ...(r.newRole ? { newRole: r.newRole } : {})
  })),
  OPERATIONS
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

const BY_DOMAIN = new Map<DomainId, CategoryId>(TABLE.map((c) => [c.domain, c.id]))
/** The Operations Manager category of a work domain ("hr" → "hr-beyond-operations"); operations and general map to operations. */
export function categoryOfDomain(domain: DomainId): CategoryId {
  return BY_DOMAIN.get(domain) ?? 'operations'
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
  return OUT_OF_SCOPE_IDS.filter((id) => CATEGORIES.has(id)).map((id) => {
    const c = categoryOf(id)
    return { id, title: c.title, owner: c.owner, reason: c.reason, instead: c.instead }
  })
}
