// The zoomed-out chart: every drawn role as a box on one <canvas> over the pane, redrawn
// on each viewport change without React (a store subscription and one animation frame):
// from a bitmap of the whole chart while the view moves, sharp once it rests.
// It takes no pointer events: clicks reach the pane, where the canvas turns them into
// "zoom in here". Shown only below the zoom where DOM role nodes would be readable.

import { useEffect, useRef } from 'react'
import { useStoreApi } from '@xyflow/react'
import { useWorkbench } from '../../state/store'
import { drawOverview } from './draw-overview'
import { VIEW_REST_MS } from './use-overview-mode'
import { chartBitmap, drawBitmap, drawnBitmap } from './overview-bitmap'
import { intersects, visibleRect, type Scene } from './overview-scene'


function countInView(scene: Scene, transform: readonly [number, number, number], width: number, height: number): number {
  const view = visibleRect(transform, width, height)
  let n = 0
  for (const b of scene.boxes) if (intersects(b, view)) n++
  return n
}

/** `on`: whether the canvas shows the overview now (see use-overview-mode.ts). */
export function OverviewLayer({ scene, on }: { scene: Scene; on: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  const selectedId = useWorkbench((s) => s.selection.roleId)

  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx || !on) return
    let frame = 0
    let rest: ReturnType<typeof setTimeout> | undefined
    let last: unknown[] = []
    const paint = (sharp: boolean) => {
      frame = 0
      const { transform, width, height } = store.getState()
      const dpr = window.devicePixelRatio || 1
      const key = [transform[0], transform[1], transform[2], width, height, dpr]
      const same = key.every((v, i) => v === last[i])
      if (same && !sharp) return
      // Only the view moving is drawn from the bitmap; a resize or a new scene is drawn sharp.
      const moving = !sharp && key.slice(3).every((v, i) => v === last[i + 3])
      last = key
      if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
        el.width = Math.round(width * dpr)
        el.height = Math.round(height * dpr)
      }
      // Not drawn on demand: the glide that follows opening a chart is drawn sharp rather than wait for it.
      const bitmap = moving ? drawnBitmap(scene) : null
      let inView: number
      if (bitmap) {
        drawBitmap(ctx, bitmap, scene, transform, width, height, dpr)
        inView = countInView(scene, transform, width, height)
        clearTimeout(rest)
        rest = setTimeout(() => paint(true), VIEW_REST_MS)
      } else inView = drawOverview(ctx, { scene, transform, width, height, dpr, selectedId })
      // What is drawn, for assistive technology and tests: a canvas has no text of its own.
      const b = scene.bounds
      const z = transform[2]
      el.dataset.drawn = String(scene.boxes.length)
      el.dataset.inView = String(inView)
      el.dataset.extent = [b.x * z + transform[0], b.y * z + transform[1], b.w * z, b.h * z].map((v) => v.toFixed(1)).join(',')
      el.dataset.sharp = String(!bitmap)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => paint(false))
    }
    paint(true)
    // Ready before the first zoom or pan: drawn while the browser is idle.
    const idle = requestIdleCallback(() => chartBitmap(scene), { timeout: 2000 })
    const unsubscribe = store.subscribe(schedule)
    return () => {
      unsubscribe()
      cancelIdleCallback(idle)
      clearTimeout(rest)
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
