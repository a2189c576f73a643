// The zoomed-out chart: every drawn role as a box on one <canvas> over the pane, redrawn
// on each viewport change without React (a store subscription and one animation frame).
// It takes no pointer events: clicks reach the pane, where the canvas turns them into
// "zoom in here". Shown only below the zoom where DOM role nodes would be readable.

import { useEffect, useRef } from 'react'
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { useWorkbench } from '../../state/store'
import { drawOverview } from './draw-overview'
import { isOverview } from './lod'
import type { Scene } from './overview-scene'

const overviewOn = (s: ReactFlowState) => isOverview(s.transform[2])

export function OverviewLayer({ scene }: { scene: Scene }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  const on = useStore(overviewOn)
  const selectedId = useWorkbench((s) => s.selection.roleId)

  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx || !on) return
    let frame = 0
    let last: unknown[] = []
    const paint = () => {
      frame = 0
      const { transform, width, height } = store.getState()
      const dpr = window.devicePixelRatio || 1
      const key = [transform[0], transform[1], transform[2], width, height, dpr]
      if (key.every((v, i) => v === last[i])) return
      last = key
      if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
        el.width = Math.round(width * dpr)
        el.height = Math.round(height * dpr)
      }
      const inView = drawOverview(ctx, { scene, transform, width, height, dpr, selectedId })
      // What is drawn, for assistive technology and tests: a canvas has no text of its own.
      const b = scene.bounds
      const z = transform[2]
      el.dataset.drawn = String(scene.boxes.length)
      el.dataset.inView = String(inView)
      el.dataset.extent = [b.x * z + transform[0], b.y * z + transform[1], b.w * z, b.h * z].map((v) => v.toFixed(1)).join(',')
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint)
    }
    paint()
    const unsubscribe = store.subscribe(schedule)
    return () => {
      unsubscribe()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [scene, store, on, selectedId])

  const roles = scene.boxes.length
  return (
    <canvas
      ref={canvas}
      className="chart-overview"
      data-testid="chart-overview"
      hidden={!on}
      role="img"
      aria-label={`Overview of ${roles.toLocaleString('en')} ${roles === 1 ? 'role' : 'roles'}: click anywhere to zoom in there`}
    />
  )
}
