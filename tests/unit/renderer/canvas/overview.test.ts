// The overview layer's logic: when roles switch between the canvas layer and DOM nodes,
// what the scene holds (boxes, lines, branches), hit-testing a click, and where a click
// takes the view.

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Role } from '@shared/model/chart'
import { DOM_NODE_ZOOM, OVERVIEW_CLICK_ZOOM, READABLE_TEXT_PX, ROLE_TITLE_FONT, branchLabelPx, isOverview, MIN_ZOOM } from '../../../../renderer/src/canvas/overview/lod'
import { buildScene, roleAt, visibleRect } from '../../../../renderer/src/canvas/overview/overview-scene'
import { overviewClickTarget } from '../../../../renderer/src/canvas/overview/click-target'
import { connectorLines } from '@shared/layout/reporting-lines'
import { fitViewport } from '../../../../renderer/src/canvas/overview/fit-viewport'
import { minimapFit, minimapSize, minimapToChart } from '../../../../renderer/src/canvas/overview/minimap-geometry'

const size = () => ({ width: 260, height: 120 })
const roles: Role[] = [
  { id: 'a', title: 'CEO', x: 0, y: 0 },
  { id: 'b', title: 'Finance', reportsTo: 'a', x: -200, y: 300 },
  { id: 'c', title: 'Operations', reportsTo: 'a', x: 200, y: 300 },
  { id: 'd', title: 'Clerk', reportsTo: 'c', x: 200, y: 500 },
  { id: 'e', title: 'Driver', reportsTo: 'c', x: 200, y: 700 }
]
const VIEW = { width: 1000, height: 700 }
const scene = buildScene({ roles, size, warned: new Set(['d']), direction: 'down' })

describe('level of detail', () => {
  it('switches to DOM nodes exactly where a role title reaches readable size', () => {
    expect(ROLE_TITLE_FONT * DOM_NODE_ZOOM).toBeCloseTo(READABLE_TEXT_PX)
    expect(isOverview(DOM_NODE_ZOOM - 0.001)).toBe(true)
    expect(isOverview(DOM_NODE_ZOOM)).toBe(false)
    expect(isOverview(1)).toBe(false)
    // A click on the overview lands where titles read comfortably.
    expect(isOverview(OVERVIEW_CLICK_ZOOM)).toBe(false)
  })

  it("lets Fit view show a chart well beyond the benchmark's 5,000 roles whole in a small window", () => {
    // The benchmark's 5,000-role chart lays out at about 52,000 × 30,000; allow twice that.
    const [w, h] = [2 * 52_300, 2 * 30_300]
    // The canvas of a 1366 × 768 window with the side panels open is about 990 × 720.
    const fitZoom = Math.min(990 / w, 720 / h) * 0.92
    expect(fitZoom).toBeGreaterThan(MIN_ZOOM)
  })

  it('labels bigger branches in bigger type, always readable', () => {
    expect(branchLabelPx(110)).toBeGreaterThanOrEqual(11)
    expect(branchLabelPx(5000)).toBeLessThanOrEqual(18)
    expect(branchLabelPx(400)).toBeGreaterThanOrEqual(branchLabelPx(200))
  })
})

describe('overview scene', () => {
  it('has one box per role, warnings marked, and one line per reporting line', () => {
    expect(scene.boxes.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(scene.boxes.filter((b) => b.warn).map((b) => b.id)).toEqual(['d'])
    // Shaped exactly as the canvas's lines and the exports' are.
    const box = (id: string) => { const b = scene.byId.get(id)!; return { x: b.x, y: b.y, width: b.w, height: b.h } }
    expect(scene.lines).toEqual([...connectorLines(box('a'), [box('b'), box('c')]), ...connectorLines(box('c'), [box('d'), box('e')])])
    // From the bottom middle of the manager to the top middle of a report hanging from the bus.
    expect(scene.lines[0][0]).toEqual([130, 120])
    expect(scene.lines[0].at(-1)).toEqual([-70, 300])
  })

  it('knows each branch with its size and extent, biggest first', () => {
    expect(scene.branches.map((b) => [b.id, b.size])).toEqual([['a', 4], ['c', 2]])
    const ops = scene.branches[1]
    expect([ops.x, ops.y, ops.w, ops.h]).toEqual([200, 300, 260, 520])
    expect(scene.bounds).toEqual({ x: -200, y: 0, w: 660, h: 820 })
  })

  it('draws lines left to right for charts drawn that way', () => {
    const right = buildScene({ roles: [{ id: 'm', title: 'M', x: 0, y: 0 }, { id: 'r', title: 'R', reportsTo: 'm', x: 400, y: 0 }], size, warned: new Set(), direction: 'right' })
    expect(right.lines[0][0]).toEqual([260, 60])
    expect(right.lines[0].at(-1)).toEqual([400, 60])
  })
})

describe('building a scene on the one before', () => {
  const sized = (heights: Record<string, number>) => (r: Role) => ({ width: 260, height: heights[r.id] ?? 120 })
  const plain = (s: ReturnType<typeof buildScene>) => ({ boxes: s.boxes, lines: s.lines, branches: s.branches, bounds: s.bounds })

  it('matches a fresh build after any mix of warnings, resizes, moves and renames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constantFrom('a', 'b', 'c', 'd', 'e'), change: fc.constantFrom('warn', 'grow', 'move', 'rename') }), { maxLength: 6 }),
        (edits) => {
          let current = roles
          let warned = new Set<string>(['d'])
          let heights: Record<string, number> = {}
          let built = buildScene({ roles: current, size: sized(heights), warned, direction: 'down' })
          for (const { role, change } of edits) {
            if (change === 'warn') warned = new Set(warned.has(role) ? [...warned].filter((id) => id !== role) : [...warned, role])
            if (change === 'grow') heights = { ...heights, [role]: (heights[role] ?? 120) + 40 }
            if (change === 'move') current = current.map((r) => (r.id === role ? { ...r, y: (r.y ?? 0) + 50 } : r))
            if (change === 'rename') current = current.map((r) => (r.id === role ? { ...r, title: `${r.title} (new)` } : r))
            const input = { roles: current, size: sized(heights), warned, direction: 'down' as const }
            built = buildScene(input, built)
            expect(plain(built)).toEqual(plain(buildScene(input)))
            expect(built.byId.get(role)).toBe(built.boxes.find((b) => b.id === role))
          }
        }
      )
    )
  })

  it('keeps the scene itself when nothing changed, and the lines when only a warning did', () => {
    const again = buildScene({ roles, size, warned: new Set(['d']), direction: 'down' }, scene)
    expect(again).toBe(scene)
    const warnedMore = buildScene({ roles, size, warned: new Set(['d', 'e']), direction: 'down' }, scene)
    expect(warnedMore.lines).toBe(scene.lines)
    expect(warnedMore.byId.get('e')?.warn).toBe(true)
    expect(warnedMore.branches.find((b) => b.id === 'c')?.head).toBe(warnedMore.byId.get('c'))
  })
})

describe('clicking the overview', () => {
  it('finds the role under a point, or the nearest one within the slop', () => {
    expect(roleAt(scene, { x: 250, y: 550 })?.id).toBe('d')
    expect(roleAt(scene, { x: 100, y: 200 })).toBeNull()
    expect(roleAt(scene, { x: 100, y: 200 }, 100)?.id).toBe('a')
  })

  it('zooms onto the clicked role, centred, to a readable zoom', () => {
    const t = overviewClickTarget(scene, { x: 250, y: 550 }, 0.02, VIEW)
    expect(t).toEqual({ x: 330, y: 560, zoom: OVERVIEW_CLICK_ZOOM, roleId: 'd' })
  })

  it('a few screen pixels beside a tiny box still count as the box', () => {
    // At zoom 0.02, 6 screen px are 300 chart units.
    expect(overviewClickTarget(scene, { x: 200 + 260 + 200, y: 550 }, 0.02, VIEW).roleId).toBe('d')
    expect(overviewClickTarget(scene, { x: 200 + 260 + 200, y: 550 }, 0.2, VIEW).roleId).toBeNull()
  })

  it('on empty space near roles, zooms in on the clicked spot', () => {
    expect(overviewClickTarget(scene, { x: 700, y: 300 }, 0.2, VIEW)).toEqual({ x: 700, y: 300, zoom: OVERVIEW_CLICK_ZOOM, roleId: null })
  })

  it('on empty space with no role that would be in view there, onto the nearest role', () => {
    expect(overviewClickTarget(scene, { x: 5000, y: 5000 }, 0.02, VIEW)).toEqual({ x: 330, y: 760, zoom: OVERVIEW_CLICK_ZOOM, roleId: null })
  })
})

describe('viewport and minimap geometry', () => {
  it('maps a viewport transform to the chart area in view', () => {
    expect(visibleRect([100, 50, 0.5], 1000, 600)).toEqual({ x: -200, y: -100, w: 2000, h: 1200 })
  })

  it('fits the whole chart in the minimap and maps minimap points back to the chart', () => {
    const fit = minimapFit(scene.bounds, 200, 136)
    const centre = minimapToChart(fit, { x: 100, y: 68 })
    expect(centre.x).toBeCloseTo(scene.bounds.x + scene.bounds.w / 2)
    expect(centre.y).toBeCloseTo(scene.bounds.y + scene.bounds.h / 2)
    expect(scene.bounds.w * fit.scale).toBeLessThanOrEqual(200)
    expect(scene.bounds.h * fit.scale).toBeLessThanOrEqual(136)
  })

  it('shrinks the minimap in smaller windows and leaves it out where it would crowd the chart', () => {
    expect(minimapSize(600, 700)).toBeNull()
    expect(minimapSize(1000, 700)!.width).toBeLessThan(minimapSize(1600, 900)!.width)
    expect(minimapSize(3000, 1600)!.width).toBeLessThanOrEqual(220)
  })
})

describe('fitting the whole chart beside the minimap', () => {
  const base = { width: 1000, height: 700, minZoom: MIN_ZOOM, maxZoom: 2.5, padding: 0.02 }
  const project = (v: { x: number; y: number; zoom: number }, b: { x: number; y: number; w: number; h: number }) => ({ x: b.x * v.zoom + v.x, y: b.y * v.zoom + v.y, w: b.w * v.zoom, h: b.h * v.zoom })

  it('fits as large as it goes when no role lands under the minimap', () => {
    const wide = { x: 0, y: 0, w: 10_000, h: 1000 }
    const v = fitViewport({ ...base, bounds: wide, boxes: [wide], reserve: { width: 240, height: 170 } })
    expect(v.zoom).toBeCloseTo((1000 * 0.96) / 10_000)
    const drawn = project(v, wide)
    expect(drawn.y + drawn.h).toBeLessThan(700 - 170)
  })

  it('keeps clear of the minimap when a role would sit under it', () => {
    const v = fitViewport({ ...base, bounds: scene.bounds, boxes: scene.boxes, reserve: { width: 240, height: 170 } })
    for (const b of scene.boxes) {
      const d = project(v, b)
      expect(d.x < 240 && d.y + d.h > 700 - 170, `${b.id} under the minimap`).toBe(false)
      expect(d.x >= 0 && d.y >= 0 && d.x + d.w <= 1000 && d.y + d.h <= 700).toBe(true)
    }
  })

  it('without a minimap, fits to the whole canvas', () => {
    const v = fitViewport({ ...base, bounds: scene.bounds, boxes: scene.boxes, reserve: null })
    expect(v.zoom).toBeCloseTo((700 * 0.96) / scene.bounds.h)
  })
})
