// "Auto layout": tidies the whole chart into a hierarchy as one undoable edit, then
// fits it to the screen. Rendered inside the ReactFlowProvider (it needs fitView).

import { useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { layoutChart, type LayoutDirection } from '@shared/layout/layout-chart'
import { viewOf } from '../../state/view'
import { dispatch, notify, useWorkbench } from '../../state/store'
import './auto-layout.css'
import { FIT_OPTIONS } from '../../canvas/flow-sync'

const DIRECTION_LABELS: Record<LayoutDirection, string> = { down: 'Top-down', right: 'Left-right' }

export function AutoLayoutButton({ className = 'btn' }: { className?: string }) {
  const hasRoles = useWorkbench((s) => s.chart.roles.length > 0)
  const [direction, setDirection] = useState<LayoutDirection>('down')
  const [busy, setBusy] = useState(false)
  const flow = useReactFlow()

  const run = () => {
    const chart = useWorkbench.getState().chart
    setBusy(true)
    try {
      // Near the canvas's own shape, so Fit view shows the whole chart as large as it can.
      const canvas = document.querySelector('.react-flow')?.getBoundingClientRect()
      const aspect = canvas && canvas.height > 0 ? canvas.width / canvas.height : undefined
      const { positions } = layoutChart(chart, { direction, aspect, collapsed: viewOf(chart.id).collapsed })
      if (positions.length === 0) return
      // Keep the chart where it was on the canvas: the layout starts at the old top-left corner.
      const placed = chart.roles.filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
      const ox = placed.length ? Math.min(...placed.map((r) => r.x!)) : 0
      const oy = placed.length ? Math.min(...placed.map((r) => r.y!)) : 0
      const moves = positions.map((p) => ({ id: p.id, x: p.x + ox, y: p.y + oy }))
      if (!dispatch([{ type: 'moveRoles', positions: moves }], 'Auto layout')) return
      // React Flow picks up the new positions on its next render; fit after that.
      setTimeout(() => void flow.fitView({ ...FIT_OPTIONS, duration: 300 }), 60)
    } catch (e) {
      notify('error', `Auto layout could not arrange this chart (${e instanceof Error ? e.message : String(e)}). Nothing was moved; you can still arrange roles by dragging them.`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <span className="auto-layout" role="group" aria-label="Auto layout">
      <button className={className} onClick={run} disabled={!hasRoles || busy} title={`Arrange all roles ${DIRECTION_LABELS[direction].toLowerCase()} by reporting line (undo restores the old places)`}>
        Auto layout
      </button>
      <select
        className="auto-layout-direction"
        aria-label="Layout direction"
        value={direction}
        onChange={(e) => setDirection(e.target.value as LayoutDirection)}
      >
        {(Object.keys(DIRECTION_LABELS) as LayoutDirection[]).map((d) => (
          <option key={d} value={d}>
            {DIRECTION_LABELS[d]}
          </option>
        ))}
      </select>
    </span>
  )
}
