// The minimap, at every chart size: the chart drawn once into a bitmap (boxes and
// warnings), with the part in view outlined on top; only the outline is redrawn while
// panning. Press or drag on it to move the view there; the wheel zooms.

import { useEffect, useMemo, useRef } from 'react'
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import { COLOURS } from './draw-overview'
import { minimapFit, minimapSize, minimapToChart } from './minimap-geometry'
import { visibleRect, type Scene } from './overview-scene'

const canvasSize = (s: ReactFlowState) => `${s.width}x${s.height}`

export function OverviewMinimap({ scene }: { scene: Scene }) {
  const el = useRef<HTMLCanvasElement>(null)
  const store = useStoreApi()
  const flow = useReactFlow()
  const [cw, ch] = useStore(canvasSize).split('x').map(Number)
  const sized = minimapSize(cw, ch)
  const [mw, mh] = sized ? [sized.width, sized.height] : [0, 0]
  const size = useMemo(() => (mw ? { width: mw, height: mh } : null), [mw, mh])
  const { bounds, boxes } = scene
  const fit = useMemo(() => (size ? minimapFit(bounds, size.width, size.height) : null), [bounds, size])
  const bitmap = useMemo(() => {
    if (!size || !fit) return null
    const dpr = window.devicePixelRatio || 1
    const off = document.createElement('canvas')
    off.width = size.width * dpr
    off.height = size.height * dpr
    const ctx = off.getContext('2d')
    if (!ctx) return null
    ctx.setTransform(dpr * fit.scale, 0, 0, dpr * fit.scale, dpr * fit.ox, dpr * fit.oy)
    // Tiny boxes still show as at least a pixel. One path per colour: thousands of boxes fill at once.
    const min = 1 / fit.scale
    for (const warn of [false, true]) {
      const path = new Path2D()
      for (const b of boxes) if (b.warn === warn) path.rect(b.x, b.y, Math.max(b.w, min), Math.max(b.h, min))
      ctx.fillStyle = warn ? COLOURS.warnEdge : COLOURS.boxEdge
      ctx.fill(path)
    }
    return off
  }, [boxes, fit, size])

  useEffect(() => {
    const canvas = el.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx || !size || !fit || !bitmap) return
    const dpr = window.devicePixelRatio || 1
    canvas.width = size.width * dpr
    canvas.height = size.height * dpr
    let frame = 0
    const paint = () => {
      frame = 0
      const { transform, width, height } = store.getState()
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      ctx.clearRect(0, 0, canvas.width, canvas.height)
      ctx.drawImage(bitmap, 0, 0)
      const v = visibleRect(transform, width, height)
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
      const x = v.x * fit.scale + fit.ox, y = v.y * fit.scale + fit.oy
      ctx.fillStyle = 'rgba(37, 99, 235, 0.10)'
      ctx.strokeStyle = COLOURS.selected
      ctx.lineWidth = 2
      ctx.fillRect(x, y, v.w * fit.scale, v.h * fit.scale)
      ctx.strokeRect(x, y, Math.max(v.w * fit.scale, 3), Math.max(v.h * fit.scale, 3))
    }
    paint()
    const unsubscribe = store.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(paint)
    })
    return () => {
      unsubscribe()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [store, size, fit, bitmap])

  if (!size || !fit) return null
  const moveTo = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect()
    const p = minimapToChart(fit, { x: e.clientX - r.left, y: e.clientY - r.top })
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() })
  }
  return (
    <canvas
      ref={el}
      className="overview-minimap nodrag nopan nowheel"
      data-testid="minimap"
      role="img"
      aria-label="Minimap"
      style={{ width: size.width, height: size.height }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        moveTo(e)
      }}
      onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
      onWheel={(e) => void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2))}
    />
  )
}
