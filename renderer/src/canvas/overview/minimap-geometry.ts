// The minimap's scale: the whole chart fitted into the minimap's box, and the way back
// from a point on the minimap to a point of the chart.

import type { Rect } from './overview-scene'

export interface MinimapFit {
  readonly scale: number
  readonly ox: number
  readonly oy: number
}

const PAD = 6
/** Space between the minimap and the canvas's edges (the panel's margin). */
export const MINIMAP_MARGIN = 10

export function minimapFit(bounds: Rect, width: number, height: number): MinimapFit {
  const scale = Math.min((width - 2 * PAD) / Math.max(bounds.w, 1), (height - 2 * PAD) / Math.max(bounds.h, 1))
  return { scale, ox: (width - bounds.w * scale) / 2 - bounds.x * scale, oy: (height - bounds.h * scale) / 2 - bounds.y * scale }
}

export function minimapToChart(fit: MinimapFit, p: { x: number; y: number }): { x: number; y: number } {
  return { x: (p.x - fit.ox) / fit.scale, y: (p.y - fit.oy) / fit.scale }
}

/** The minimap's size for a canvas: smaller in small windows, none when it would crowd the chart. */
export function minimapSize(canvasWidth: number, canvasHeight: number): { width: number; height: number } | null {
  if (canvasWidth < 720 || canvasHeight < 420) return null
  const width = Math.round(Math.min(220, Math.max(140, canvasWidth * 0.14)))
  return { width, height: Math.round(width * 0.68) }
}
