// Everything a live session adds to the workbench, mounted once inside the canvas provider:
// the live bar, the facilitator's panel, others' pointers, Follow facilitator, and the
// presence this window publishes.

import { useLive } from './live-store'
import { useCanvasElement } from './canvas-element'
import { usePointerPresence, usePresentPresence, useViewPresence } from './canvas-presence'
import { FollowFacilitator, FollowPresent } from './FollowFacilitator'
import { LiveBar } from './LiveBar'
import { LiveDialog } from './LiveDialog'
import { PresenceOverlay } from './PresenceOverlay'

export function LiveLayer() {
  const active = useLive((s) => s.chartShown && (s.phase === 'live' || s.phase === 'offline'))
  return (
    <>
      <LiveBar />
      <LiveDialog />
      {active && <LiveCanvas />}
    </>
  )
}

function LiveCanvas() {
  const canvas = useCanvasElement()
  const host = useLive((s) => s.role === 'host')
  usePointerPresence(canvas)
  useViewPresence(canvas, host)
  usePresentPresence(host)
  if (!canvas) return null
  return (
    <>
      <PresenceOverlay canvas={canvas} />
      <FollowFacilitator canvas={canvas} />
      <FollowPresent />
    </>
  )
}
