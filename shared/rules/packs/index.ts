// The built-in rule packs, each one data file checked on load. A pack that fails its
// check is left out and its problems are reported (packProblems), never thrown.

import { checkPack, type PackProblem } from '../pack-schema'
import type { RulePack } from '../pack-types'
import opsManager from './ops-manager.json'

const SOURCES: readonly { readonly file: string; readonly data: unknown }[] = [{ file: 'packs/ops-manager.json', data: opsManager }]

const loaded: RulePack[] = []
const problems: PackProblem[] = []
for (const { file, data } of SOURCES) {
  const c = checkPack(data, file)
  if (c.ok) loaded.push(c.pack)
  else problems.push(...c.problems)
}

export const BUILT_IN_PACKS: readonly RulePack[] = loaded

/** Problems found in the built-in packs (empty when all are well formed). */
export function packProblems(): readonly PackProblem[] {
  return problems
}

/** The Operations Manager pack, which the role type and the categories are named after. */
export const OPS_MANAGER_PACK: RulePack = loaded.find((p) => p.id === 'ops-manager') ?? {
  // Only reached if the data file itself is broken: a pack that covers nobody.
  id: 'ops-manager',
  title: 'Operations Manager',
  description: 'Unavailable: the pack file has problems.',
  appliesTo: { title: { functionWords: ['\u0000'], otherFunctions: [], combinedFunctionWords: [], managerHeads: ['\u0000'], nonManagerHeads: [], executiveWords: [] } },
  inScopeDomains: [],
  defaultModes: { do: 'in', support: 'in', contribute: 'in', implement: 'in', coordinate: 'in', oversee: 'in', 'direct-reports': 'in', 'own-operations': 'in' },
  contexts: {},
  rules: []
}
