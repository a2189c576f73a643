// A small tidy-tree placement for roles that have no stored position (new CSV imports,
// hand-written chart files): leaves side by side, each manager centred over its reports,
// one row per reporting level. Never overlaps; not as compact as a full layout engine.

export interface TreeNode {
  readonly id: string
  readonly parentId?: string | null
  /** Box height; rows are as tall as their tallest box. */
  readonly height?: number
}

export interface TreeLayoutOptions {
  readonly nodeWidth: number
  readonly nodeHeight: number
  readonly gapX: number
  readonly gapY: number
  readonly originX?: number
  readonly originY?: number
}

export interface Point {
  readonly x: number
  readonly y: number
}

/** Top-left positions for every node. Parents outside `nodes` count as absent; loops are broken. */
export function tidyTree(nodes: readonly TreeNode[], options: TreeLayoutOptions): Map<string, Point> {
  const ids = new Set(nodes.map((n) => n.id))
  const children = new Map<string, TreeNode[]>()
  const roots: TreeNode[] = []
  for (const n of nodes) {
    if (n.parentId && n.parentId !== n.id && ids.has(n.parentId)) {
      const list = children.get(n.parentId)
      if (list) list.push(n)
      else children.set(n.parentId, [n])
    } else roots.push(n)
  }

  const slotX = new Map<string, number>()
  const depth = new Map<string, number>()
  let nextSlot = 0
  const place = (n: TreeNode, d: number): void => {
    depth.set(n.id, d)
    const kids = (children.get(n.id) ?? []).filter((k) => !depth.has(k.id))
    if (kids.length === 0) {
      slotX.set(n.id, nextSlot++)
      return
    }
    for (const k of kids) place(k, d + 1)
    slotX.set(n.id, (slotX.get(kids[0].id)! + slotX.get(kids[kids.length - 1].id)!) / 2)
  }
  for (const r of roots) place(r, 0)
  // Nodes in a reporting loop are unreachable from any root: start a tree at each.
  for (const n of nodes) if (!depth.has(n.id)) place(n, 0)

  const rowHeight: number[] = []
  for (const n of nodes) {
    const d = depth.get(n.id)!
    rowHeight[d] = Math.max(rowHeight[d] ?? 0, n.height ?? options.nodeHeight)
  }
  const rowY: number[] = []
  let y = options.originY ?? 0
  for (let d = 0; d < rowHeight.length; d++) {
    rowY[d] = y
    y += (rowHeight[d] ?? options.nodeHeight) + options.gapY
  }

  const stepX = options.nodeWidth + options.gapX
  const originX = options.originX ?? 0
  const out = new Map<string, Point>()
  for (const n of nodes) out.set(n.id, { x: originX + slotX.get(n.id)! * stepX, y: rowY[depth.get(n.id)!] })
  return out
}
