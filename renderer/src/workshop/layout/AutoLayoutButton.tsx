// "Auto layout": tidies the whole chart into a hierarchy as one undoable edit, then
// fits it to the screen. Rendered inside the ReactFlowProvider (it needs fitView).

import { useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { autoLayout, type LayoutDirection } from '@shared/layout/auto-layout'
import { dispatch, notify, useWorkbench } from '../../state/store'
import './auto-layout.css'
import { FIT_OPTIONS } from '../../canvas/flow-sync'

const DIRECTION_LABELS: Record<LayoutDirection, string> = { down: 'Top-down', right: 'Left-right' }

export function AutoLayoutButton({ className = 'btn' }: { className?: string }) {
  const hasRoles = useWorkbench((s) => s.chart.roles.length > 0)
  const [direction, setDirection] = useState<LayoutDirection>('down')
  const [busy, setBusy] = useState(false)
  const flow = useReactFlow()

  const run = async () => {
    const chart = useWorkbench.getState().chart
    setBusy(true)
    try {
      const positions = await autoLayout(chart, { direction })
      const now = useWorkbench.getState().chart
      if (now.id !== chart.id) return
      // Roles deleted while the layout ran are left out; anything added keeps its place.
      const present = new Set(now.roles.map((r) => r.id))
      const moves = positions.filter((p) => present.has(p.id))
      if (moves.length === 0) return
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
      <button className={className} onClick={() => void run()} disabled={!hasRoles || busy} title={`Arrange all roles ${DIRECTION_LABELS[direction].toLowerCase()} by reporting line (undo restores the old places)`}>
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
