// The chart beside the finding card in Present mode. The real canvas shows through (in
// Room view, inert while Present mode is open), with the finding's role highlighted and
// centred in the free part of the screen at a size the back of the room can read.

import { useEffect, useRef } from 'react'
import { indexChart } from '@shared/model/index-chart'
import { useWorkbench } from '../../state/store'
import { centreRole, fitChart } from '../../canvas/viewport'
import { setRoomView, useView } from '../../ui/view-state'

/** Titles of 27–32 px and cards of 21–24 px on screen: readable from the back of a room. */
const presentZoom = () => (window.innerHeight >= 1000 ? 1.5 : 1.3)

export function PresentStage({ roleId }: { roleId: string | null }) {
  const stage = useRef<HTMLDivElement>(null)
  const title = useWorkbench((s) => (roleId ? indexChart(s.chart).roleById.get(roleId)?.title : undefined))

  // The chrome goes while presenting and comes back as it was.
  useEffect(() => {
    const before = useView.getState().roomView
    setRoomView(true)
    return () => {
      useView.setState({ presented: null })
      setRoomView(before)
      fitChart()
    }
  }, [])

  useEffect(() => {
    useView.setState({ presented: roleId })
    // After Room view has resized the canvas and it has been fitted once.
    const t = setTimeout(() => {
      const box = stage.current?.getBoundingClientRect()
      if (!roleId || !box) return fitChart()
      const shiftX = box.left + box.width / 2 - window.innerWidth / 2
      centreRole(roleId, { zoom: presentZoom(), shiftX, duration: 300 })
    }, 160)
    return () => clearTimeout(t)
  }, [roleId])

  return (
    <div ref={stage} className="present-stage" aria-hidden="true">
      {title && <span className="present-stage-label">On the chart: {title}</span>}
    </div>
  )
}
