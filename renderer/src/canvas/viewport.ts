// The canvas as the actions layer sees it: where the user is looking, how big each role
// is drawn, fitting and centring, and moving keyboard focus onto a role. ChartCanvas
// registers its React Flow instance here; without one (no canvas yet) these do nothing.

import type { ReactFlowInstance } from '@xyflow/react'
import { useView } from '../ui/view-state'
import { FIT_OPTIONS, NODE_WIDTH, type RoleFlowNode } from './flow-sync'
import { isOverview, MAX_ZOOM, MIN_ZOOM } from './overview/lod'
import { showOverviewThen } from './overview/use-overview-mode'
import type { Rect } from './overview/overview-scene'
import { fitViewport } from './overview/fit-viewport'
import { minimapSize, MINIMAP_MARGIN } from './overview/minimap-geometry'

type Flow = ReactFlowInstance<RoleFlowNode>

let flow: Flow | null = null
let wrapper: HTMLElement | null = null
let drawnBounds: (() => { bounds: Rect; boxes: readonly Rect[] }) | null = null

/** Where the roles drawn now lie, for fitting: known from the chart, not from what React Flow has measured. */
export function registerBounds(bounds: (() => { bounds: Rect; boxes: readonly Rect[] }) | null): void {
  drawnBounds = bounds
}

export function registerCanvas(instance: Flow | null, element: HTMLElement | null): void {
  flow = instance
  wrapper = element
}

/** The canvas element (the one Tab stop of the chart), if mounted. */
export function canvasElement(): HTMLElement | null {
  return wrapper
}

/** The point in the middle of what the user sees, in chart units. */
export function viewCentre(): { x: number; y: number } {
  const box = wrapper?.getBoundingClientRect()
  if (!flow || !box) return { x: 0, y: 0 }
  return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
}

/** A role's drawn size, or null before it has been measured. */
export function measuredSize(roleId: string): { width: number; height: number } | null {
  const node = flow?.getInternalNode(roleId)
  const { width, height } = node?.measured ?? {}
  return width && height ? { width, height } : null
}

/**
 * Runs a change that re-arranges what the canvas draws (collapsing a branch), then pans
 * so `roleId` stays where it was on screen: the user's eye stays on what they pressed.
 */
export function keepInPlace(roleId: string, change: () => void): void {
  const at = flow?.getInternalNode(roleId)?.internals.positionAbsolute
  change()
  if (!at) return
  const before = { x: at.x, y: at.y }
  let tries = 10
  const follow = () => {
    const after = flow?.getInternalNode(roleId)?.internals.positionAbsolute
    if (!flow) return
    if (!after || (after.x === before.x && after.y === before.y)) return void (tries-- > 0 && requestAnimationFrame(follow))
    const { x, y, zoom } = flow.getViewport()
    void flow.setViewport({ x: x - (after.x - before.x) * zoom, y: y - (after.y - before.y) * zoom, zoom })
  }
  requestAnimationFrame(follow)
}

/** Fits the whole chart after React Flow has taken in the latest positions. */
export function fitChart(duration = 250): void {
  setTimeout(() => fitNow(duration), 60)
}

/**
 * Fits every drawn role into the canvas now. Computed from the roles' positions and sizes
 * rather than through React Flow's fitView, which waits until each role in view has been
 * measured: with a big chart opened zoomed in, or roles left to the overview, it may never be.
 */
export function fitNow(duration = 0): void {
  const drawn = drawnBounds?.()
  const box = wrapper?.getBoundingClientRect()
  if (!flow) return
  if (!drawn || !box || drawn.bounds.w <= 0 || !box.width) return void flow.fitView({ ...FIT_OPTIONS, duration })
  const map = useView.getState().roomView ? null : minimapSize(box.width, box.height)
  const reserve = map && { width: map.width + 2 * MINIMAP_MARGIN, height: map.height + 2 * MINIMAP_MARGIN }
  // The same margin React Flow's fitView leaves for FIT_OPTIONS.padding.
  const padding = (1 - 1 / (1 + FIT_OPTIONS.padding)) / 2
  const view = fitViewport({ ...drawn, width: box.width, height: box.height, reserve, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, padding })
  const move = () => void flow?.setViewport(view, { duration })
  if (isOverview(view.zoom) && !isOverview(flow.getZoom())) showOverviewThen(move)
  else move()
}

/**
 * Centres a role; `shiftX` moves the point that is centred (screen pixels), for when part
 * of the window is covered (Present mode's finding card). Never zooms out.
 */
export function centreRole(roleId: string, options: { zoom?: number; shiftX?: number; duration?: number } = {}): void {
  if (!flow) return
  const node = flow.getInternalNode(roleId)
  if (!node) return
  const w = node.measured.width ?? NODE_WIDTH
  const h = node.measured.height ?? 160
  const zoom = options.zoom ?? Math.max(flow.getZoom(), 0.9)
  const x = node.internals.positionAbsolute.x + w / 2 - (options.shiftX ?? 0) / zoom
  void flow.setCenter(x, node.internals.positionAbsolute.y + h / 2, { zoom, duration: options.duration ?? 400 })
}

/** Moves keyboard focus to a role on the canvas (drawn a frame later if it just appeared). */
export function focusRoleElement(roleId: string, tries = 6): void {
  const el = wrapper?.querySelector<HTMLElement>(`[data-role-id="${CSS.escape(roleId)}"]`)
  if (el) el.focus({ preventScroll: true })
  else if (tries > 0) requestAnimationFrame(() => focusRoleElement(roleId, tries - 1))
}

/** Moves keyboard focus to the canvas itself (nothing selected). */
export function focusCanvas(): void {
  wrapper?.focus({ preventScroll: true })
}

/** Centres a role only when it is not already wholly in view (keyboard moves along the chart). */
export function centreIfHidden(roleId: string, tries = 10): void {
  const node = flow?.getInternalNode(roleId)
  const box = wrapper?.getBoundingClientRect()
  if (!flow || !box) return
  // A role added a moment ago is drawn and measured a frame or two later.
  if (!node?.measured.width) return void (tries > 0 && requestAnimationFrame(() => centreIfHidden(roleId, tries - 1)))
  const { x, y } = node.internals.positionAbsolute
  const a = flow.flowToScreenPosition({ x, y })
  const b = flow.flowToScreenPosition({ x: x + (node.measured.width ?? NODE_WIDTH), y: y + (node.measured.height ?? 160) })
  if (a.x < box.left || a.y < box.top || b.x > box.right || b.y > box.bottom) centreRole(roleId, { zoom: flow.getZoom(), duration: 200 })
}
