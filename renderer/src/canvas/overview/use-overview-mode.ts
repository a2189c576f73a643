// Whether the canvas shows the overview. Leaving it mounts every role node in view, the
// costliest frame there is, so zooming in past the switch shows the overview until the
// view rests, then the roles; zooming out into it is cheap and happens at once. A jump
// straight to an overview zoom (Fit view, a chart just opened) turns the overview on
// first and moves the view once the roles are hidden: moved first, React Flow would mount
// every role the new view holds (thousands) for one frame before learning they are hidden.

import { useEffect, useRef, useState } from 'react'
import { create } from 'zustand'
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { isOverview } from './lod'

/** A view change waiting for the overview to be on (see showOverviewThen). */
const ahead = create<{ then: (() => void) | null }>(() => ({ then: null }))

/** Turns the overview on, then runs `move` once the role nodes are hidden. */
export function showOverviewThen(move: () => void): void {
  ahead.setState({ then: move })
}

/** Runs the waiting view change; called after the hidden role nodes reached React Flow. */
export function useMoveWhenHidden(hidden: unknown): void {
  const then = ahead((s) => s.then)
  useEffect(() => {
    if (!then) return
    ahead.setState({ then: null })
    then()
  }, [then, hidden])
}

/** The view counts as resting this long after it last moved. */
export const VIEW_REST_MS = 120

const belowSwitch = (s: ReactFlowState) => isOverview(s.transform[2])

export function useOverviewMode(): boolean {
  const store = useStoreApi()
  const zoomedOut = useStore(belowSwitch)
  const jumping = ahead((s) => s.then !== null)
  const below = zoomedOut || jumping
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
