// Fitting the whole chart into the canvas, beside the minimap: the chart is fitted as
// large as it goes, and if a role would then sit under the minimap, the fit keeps clear
// of the minimap's corner instead (a strip at the bottom or at the left, whichever leaves
// the chart larger).

import type { Rect } from './overview-scene'

export interface Viewport {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

export interface FitInput {
  readonly bounds: Rect
  readonly boxes: readonly Rect[]
  readonly width: number
  readonly height: number
  /** The minimap's box in the bottom-left corner, margins included; null when there is none. */
  readonly reserve: { readonly width: number; readonly height: number } | null
  readonly minZoom: number
  readonly maxZoom: number
  /** Share of each side left empty. */
  readonly padding: number
}

type Area = { x: number; y: number; w: number; h: number }

function fitInto(b: Rect, a: Area, min: number, max: number, padding: number): Viewport {
  const pw = a.w * padding
  const ph = a.h * padding
  const zoom = Math.min(max, Math.max(min, Math.min((a.w - 2 * pw) / Math.max(b.w, 1), (a.h - 2 * ph) / Math.max(b.h, 1))))
  return { x: a.x + (a.w - b.w * zoom) / 2 - b.x * zoom, y: a.y + (a.h - b.h * zoom) / 2 - b.y * zoom, zoom }
}

function covers(v: Viewport, boxes: readonly Rect[], corner: Rect): boolean {
  return boxes.some((b) => {
    const x = b.x * v.zoom + v.x
    const y = b.y * v.zoom + v.y
    return x < corner.x + corner.w && corner.x < x + b.w * v.zoom && y < corner.y + corner.h && corner.y < y + b.h * v.zoom
  })
}

export function fitViewport({ bounds, boxes, width, height, reserve, minZoom, maxZoom, padding }: FitInput): Viewport {
  const full = fitInto(bounds, { x: 0, y: 0, w: width, h: height }, minZoom, maxZoom, padding)
  if (!reserve || reserve.width >= width || reserve.height >= height) return full
  const corner = { x: 0, y: height - reserve.height, w: reserve.width, h: reserve.height }
  if (!covers(full, boxes, corner)) return full
  const above = fitInto(bounds, { x: 0, y: 0, w: width, h: height - reserve.height }, minZoom, maxZoom, padding)
  const beside = fitInto(bounds, { x: reserve.width, y: 0, w: width - reserve.width, h: height }, minZoom, maxZoom, padding)
  return above.zoom >= beside.zoom ? above : beside
}
