// Role box sizes as the canvas, the overview and the reporting lines use them: one estimate
// everywhere, worked out again only for a role whose title or cards changed (a card dropped
// on one role of 2,000 re-measures that role, not the chart).

import type { Duty, Role } from '@shared/model/chart'
import { roleNodeSize } from '@shared/layout/node-size'

export interface Size {
  readonly width: number
  readonly height: number
}

const sizes = new WeakMap<Role, { readonly duties: readonly Duty[]; readonly compact: boolean; readonly size: Size }>()

function sameDuties(a: readonly Duty[], b: readonly Duty[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function nodeSize(role: Role, duties: readonly Duty[], compact: boolean): Size {
  const hit = sizes.get(role)
  if (hit && hit.compact === compact && sameDuties(hit.duties, duties)) return hit.size
  const size = roleNodeSize(role, duties, compact)
  sizes.set(role, { duties, compact, size })
  return size
}
