// One role on the canvas: title, person, warning badge and the work it holds as chips.
// Memoised and subscribed to its own slice of the store only (big charts stay smooth).
// Zoomed far out, a role draws as a light summary: chips would be unreadable there,
// and drawing them is what makes panning and dragging a large chart slow.

import { createContext, memo, useContext, useState } from 'react'
import { Handle, Position, useStore, type NodeProps, type Node, type ReactFlowState } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import type { Role } from '@shared/model/chart'
import { isOperationsManager } from '@shared/rules/role-type'
import { useWorkbench, select } from '../state/store'
import { selectDuties, selectRole, selectRoleFindings, selectRoleSummary } from '../state/selectors'
import { carriesWork, readPayload } from './drag-payload'
import { assignWork } from './assign-work'
import { DutyChip } from './DutyChip'

export type RoleNodeData = { roleId: string }
export type RoleFlowNode = Node<RoleNodeData, 'role'>

const VISIBLE_CHIPS = 6
/** How much of a role is drawn: chips only where they can be read, and no text at all
 *  where even a title would be a few pixels high (a whole large chart in view). */
type Detail = 'full' | 'summary' | 'block'
const detailAt = (s: ReactFlowState): Detail => (s.transform[2] >= 0.3 ? 'full' : s.transform[2] >= 0.12 ? 'summary' : 'block')

/** Decided once for the canvas: one store subscription instead of one per role. */
const DetailContext = createContext<Detail>('full')

export function OverviewProvider({ children }: { children: React.ReactNode }) {
  return <DetailContext.Provider value={useStore(detailAt)}>{children}</DetailContext.Provider>
}

function RoleNodeView({ id, selected }: NodeProps<RoleFlowNode>) {
  const role = useWorkbench(selectRole(id))
  const detail = useContext(DetailContext)
  const { cards, warnings } = useWorkbench(useShallow(selectRoleSummary(id)))
  const [dropping, setDropping] = useState(false)
  if (!role) return null
  return (
    <div
      className={`role-node${selected ? ' is-selected' : ''}${warnings ? ' has-warnings' : ''}${dropping ? ' is-drop-target' : ''}${detail !== 'full' ? ' is-overview' : ''}${detail === 'block' ? ' is-block' : ''}`}
      role="group"
      aria-label={accessibleName(role, cards, warnings)}
      data-testid="role-node"
      data-role-title={role.title}
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
      <Handle type="target" position={Position.Top} className="role-handle" />
      {detail === 'full' ? <RoleDetail role={role} /> : detail === 'summary' ? <RoleSummary role={role} cards={cards} warnings={warnings} /> : null}
      <Handle type="source" position={Position.Bottom} className="role-handle" />
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

function RoleDetail({ role }: { role: Role }) {
  const duties = useWorkbench(useShallow(selectDuties(role.id)))
  const findings = useWorkbench(useShallow(selectRoleFindings(role.id)))
  const [expanded, setExpanded] = useState(false)
  const warnings = findings.filter((f) => f.severity !== 'info')
  const flagged = new Set(warnings.map((f) => f.dutyId))
  const shown = expanded ? duties : duties.slice(0, VISIBLE_CHIPS)
  const hidden = duties.length - shown.length

  return (
    <div className="role-body">
      <header className="role-head">
        <div className="role-titles">
          <div className="role-title">{role.title || 'Untitled role'}</div>
          <div className="role-person">{role.person || <span className="muted">No one assigned</span>}</div>
        </div>
        {warnings.length > 0 && (
          <span className="warning-badge" title={`${warnings.length} duties outside this role's scope`} data-testid="warning-badge">
            ⚠ {warnings.length}
          </span>
        )}
      </header>
      {isOperationsManager(role) && <div className="role-type-tag">Operations Manager rules apply</div>}
      <div className="chips">
        {shown.map((d) => (
          <DutyChip key={d.id} duty={d} flagged={flagged.has(d.id)} />
        ))}
        {hidden > 0 && (
          <button className="chip chip-more nodrag" onClick={() => setExpanded(true)}>
            +{hidden} more
          </button>
        )}
        {expanded && duties.length > VISIBLE_CHIPS && (
          <button className="chip chip-more nodrag" onClick={() => setExpanded(false)}>
            Show fewer
          </button>
        )}
        {duties.length === 0 && <div className="chips-empty">Drop functions or duties here</div>}
      </div>
    </div>
  )
}

export const RoleNode = memo(RoleNodeView)
