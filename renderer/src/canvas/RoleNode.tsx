// One role on the canvas: title, person, warning badge and the work it holds as chips,
// sized to be read on a projector. Memoised and subscribed to its own slice of the store
// only (big charts stay smooth). Zoomed far out, a role draws as a light summary.
// The selected role is the canvas's one Tab stop; keys are handled by the actions layer.

import { createContext, memo, useContext, useEffect, useRef, useState } from 'react'
import { Handle, useStore, useUpdateNodeInternals, type NodeProps, type ReactFlowState } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import type { Role } from '@shared/model/chart'
import { compactCards } from '@shared/layout/node-size'
import { useWorkbench } from '../state/store'
import { select } from '../state/selection'
import { selectRole, selectRoleSummary } from '../state/selectors'
import { useView } from '../ui/view-state'
import { carriesWork, readPayload } from './drag-payload'
import { assignWork } from './assign-work'
import { DirectionContext, handleSides, SIDE_HANDLE } from './direction'
import { RoleDetail } from './RoleDetail'
import { CollapseToggle } from './CollapseToggle'
import type { RoleFlowNode } from './flow-sync'

export type { RoleFlowNode, RoleNodeData } from './flow-sync'

/** How much of a role is drawn: chips only where they can be read, and no text at all
 *  where even a title would be a few pixels high (a whole large chart in view). Big
 *  charts draw compact cards at every zoom (shared/layout/node-size): the cards a role
 *  holds are listed in the Inspector when it is selected. */
type Detail = 'full' | 'summary' | 'block'
const zoomOf = (s: ReactFlowState) => s.transform[2]
function detailOf(zoom: number, compact: boolean): Detail {
  if (zoom < 0.12) return 'block'
  return compact || zoom < 0.3 ? 'summary' : 'full'
}

/** Decided once for the canvas: one store subscription instead of one per role. */
const DetailContext = createContext<Detail>('full')
const CompactContext = createContext(false)

export function OverviewProvider({ children }: { children: React.ReactNode }) {
  const compact = useWorkbench((s) => compactCards(s.chart.roles.length))
  const detail = detailOf(useStore(zoomOf), compact)
  return (
    <CompactContext.Provider value={compact}>
      <DetailContext.Provider value={detail}>{children}</DetailContext.Provider>
    </CompactContext.Provider>
  )
}

function RoleNodeView({ id, selected }: NodeProps<RoleFlowNode>) {
  const role = useWorkbench(selectRole(id))
  const detail = useContext(DetailContext)
  const compact = useContext(CompactContext)
  const direction = useContext(DirectionContext)
  const { cards, warnings } = useWorkbench(useShallow(selectRoleSummary(id)))
  const dropHere = useView((s) => s.dropTarget === id)
  const presented = useView((s) => s.presented === id)
  const [dropping, setDropping] = useState(false)
  const updateInternals = useUpdateNodeInternals()
  // Handles move to other sides when the chart's direction changes; React Flow must re-measure
  // them then. Not on mount: React Flow measures a new node itself, and one extra store update
  // per node made opening a big chart quadratic.
  const drawnFor = useRef(direction)
  useEffect(() => {
    if (drawnFor.current === direction) return
    drawnFor.current = direction
    updateInternals(id)
  }, [direction, id, updateInternals])
  if (!role) return null
  const sides = handleSides(direction)
  const classes = [
    'role-node',
    selected && 'is-selected',
    warnings > 0 && 'has-warnings',
    (dropping || dropHere) && 'is-drop-target',
    presented && 'is-presented',
    detail !== 'full' && 'is-overview',
    compact && 'is-compact',
    detail === 'block' && 'is-block'
  ]
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      role="group"
      aria-label={accessibleName(role, cards, warnings)}
      aria-current={selected ? 'true' : undefined}
      tabIndex={selected ? 0 : -1}
      data-testid="role-node"
      data-role-id={id}
      data-role-title={role.title}
      onFocus={(e) => e.target === e.currentTarget && !selected && select(id)}
      onDragOver={(e) => {
        if (!carriesWork(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = e.dataTransfer.effectAllowed === 'move' ? 'move' : 'copy'
        if (!dropping) setDropping(true)
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        setDropping(false)
        const payload = readPayload(e)
        if (!payload) return
        e.preventDefault()
        e.stopPropagation()
        assignWork(payload, id)
        select(id)
      }}
    >
      <Handle type="target" position={sides.target} className="role-handle" />
      <Handle type="target" id={SIDE_HANDLE} position={sides.side} className="role-handle-side" isConnectable={false} />
      {dropHere && <div className="drop-label">Reports here</div>}
      {detail === 'full' ? <RoleDetail role={role} /> : detail === 'summary' ? <RoleSummary role={role} cards={cards} warnings={warnings} /> : null}
      <Handle type="source" position={sides.source} className="role-handle" />
      <CollapseToggle roleId={id} />
    </div>
  )
}

function accessibleName(role: Role, cards: number, warnings: number): string {
  return `${role.title}${role.person ? `, ${role.person}` : ''}: ${cards} cards${warnings ? `, ${warnings} scope warnings` : ''}`
}

function RoleSummary({ role, cards, warnings }: { role: Role; cards: number; warnings: number }) {
  return (
    <div className="role-body">
      <div className="role-title">{role.title || 'Untitled role'}</div>
      <div className="chips-summary">
        {cards} {cards === 1 ? 'card' : 'cards'}
        {warnings > 0 && ` · ⚠ ${warnings}`}
      </div>
    </div>
  )
}

export const RoleNode = memo(RoleNodeView)
