// Concurrent edits can leave a merged chart that no single person made: two roles moved
// under each other at the same moment (a reporting loop), a report given to a role someone
// else deleted, a duty handed to a removed role. Every client repairs the merged state the
// same way, so all converge to one valid chart:
// - a line to a role that no longer exists falls back to top level (a duty to unassigned);
// - in each loop the most recent move loses (largest Lamport stamp, then client id, then
//   role id), which is the outcome of Kleppmann et al.'s replicated-tree move operation:
//   apply moves in timestamp order and skip the one that would close a cycle.

import type { Role } from '../model/chart'
import type { MoveStamp } from './doc-schema'

function later(a: MoveStamp | undefined, aId: string, b: MoveStamp | undefined, bId: string): boolean {
  const ac = a?.clock ?? -1
  const bc = b?.clock ?? -1
  if (ac !== bc) return ac > bc
  const al = a?.client ?? -1
  const bl = b?.client ?? -1
  if (al !== bl) return al > bl
  return aId > bId
}

/** Ids of roles whose reporting line must read as top level in the materialised chart. */
export function rolesToDetach(roles: readonly Role[], stampOf: (id: string) => MoveStamp | undefined): Set<string> {
  const detach = new Set<string>()
  const indexOf = new Map<string, number>()
  roles.forEach((r, i) => indexOf.set(r.id, i))
  const parent = new Int32Array(roles.length).fill(-1)
  roles.forEach((r, i) => {
    if (!r.reportsTo) return
    const j = indexOf.get(r.reportsTo)
    if (j === undefined) detach.add(r.id)
    else parent[i] = j
  })
  // Walk up from each role; 0 = unvisited, 1 = on this walk, 2 = settled. Each component of a
  // one-parent graph holds at most one loop, so cutting one line per loop found is enough.
  const state = new Uint8Array(roles.length)
  const walk: number[] = []
  for (let start = 0; start < roles.length; start++) {
    walk.length = 0
    let cur = start
    while (cur !== -1 && state[cur] === 0) {
      state[cur] = 1
      walk.push(cur)
      cur = parent[cur]!
    }
    if (cur !== -1 && state[cur] === 1) {
      let loser = cur
      for (let k = walk.indexOf(cur); k < walk.length; k++) {
        const id = roles[walk[k]!]!.id
        if (later(stampOf(id), id, stampOf(roles[loser]!.id), roles[loser]!.id)) loser = walk[k]!
      }
      detach.add(roles[loser]!.id)
    }
    for (const k of walk) state[k] = 2
  }
  return detach
}
