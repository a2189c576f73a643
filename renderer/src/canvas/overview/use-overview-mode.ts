// Whether the canvas shows the overview. Leaving it mounts every role node in view, the
// costliest frame there is, so zooming in past the switch shows the overview until the
// view rests, then the roles; zooming out into it is cheap and happens at once.

import { useEffect, useRef, useState } from 'react'
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { isOverview } from './lod'

/** The view counts as resting this long after it last moved. */
export const VIEW_REST_MS = 120

const belowSwitch = (s: ReactFlowState) => isOverview(s.transform[2])

export function useOverviewMode(): boolean {
  const store = useStoreApi()
  const below = useStore(belowSwitch)
  const [shown, setShown] = useState(below)
  const showing = useRef(shown)
  showing.current = below || shown
  useEffect(() => {
    if (below) return setShown(true)
    if (!showing.current) return
    // Zoomed in past the switch from the overview: the roles appear once the view rests.
    let last = store.getState().transform
    let timer = setTimeout(() => setShown(false), VIEW_REST_MS)
    const unsubscribe = store.subscribe((s) => {
      if (s.transform === last) return
      last = s.transform
      clearTimeout(timer)
      timer = setTimeout(() => setShown(false), VIEW_REST_MS)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [below, store])
  return below || shown
}
