// Where a click on the overview takes the view: onto the role under the pointer (or
// nearly under it: far out, a box is a few pixels wide), else onto the clicked spot,
// zoomed in until role titles are DOM text that reads.

import { OVERVIEW_CLICK_ZOOM } from './lod'
import { roleAt, type Scene } from './overview-scene'

/** Screen pixels around a tiny box that still count as a click on it. */
const CLICK_SLOP_PX = 6

export interface ClickTarget {
  readonly x: number
  readonly y: number
  readonly zoom: number
  /** The role clicked, selected as the view arrives. */
  readonly roleId: string | null
}

/**
 * `view` is the canvas size in screen pixels: a click on empty space zooms in on that
 * spot, unless no role would be in view there; then onto the nearest role.
 */
export function overviewClickTarget(scene: Scene, point: { x: number; y: number }, zoom: number, view: { width: number; height: number }): ClickTarget {
  const hit = roleAt(scene, point, CLICK_SLOP_PX / Math.max(zoom, 1e-6))
  const target = Math.max(OVERVIEW_CLICK_ZOOM, zoom)
  if (hit) return { x: hit.x + hit.w / 2, y: hit.y + hit.h / 2, zoom: target, roleId: hit.id }
  const half = { x: view.width / 2 / target, y: view.height / 2 / target }
  const near = roleAt(scene, point, Math.min(half.x, half.y) * 0.8)
  if (near || scene.boxes.length === 0) return { x: point.x, y: point.y, zoom: target, roleId: null }
  const nearest = roleAt(scene, point, Infinity)!
  return { x: nearest.x + nearest.w / 2, y: nearest.y + nearest.h / 2, zoom: target, roleId: null }
}
