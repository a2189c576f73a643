// Which rule packs and custom rules cover a role. Title matching runs word lists over
// the title, and a chart asks once per duty: the answer is kept per role for one rule
// context (one roles array and one set of rule settings), so a role's ten duties cost
// one match, and a change of roles or settings starts afresh with a new context.

import type { Role } from '../model/chart'
import { type CompiledPack, PACKS } from './pack-engine'
import type { CompiledCustomRule, ResolvedSettings } from './settings'
import { titleContains } from './title-match'

export interface CoveringRules {
  readonly packs: readonly CompiledPack[]
  readonly custom: readonly CompiledCustomRule[]
}

export const NOTHING_COVERS: CoveringRules = { packs: [], custom: [] }

/** A lookup role → covering rules for one context; duties come role by role, so the last answer is checked first. */
export function coveringRulesLookup(settings: ResolvedSettings): (role: Role) => CoveringRules {
  const byRole = new Map<Role, CoveringRules>()
  let lastRole: Role | undefined
  let lastAnswer = NOTHING_COVERS
  return (role) => {
    if (role === lastRole) return lastAnswer
    let answer = byRole.get(role)
    if (!answer) {
      const packs = PACKS.filter((p) => p.appliesTo(role))
      const custom = settings.custom.filter((c) => titleContains(role.title, c.titleWords))
      answer = packs.length === 0 && custom.length === 0 ? NOTHING_COVERS : { packs, custom }
      byRole.set(role, answer)
    }
    lastRole = role
    lastAnswer = answer
    return answer
  }
}
