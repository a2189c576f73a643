// Decides whether a role is an Operations Manager, the role the first pack covers.
// Titles are messy ("Manager, Operations", "VP Ops – EMEA", "Ops Mgr"), and many
// titles that contain "operations" belong to another function or are not managers.
// The words come from the pack's data (appliesTo.title).

import type { Role } from '../model/chart'
import type { RulePack } from './pack-types'
import { OPS_MANAGER_PACK } from './packs'
import { matchesTitleRule } from './title-match'

export function isOperationsTitle(title: string): boolean {
  return matchesTitleRule(OPS_MANAGER_PACK.appliesTo.title, title)
}

/** Whether a pack covers a role: an explicit role type wins; otherwise the title decides. */
export function packAppliesTo(pack: RulePack, role: Pick<Role, 'title' | 'roleType'>): boolean {
  const type = pack.appliesTo.roleType
  if (type !== undefined && role.roleType !== undefined) return role.roleType === type
  return matchesTitleRule(pack.appliesTo.title, role.title)
}

/** Explicit role type wins; otherwise the title decides. */
export function isOperationsManager(role: Pick<Role, 'title' | 'roleType'>): boolean {
  return packAppliesTo(OPS_MANAGER_PACK, role)
}
