// Follow facilitator: while on, this participant's canvas shows what the facilitator's
// shows, the same part of the chart fitted to this window whatever its size, and Present
// mode when the facilitator presents.

import { useEffect } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useLive } from './live-store'
import { facilitatorOf } from './people'
import { startPresenting, stopPresenting } from '../workshop/present/present-store'

export function FollowFacilitator({ canvas }: { canvas: HTMLElement }) {
  const follow = useLive((s) => s.follow)
  const view = useLive((s) => (s.follow ? facilitatorOf(s.people)?.view ?? null : null))
  const flow = useReactFlow()
  useEffect(() => {
    if (!follow || !view) return
    const { width, height } = canvas.getBoundingClientRect()
    if (!width || !height) return
    const zoom = Math.min(width / view.width, height / view.height)
    const x = -view.x * zoom + (width - view.width * zoom) / 2
    const y = -view.y * zoom + (height - view.height * zoom) / 2
    void flow.setViewport({ x, y, zoom }, { duration: 0 })
  }, [follow, view, canvas, flow])
  return null
}

/** Present mode follows too: when the facilitator presents, so does a following participant. */
export function FollowPresent() {
  const presenting = useLive((s) => (s.follow ? (facilitatorOf(s.people)?.presenting ?? null) : null))
  const follow = useLive((s) => s.follow)
  useEffect(() => {
    if (!follow) return
    if (presenting) startPresenting()
    else stopPresenting()
  }, [follow, presenting])
  return null
}
