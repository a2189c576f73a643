// One role on the canvas: title, person, warning badge and the work it holds as chips.
// Memoised and subscribed to its own slice of the store only (big charts stay smooth).

import { memo, useState } from 'react'
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react'
import { useShallow } from 'zustand/react/shallow'
import { useWorkbench, select } from '../state/store'
import { selectDuties, selectRole, selectRoleFindings } from '../state/selectors'
import { carriesWork, readPayload } from './drag-payload'
import { assignWork } from './assign-work'
import { DutyChip } from './DutyChip'
import { isOperationsManager } from '@shared/rules/role-type'

export type RoleNodeData = { roleId: string }
export type RoleFlowNode = Node<RoleNodeData, 'role'>

const VISIBLE_CHIPS = 6

function RoleNodeView({ id, selected }: NodeProps<RoleFlowNode>) {
  const role = useWorkbench(selectRole(id))
  const duties = useWorkbench(useShallow(selectDuties(id)))
  const findings = useWorkbench(useShallow(selectRoleFindings(id)))
  const [expanded, setExpanded] = useState(false)
  const [dropping, setDropping] = useState(false)
  if (!role) return null

  const warnings = findings.filter((f) => f.severity === 'warning')
  const flagged = new Set(warnings.map((f) => f.dutyId))
  const shown = expanded ? duties : duties.slice(0, VISIBLE_CHIPS)
  const hidden = duties.length - shown.length
  const ops = isOperationsManager(role)
  const name = `${role.title}${role.person ? `, ${role.person}` : ''}: ${duties.length} cards${warnings.length ? `, ${warnings.length} scope warnings` : ''}`

  return (
    <div
      className={`role-node${selected ? ' is-selected' : ''}${warnings.length ? ' has-warnings' : ''}${dropping ? ' is-drop-target' : ''}`}
      role="group"
      aria-label={name}
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
      {ops && <div className="role-type-tag">Operations Manager rules apply</div>}
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
      <Handle type="source" position={Position.Bottom} className="role-handle" />
    </div>
  )
}

export const RoleNode = memo(RoleNodeView)
