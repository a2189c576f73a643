// The one layout of the app, the file importers and the exports: a compact tidy tree.
// Teams of individual contributors are stacked in columns under their manager (the way
// org-chart tools draw big teams), a manager's sub-teams sit side by side and wrap into
// rows when they would run too wide, and the wrap width is chosen so the whole chart
// comes out near the shape of a screen instead of one very long line.
// Synchronous and deterministic: the same chart always gets the same positions.

import type { Chart } from '../model/chart'
import { indexChart } from '../model/index-chart'
import { layoutTree, type LayoutTree } from './layout-tree'
import { roleNodeSize } from './node-size'
import { packSkyline } from './skyline'

export const LAYOUT_DIRECTIONS = ['down', 'right'] as const
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number]

export interface RolePosition {
  readonly id: string
  readonly x: number
  readonly y: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

export interface LayoutOptions {
  readonly direction: LayoutDirection
  /** Roles whose reports are hidden: they are laid out as if they had none, and their branches get no positions. */
  readonly collapsed?: ReadonlySet<string>
  /** Width ÷ height the whole chart should come near; defaults to a 16:9 screen. */
  readonly aspect?: number
  /**
   * Most roles stacked in one column under their manager (default LAYOUT_SPACING.stackLength).
   * Shorter stacks, for a wide page, also turn off indented lists for shallow branches.
   */
  readonly stackLength?: number
  /** Box size of a role; defaults to the canvas's role node. */
  readonly nodeSize?: (roleId: string) => Size
}

export interface ChartLayoutResult {
  /** Top-left corners of the roles drawn, from (0, 0). */
  readonly positions: RolePosition[]
  readonly width: number
  readonly height: number
}

/** Gaps in canvas px, sized so reporting lines stay readable on a projector. */
export const LAYOUT_SPACING = {
  /** Between a manager and the row of sub-teams under it; the reporting lines' bus runs in it. */
  betweenLevels: 64,
  /** Between neighbouring sub-teams in a row. */
  betweenTeams: 32,
  /** Between roles stacked in a column, and between a manager and its stack. */
  inStack: 14,
  /** A stack is indented under its manager, leaving room for the line that runs down its side. */
  stackIndent: 28,
  /** Most roles in one stacked column before the team continues in a new column. */
  stackLength: 8
} as const

type Spacing = { readonly [K in keyof typeof LAYOUT_SPACING]: number }

interface Block {
  readonly w: number
  readonly h: number
}

type Point = { x: number; y: number }
const ORIGIN: Point = { x: 0, y: 0 }

/** Branches at most this many levels deep are drawn as indented lists. */
const OUTLINE_LEVELS = 2

/** Several hierarchies and unattached roles hang from an invisible top of no size. */
const TOP = '\u0000top'

/** One attempt at a given wrap width, in the "down" frame: positions from (0, 0) and the total size. */
function place(tree: LayoutTree, size: (id: string) => Size, wrap: number, stackLength: number, S: Spacing = LAYOUT_SPACING): { pos: Map<string, Point>; w: number; h: number } {
  const kidsOf = (id: string): readonly string[] => (id === TOP ? tree.roots : (tree.children.get(id) ?? []))
  const isLeaf = (id: string) => kidsOf(id).length === 0
  // Where each role's block starts inside its manager's block, and where the role sits inside its own.
  const blockAt = new Map<string, Point>()
  const selfAt = new Map<string, Point>()

  /** Leaves in columns of at most stackLength roles; offsets relative to (left, top). */
  const stack = (ids: readonly string[], left: number, top: number): Block => {
    const columns = Math.ceil(ids.length / stackLength)
    const perColumn = Math.ceil(ids.length / columns)
    const step = Math.max(...ids.map((id) => size(id).width)) + S.betweenTeams
    let w = 0
    let h = 0
    for (let c = 0; c < columns; c++) {
      let y = top
      const x = left + c * step
      for (const id of ids.slice(c * perColumn, (c + 1) * perColumn)) {
        const s = size(id)
        blockAt.set(id, { x, y })
        y += s.height + S.inStack
        w = Math.max(w, x + s.width)
      }
      h = Math.max(h, y - S.inStack)
    }
    return { w, h }
  }

  /** Levels below a role, counting only roles shown. */
  const levels = new Map<string, number>()
  const levelsBelow = (id: string): number => {
    let l = levels.get(id)
    if (l === undefined) {
      l = 0
      for (const k of kidsOf(id)) l = Math.max(l, levelsBelow(k) + 1)
      levels.set(id, l)
    }
    return l
  }

  /**
   * A branch only a few levels deep: drawn as an indented list under its manager, cut
   * (only between its direct reports, so a team never splits) into as many columns of
   * even height as the wrap width allows.
   */
  const outline = (id: string, own: Size): Block => {
    const groups = kidsOf(id).map((k) => {
      const ids: { id: string; depth: number }[] = []
      const visit = (x: string, depth: number) => {
        ids.push({ id: x, depth })
        for (const c of kidsOf(x)) visit(c, depth + 1)
      }
      visit(k, 0)
      return { ids, h: ids.reduce((a, x) => a + size(x.id).height + S.inStack, 0) }
    })
    const total = groups.reduce((a, g) => a + g.h, 0)
    const colW = Math.max(...groups.flatMap((g) => g.ids.map((x) => x.depth * S.stackIndent + size(x.id).width)))
    const columns = Math.max(1, Math.min(groups.length, Math.floor((wrap - S.stackIndent + S.betweenTeams) / (colW + S.betweenTeams))))
    const share = total / columns
    const top = own.height + S.inStack
    const at = new Map<string, Point>()
    let column = 0
    let y = top
    let used = 0
    let w = own.width
    let h = own.height
    for (const g of groups) {
      if (y > top && used + g.h / 2 > share * (column + 1) && column < columns - 1) {
        column++
        y = top
      }
      const x = S.stackIndent + column * (colW + S.betweenTeams)
      for (const m of g.ids) {
        at.set(m.id, { x: x + m.depth * S.stackIndent, y })
        y += size(m.id).height + S.inStack
        w = Math.max(w, x + m.depth * S.stackIndent + size(m.id).width)
      }
      used += g.h
      h = Math.max(h, y - S.inStack)
    }
    // Over several columns the manager is centred, with room under it for the bus its
    // lines hang from; over one it heads the list.
    if (column > 0) {
      selfAt.set(id, { x: (w - own.width) / 2, y: 0 })
      const drop = S.betweenLevels - S.inStack
      for (const [k, p] of at) at.set(k, { x: p.x, y: p.y + drop })
      h += drop
    }
    // Block origins are kept relative to each role's manager, as everywhere else.
    for (const g of groups) {
      for (const m of g.ids) {
        const p = tree.parent.get(m.id)
        const base = p && p !== id ? at.get(p)! : ORIGIN
        const mine = at.get(m.id)!
        blockAt.set(m.id, { x: mine.x - base.x, y: mine.y - base.y })
        selfAt.set(m.id, ORIGIN)
      }
    }
    return { w, h }
  }

  const layOut = (id: string, own: Size): Block => {
    selfAt.set(id, { x: 0, y: 0 })
    const kids = kidsOf(id)
    if (kids.length === 0) return { w: own.width, h: own.height }
    const leaves = kids.filter(isLeaf)
    const teams = kids.filter((k) => !isLeaf(k))
    if (id !== TOP && teams.length > 0 && stackLength >= S.stackLength && levelsBelow(id) <= OUTLINE_LEVELS) return outline(id, own)
    const gap = own.height > 0 ? S.inStack : 0
    if (teams.length === 0) {
      const s = stack(leaves, own.height > 0 ? S.stackIndent : 0, own.height + gap)
      return { w: Math.max(own.width, s.w), h: Math.max(own.height, s.h) }
    }
    // Sub-teams side by side, wrapped into rows no wider than `wrap`; this role's own
    // individual contributors come first, as one stacked group.
    const items: { ids: readonly string[]; w: number; h: number }[] = []
    if (leaves.length > 0) items.push({ ids: leaves, ...stack(leaves, 0, 0) })
    for (const k of teams) items.push({ ids: [k], ...layOut(k, size(k)) })
    const packed = packSkyline(items, wrap, S.betweenTeams, S.betweenLevels)
    const w = Math.max(own.width, packed.width)
    const top = own.height > 0 ? own.height + S.betweenLevels : 0
    const left = (w - packed.width) / 2
    items.forEach((it, i) => {
      const { x, y } = packed.at[i]
      // A stacked group keeps its members' offsets; a sub-team is one block.
      if (it.ids === leaves) for (const l of leaves) blockAt.set(l, { x: left + x + blockAt.get(l)!.x, y: top + y + blockAt.get(l)!.y })
      else blockAt.set(it.ids[0], { x: left + x, y: top + y })
    })
    selfAt.set(id, { x: (w - own.width) / 2, y: 0 })
    return { w, h: top + packed.height }
  }

  const whole = layOut(TOP, { width: 0, height: 0 })
  const pos = new Map<string, Point>()
  const walk = (id: string, ox: number, oy: number): void => {
    for (const k of kidsOf(id)) {
      const b = blockAt.get(k)!
      const s = selfAt.get(k) ?? ORIGIN
      pos.set(k, { x: ox + b.x + s.x, y: oy + b.y + s.y })
      walk(k, ox + b.x, oy + b.y)
    }
  }
  walk(TOP, 0, 0)
  return { pos, w: whole.w, h: whole.h }
}

/** The default box of each role: the canvas node, sized from the cards it holds. */
function canvasSizes(chart: Chart): (id: string) => Size {
  const { roleById, dutiesByRole } = indexChart(chart)
  const cache = new Map<string, Size>()
  return (id) => {
    let s = cache.get(id)
    if (!s) {
      s = roleNodeSize(roleById.get(id)!, dutiesByRole.get(id) ?? [])
      cache.set(id, s)
    }
    return s
  }
}

/**
 * Positions for every role drawn (all of them, unless branches are collapsed). The wrap
 * width is searched so width ÷ height comes closest to `aspect`: each try is linear in the
 * number of roles, so even 5,000 roles take a few milliseconds a try.
 */
export function layoutChart(chart: Chart, options: LayoutOptions): ChartLayoutResult {
  if (chart.roles.length === 0) return { positions: [], width: 0, height: 0 }
  const tree = layoutTree(chart, options.collapsed)
  const base = options.nodeSize ?? canvasSizes(chart)
  const down = options.direction === 'down'
  // Left-right is the same tree turned a quarter: lay out with boxes turned too, then swap axes.
  const size = down ? base : (id: string) => { const s = base(id); return { width: s.height, height: s.width } }
  const target = options.aspect ?? 16 / 9
  const aspectOf = (r: { w: number; h: number }) => (down ? r.w / r.h : r.h / r.w)
  const miss = (r: { w: number; h: number }) => Math.abs(Math.log(aspectOf(r) / target))

  const stackLength = Math.max(1, Math.floor(options.stackLength ?? LAYOUT_SPACING.stackLength))
  // Turned a quarter, stacked roles sit side by side along the reporting direction, one's
  // outgoing handle facing the next one's incoming handle: the gap leaves room to grab either.
  const spacing: Spacing = down ? LAYOUT_SPACING : { ...LAYOUT_SPACING, inStack: LAYOUT_SPACING.betweenTeams }
  const widest = Math.max(...tree.visible.map((id) => size(id).width))
  let best = place(tree, size, Infinity, stackLength, spacing)
  let lo = Math.log(widest)
  let hi = Math.log(Math.max(widest, best.w))
  // Narrower wrapping makes the chart taller, so the aspect falls as the wrap width falls.
  for (let i = 0; i < 16 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2
    const tried = place(tree, size, Math.exp(mid), stackLength, spacing)
    if (miss(tried) < miss(best)) best = tried
    if (aspectOf(tried) > target === down) hi = mid
    else lo = mid
  }
  const positions = tree.visible.map((id) => {
    const p = best.pos.get(id)!
    return { id, x: Math.round(down ? p.x : p.y), y: Math.round(down ? p.y : p.x) }
  })
  return { positions, width: Math.ceil(down ? best.w : best.h), height: Math.ceil(down ? best.h : best.w) }
}
