// A role drawn in full: title, person, warning badge, the Operations Manager tag and
// the cards it holds as chips (the first few, then "+N more").

import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Role } from '@shared/model/chart'
import { isOperationsManager } from '@shared/rules/role-type'
import { useWorkbench } from '../state/store'
import { selectDuties, selectRoleFindings } from '../state/selectors'
import { DutyChip } from './DutyChip'

const VISIBLE_CHIPS = 6

export function RoleDetail({ role }: { role: Role }) {
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
      {duties.length === 0 ? (
        <div className="chips chips-empty">Drop functions or duties here</div>
      ) : (
        <div className="chips" role="list" aria-label={`Cards held by ${role.title || 'this role'}`}>
          {shown.map((d, i) => (
            <DutyChip key={d.id} duty={d} flagged={flagged.has(d.id)} previous={shown[i - 1]?.id} next={shown[i + 1]?.id} />
          ))}
          {hidden > 0 && (
            <span role="listitem" className="chip-more-item">
              <button className="chip chip-more nodrag" tabIndex={-1} onClick={() => setExpanded(true)}>
                +{hidden} more
              </button>
            </span>
          )}
          {expanded && duties.length > VISIBLE_CHIPS && (
            <span role="listitem" className="chip-more-item">
              <button className="chip chip-more nodrag" tabIndex={-1} onClick={() => setExpanded(false)}>
                Show fewer
              </button>
            </span>
          )}
        </div>
      )}
    </div>
  )
}
