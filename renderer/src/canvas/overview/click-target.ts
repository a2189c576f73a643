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

export function overviewClickTarget(scene: Scene, point: { x: number; y: number }, zoom: number): ClickTarget {
  const hit = roleAt(scene, point, CLICK_SLOP_PX / Math.max(zoom, 1e-6))
  const target = Math.max(OVERVIEW_CLICK_ZOOM, zoom)
  if (!hit) return { x: point.x, y: point.y, zoom: target, roleId: null }
  return { x: hit.x + hit.w / 2, y: hit.y + hit.h / 2, zoom: target, roleId: hit.id }
}
