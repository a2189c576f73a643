// The inspector: edit the selected role (title, person, department, role type,
// manager) and the category of each card it holds.

import { useEffect, useRef, useState } from 'react'
import type { Duty, Role, RoleType } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { useShallow } from 'zustand/react/shallow'
import { CATEGORIES, effectiveCategory, isOperationsManager } from '@shared/rules'

import { useWorkbench } from '../state/store'
import { useEnglishModelReady } from '../rules/english-model'
import { RoleOptions } from '../ui/RoleOptions'
import { selectDuties } from '../state/selectors'
import { deleteSelectedRole, removeCard, run, setCategory, setManager, updateRole } from '../actions'
import { focusRoleElement } from '../canvas/viewport'
import { useView } from '../ui/view-state'
import { CommitField } from './CommitField'
import { FoldButton } from './FoldButton'
import { RoleProfileButton } from '../workshop/profile/RoleProfile'

const CATEGORY_LIST = [...CATEGORIES.values()]

function descendantsOf(roleId: string, roles: readonly Role[]): Set<string> {
  const out = new Set<string>([roleId])
  let grew = true
  while (grew) {
    grew = false
    for (const r of roles) {
      if (r.reportsTo && out.has(r.reportsTo) && !out.has(r.id)) {
        out.add(r.id)
        grew = true
      }
    }
  }
  return out
}

function DutyRow({ duty }: { duty: Duty }) {
  const modelReady = useEnglishModelReady()
  // What "Automatic" would choose is read from the card's words; for a card with its own
  // category that is only seen once the list is opened, so it is worked out then.
  const [opened, setOpened] = useState(false)
  const shown = opened || duty.category === undefined
  const auto = modelReady && shown ? effectiveCategory({ id: duty.id, label: duty.label }).category : undefined
  const automatic = !shown ? 'Automatic' : `Automatic (${auto === undefined ? 'reading the card…' : (CATEGORIES.get(auto!)?.title ?? 'no category')})`
  return (
    <li className="inspector-duty">
      <span className="inspector-duty-label">{duty.label}</span>
      <select
        aria-label={`Category of “${duty.label}”`}
        value={duty.category ?? ''}
        onFocus={() => setOpened(true)}
        onMouseDown={() => setOpened(true)}
        onChange={(e) => run(setCategory, { dutyId: duty.id, category: e.target.value || undefined })}
      >
        <option value="">{automatic}</option>
        {CATEGORY_LIST.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      <button className="btn btn-small" aria-label={`Remove “${duty.label}”`} onClick={() => run(removeCard, duty.id)}>
        Remove
      </button>
    </li>
  )
}

/** Lists every possible manager only once the field is used: on a big chart that is thousands of options. */
function ManagerField({ role, roles }: { role: Role; roles: readonly Role[] }) {
  const [full, setFull] = useState(false)
  const manager = roles.find((r) => r.id === role.reportsTo)
  const choices = full ? roles.filter((r) => !descendantsOf(role.id, roles).has(r.id)) : manager ? [manager] : []
  return (
    <label className="field">
      <span>Reports to</span>
      <select
        value={role.reportsTo ?? ''}
        onFocus={() => setFull(true)}
        onMouseDown={() => setFull(true)}
        onChange={(e) => run(setManager, { roleId: role.id, managerId: e.target.value || null })}
      >
        <option value="">Nobody (top of the chart)</option>
        <RoleOptions roles={choices} />
      </select>
    </label>
  )
}

function InspectorHead() {
  return (
    <div className="panel-head">
      <h2 id="inspector-title">Inspector</h2>
      <FoldButton panel="side" />
    </div>
  )
}

let handledRequest = 0

/** Role title takes the caret when a role is added; Enter then goes back to the canvas. */
function TitleField({ role, onCommit }: { role: Role; onCommit: (title: string) => void }) {
  const input = useRef<HTMLInputElement>(null)
  const request = useView((s) => s.titleRequest)
  const back = useRef(false)
  useEffect(() => {
    // Each request is taken once, and only while fresh (not when the panel reopens later).
    if (!request || request.nonce === handledRequest || Date.now() - request.at > 1500) return
    handledRequest = request.nonce
    back.current = request.back
    input.current?.focus()
    input.current?.select()
  }, [request])
  const done = () => {
    if (!back.current) return
    back.current = false
    focusRoleElement(role.id)
  }
  // One field per role: a new role's field starts with its own title, so selecting it selects that.
  return <CommitField key={role.id} label="Role title" value={role.title} inputRef={input} onCommit={onCommit} onDone={done} />
}

export function Inspector() {
  const roleId = useWorkbench((s) => s.selection.roleId)
  const role = useWorkbench((s) => (roleId ? indexChart(s.chart).roleById.get(roleId) : undefined))
  const roles = useWorkbench((s) => s.chart.roles)
  const duties = useWorkbench(useShallow(selectDuties(roleId ?? '')))
  if (!role) {
    return (
      <section className="panel inspector" aria-labelledby="inspector-title">
        <InspectorHead />
        <p className="muted">Select a role to edit it. Double-click the canvas to add one.</p>
      </section>
    )
  }
  const update = (patch: Partial<Role>, label: string) => run(updateRole, { roleId: role.id, patch, label })
  const inferred = isOperationsManager({ ...role, roleType: undefined })

  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <InspectorHead />
      <TitleField role={role} onCommit={(title) => update({ title: title.trim() || 'Untitled role' }, 'Rename role')} />
      <CommitField label="Person" value={role.person ?? ''} maxLength={120} placeholder="Name of the person" onCommit={(p) => update({ person: p.trim() || undefined }, 'Change person')} />
      <CommitField label="Department" value={role.department ?? ''} onCommit={(d) => update({ department: d.trim() || undefined }, 'Change department')} />
      <label className="field">
        <span>Role type</span>
        <select
          value={role.roleType ?? ''}
          onChange={(e) => update({ roleType: (e.target.value || undefined) as RoleType | undefined }, 'Change role type')}
        >
          <option value="">Automatic from title ({inferred ? 'Operations Manager' : 'other role'})</option>
          <option value="operations-manager">Operations Manager</option>
          <option value="other">Other role (no scope rules)</option>
        </select>
      </label>
      <ManagerField role={role} roles={roles} />
      <h3>Work held ({duties.length})</h3>
      {duties.length === 0 ? <p className="muted">Drag cards from the Library onto this role.</p> : (
        <ul className="inspector-duties">
          {duties.map((d) => (
            <DutyRow key={d.id} duty={d} />
          ))}
        </ul>
      )}
      <div className="inspector-actions">
      <RoleProfileButton roleId={role.id} />
      <button className="btn btn-danger" onClick={() => run(deleteSelectedRole)}>
        {deleteSelectedRole.label}
      </button>
      </div>
    </section>
  )
}
