// The minimap, shown only while part of the chart is out of view: over a fitted chart it
// would only cover roles (at 1366×768 it sits on top of the bottom-left branch).

import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react'

/** Roles' bounds against the visible pane, in screen pixels, with a little slack for rounding. */
function chartOutOfView(s: ReactFlowState): boolean {
  const [tx, ty, zoom] = s.transform
  for (const n of s.nodeLookup.values()) {
    const { x, y } = n.internals.positionAbsolute
    const w = n.measured.width ?? n.width ?? n.initialWidth ?? 0
    const h = n.measured.height ?? n.height ?? n.initialHeight ?? 0
    if (x * zoom + tx < -2 || y * zoom + ty < -2 || (x + w) * zoom + tx > s.width + 2 || (y + h) * zoom + ty > s.height + 2) return true
  }
  return false
}

export function ChartMiniMap() {
  const needed = useStore(chartOutOfView)
  return needed ? <MiniMap position="bottom-left" pannable zoomable nodeStrokeWidth={3} ariaLabel="Minimap" /> : null
}
