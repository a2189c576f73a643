// Fits the chart when another chart is shown, when the canvas gets more or less room, and
// when a branch is focused. Rendered inside React Flow ahead of the overview layer: its
// effect runs after React Flow has set up panning and zooming and before the overview's
// first paint, so a chart just opened is drawn once, already fitted, and never shows a
// first view and then a second one.

import { useEffect, useRef } from 'react'
import { useStoreApi } from '@xyflow/react'
import { useView } from '../ui/view-state'
import { fitNow } from './viewport'

export function FitOnChange({ chartId, fitKey, focusBranch }: { chartId: string; fitKey?: unknown; focusBranch?: string | null }) {
  const store = useStoreApi()
  const fitted = useRef<string | null>(null)
  useEffect(() => {
    // Present mode turns Room view on and places the view on its role itself; a fit here
    // would land after that glide starts and cut it short.
    if (useView.getState().presented) return
    if (fitted.current !== chartId && store.getState().panZoom) {
      fitted.current = chartId
      return void fitNow()
    }
    // Other changes of room wait for the panels around the canvas to settle.
    const t = setTimeout(() => fitNow(), 50)
    return () => clearTimeout(t)
  }, [chartId, fitKey, focusBranch, store])
  return null
}
