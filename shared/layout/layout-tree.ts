// The reporting hierarchy as the layout sees it: each role's manager (reporting loops
// and references to missing roles cut, so every role sits in exactly one tree), the
// reports of each role in chart order, and which roles a collapsed branch hides.

import type { Chart } from '../model/chart'

export interface LayoutTree {
  /** Top-level roles (no manager, or a manager the layout cannot use), in chart order. */
  readonly roots: readonly string[]
  /** Reports of each role still shown (empty for a collapsed role), in chart order. */
  readonly children: ReadonlyMap<string, readonly string[]>
  /** Each role's manager for layout purposes; null at the top. */
  readonly parent: ReadonlyMap<string, string | null>
  /** Roles drawn: everything not inside a collapsed branch. */
  readonly visible: readonly string[]
}

/** Each role's manager, with a reporting loop (possible in a hand-edited file) cut where it is found. */
export function managersOf(chart: Chart): Map<string, string | null> {
  const ids = new Set(chart.roles.map((r) => r.id))
  const parent = new Map<string, string | null>()
  for (const r of chart.roles) parent.set(r.id, r.reportsTo && r.reportsTo !== r.id && ids.has(r.reportsTo) ? r.reportsTo : null)
  // Walk up from each role once; a role met again on the same walk closes a loop.
  const state = new Map<string, 'walking' | 'done'>()
  for (const r of chart.roles) {
    const path: string[] = []
    let cur: string | null = r.id
    while (cur && !state.has(cur)) {
      state.set(cur, 'walking')
      path.push(cur)
      cur = parent.get(cur) ?? null
    }
    if (cur && state.get(cur) === 'walking') parent.set(cur, null)
    for (const id of path) state.set(id, 'done')
  }
  return parent
}

export function layoutTree(chart: Chart, collapsed: ReadonlySet<string> = new Set()): LayoutTree {
  const parent = managersOf(chart)
  const all = new Map<string, string[]>()
  const roots: string[] = []
  for (const r of chart.roles) {
    const p = parent.get(r.id) ?? null
    if (p === null) roots.push(r.id)
    else {
      const list = all.get(p)
      if (list) list.push(r.id)
      else all.set(p, [r.id])
    }
  }
  const children = new Map<string, readonly string[]>()
  const visible: string[] = []
  const stack = [...roots].reverse()
  while (stack.length > 0) {
    const id = stack.pop() as string
    visible.push(id)
    const kids = collapsed.has(id) ? [] : (all.get(id) ?? [])
    children.set(id, kids)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  return { roots, children, parent, visible }
}

/** How many roles sit below each role (all levels), counting hidden ones: the number a collapsed role shows. */
export function descendantCounts(chart: Chart): Map<string, number> {
  const parent = managersOf(chart)
  const count = new Map<string, number>(chart.roles.map((r) => [r.id, 0]))
  for (const r of chart.roles) {
    for (let p = parent.get(r.id) ?? null; p !== null; p = parent.get(p) ?? null) count.set(p, (count.get(p) ?? 0) + 1)
  }
  return count
}
