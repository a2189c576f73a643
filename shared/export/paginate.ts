// Splits a chart into pages by branch, the way printed org charts are read: the first
// page shows the top of the organisation, and every branch too big to show there is cut
// at its head, which carries a "continued on page N" note; that page starts with the same
// head and goes on down. Each page is laid out on its own, fitted to the page, with role
// titles never below MIN_TITLE_PT.

import type { Chart } from '../model/chart'
import { layoutChart } from '../layout/layout-chart'
import { layoutTree } from '../layout/layout-tree'
import { pdfBoxSizes } from './pdf-boxes'
import { fitScale, MIN_SCALE, orientPage, type PageBox, type PagePreset } from './page-presets'

export interface PaginateOptions {
  readonly preset: PagePreset
  /** Export only this role and the roles below it. */
  readonly branch?: string
  /** Draw each role's cards (default); without them many more roles fit on a page. */
  readonly cards?: boolean
}

export interface PlannedPage {
  /** 1-based. */
  readonly number: number
  readonly page: PageBox
  /** pt per chart px. */
  readonly scale: number
  /** Top-left corners in chart px, from (0, 0); every role on the page has one. */
  readonly positions: ReadonlyMap<string, { x: number; y: number }>
  readonly width: number
  readonly height: number
  /** Roles whose reports continue elsewhere, with the page they continue on. */
  readonly continues: ReadonlyMap<string, number>
  /** The page these branches were cut from (null on the first page). */
  readonly continuedFrom: number | null
  /** The heads of the branches on this page. */
  readonly heads: readonly string[]
}

/** Extra height under a cut role for its "continued on page N" note (chart px). */
export const CONTINUED_NOTE_HEIGHT = 26

/** Stack lengths tried for each page, the screen layout's first. */
const STACK_TRIES = [8, 3, 1] as const

interface Task {
  readonly roots: readonly string[]
  readonly from: { roleId: string; page: number } | null
  /** When a head has too many reports for one page: the ones this page shows. */
  readonly only?: ReadonlySet<string>
  /** Known to fit whole: no search needed. */
  readonly whole?: boolean
}

export function paginate(chart: Chart, options: PaginateOptions): PlannedPage[] {
  const sizes = pdfBoxSizes(chart, { cards: options.cards })
  const tree = layoutTree(chart)
  const kids = (id: string) => tree.children.get(id) ?? []
  if (options.branch !== undefined && !tree.parent.has(options.branch)) {
    throw new RangeError(`There is no role with id "${options.branch}" in this chart.`)
  }

  /** Roles of the branches under `roots`, down to `depth` levels below them (0 = the roots only). */
  const collect = (task: Task, depth: number) => {
    const ids: string[] = []
    const cut = new Set<string>()
    const walk = (id: string, d: number, top: boolean) => {
      ids.push(id)
      const below = kids(id).filter((k) => !top || !task.only || task.only.has(k))
      if (below.length === 0) return
      if (d >= depth) cut.add(id)
      else for (const k of below) walk(k, d + 1, false)
    }
    for (const r of task.roots) walk(r, 0, true)
    return { ids, cut }
  }

  const tryLayout = (task: Task, depth: number) => {
    const { ids, cut } = collect(task, depth)
    const keep = new Set(ids)
    const sub: Chart = {
      ...chart,
      roles: chart.roles.filter((r) => keep.has(r.id)).map((r) => (task.roots.includes(r.id) ? { ...r, reportsTo: null } : r))
    }
    const size = (id: string) => {
      const s = sizes.get(id)!
      return { width: s.width, height: s.height + (cut.has(id) ? CONTINUED_NOTE_HEIGHT : 0) }
    }
    const wide = orientPage(options.preset, 16 / 9)
    let best: { laid: ReturnType<typeof layoutChart>; scale: number; page: PageBox } | null = null
    // Tall stacks suit a screen; a landscape page holds more with teams in short columns.
    for (const stackLength of STACK_TRIES) {
      const laid = layoutChart(sub, { direction: 'down', collapsed: cut, nodeSize: size, aspect: wide.width / wide.height, stackLength })
      for (const page of [wide, orientPage(options.preset, 0.5)]) {
        const scale = fitScale(page, laid.width, laid.height)
        if (!best || scale > best.scale + 1e-9) best = { laid, scale, page }
      }
      if (best && best.scale >= MIN_SCALE) break
    }
    return { ...best!, cut }
  }

  const deepest = (task: Task): number => {
    let d = 0
    const walk = (id: string, depth: number, top: boolean) => {
      d = Math.max(d, depth)
      for (const k of kids(id)) if (!top || !task.only || task.only.has(k)) walk(k, depth + 1, false)
    }
    for (const r of task.roots) walk(r, 0, true)
    return d
  }

  const pages: { task: Task; plan: ReturnType<typeof tryLayout> }[] = []

  const planTask = (task: Task): void => {
    // The deepest cut that still fits; fewer levels always fit better. A page of a head's
    // shared-out reports shows at least those reports.
    let lo = task.whole ? deepest(task) : task.only ? 1 : 0
    let hi = Math.max(lo, deepest(task))
    let fitted = tryLayout(task, lo)
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      const t = tryLayout(task, mid)
      if (t.scale >= MIN_SCALE) {
        lo = mid
        fitted = t
      } else hi = mid - 1
    }
    if (lo === 0) fitted = tryLayout(task, 0)
    // A head with more reports than one page holds: its reports are shared out over several pages.
    if (lo === 0 && task.roots.length === 1 && kids(task.roots[0]).length > 0 && tryLayout(task, 1).scale < MIN_SCALE) {
      let chunk: string[] = []
      const flush = () => {
        if (chunk.length) planTask({ ...task, only: new Set(chunk) })
        chunk = []
      }
      for (const k of kids(task.roots[0])) {
        if (chunk.length > 0 && tryLayout({ ...task, only: new Set([...chunk, k]) }, 1).scale < MIN_SCALE) flush()
        chunk.push(k)
      }
      flush()
      return
    }
    const index = pages.length
    pages.push({ task, plan: fitted })
    // Depth-first: a branch's pages follow the page it was cut from. Whole branches that
    // fit on one page together share it, so small teams do not get a page each.
    const from = { roleId: '', page: index + 1 }
    let group: string[] = []
    const flush = () => {
      if (group.length) planTask({ roots: group, from: { ...from, roleId: group[0] }, whole: true })
      group = []
    }
    for (const id of fitted.cut) {
      const whole = (ids: string[]) => tryLayout({ roots: ids, from: null }, Infinity).scale >= MIN_SCALE
      if (whole([...group, id])) group.push(id)
      else {
        flush()
        if (whole([id])) group = [id]
        else planTask({ roots: [id], from: { ...from, roleId: id } })
      }
    }
    flush()
  }

  const top = options.branch !== undefined ? [options.branch] : tree.roots
  planTask({ roots: top, from: null })

  // Page numbers are known once every page is planned.
  const firstPageOf = new Map<string, number>()
  pages.forEach((p, i) => {
    if (!p.task.from) return
    for (const head of p.task.roots) {
      const key = `${head}|${p.task.from.page}`
      if (!firstPageOf.has(key)) firstPageOf.set(key, i + 1)
    }
  })
  return pages.map((p, i) => {
    const continues = new Map<string, number>()
    for (const id of p.plan.cut) {
      const n = firstPageOf.get(`${id}|${i + 1}`)
      if (n !== undefined) continues.set(id, n)
    }
    return {
      number: i + 1,
      page: p.plan.page,
      scale: p.plan.scale,
      positions: new Map(p.plan.laid.positions.map((q) => [q.id, { x: q.x, y: q.y }])),
      width: p.plan.laid.width,
      height: p.plan.laid.height,
      continues,
      continuedFrom: p.task.from?.page ?? null,
      heads: p.task.roots
    }
  })
}
