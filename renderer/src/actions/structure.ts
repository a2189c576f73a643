// Structure actions: add a role, a report or a peer; delete; choose a manager. Every
// add selects the new role and puts the caret in its Role title field.

import { indexChart } from '@shared/model/index-chart'
import { newId } from '@shared/model/ids'
import { dispatch, type WorkbenchState } from '../state/store'
import { clearSelection, hasDeletable, select, selectedDuty, selectedRole } from '../state/selection'
import { planAddPeer, planAddReport, planAddRole, planDeleteRole, planSetManager, type Planned } from '../canvas/structure-edits'
import { centreIfHidden, focusCanvas, focusRoleElement, viewCentre } from '../canvas/viewport'
import { requestTitleFocus } from '../ui/view-state'
import { defineAction } from './define'

function added(planned: Planned, label: string): void {
  if (!dispatch(planned.ops, label)) return
  select(planned.roleId)
  // Drawn on the next render: bring it into view then, without zooming.
  setTimeout(() => centreIfHidden(planned.roleId), 60)
  requestTitleFocus(true)
}

const hasRole = (s: WorkbenchState) => !!selectedRole(s)

/** A new role placed relative to the selected one, from a canvas key or its button. */
function addFromSelected(id: string, label: string, hint: string, key: string, plan: typeof planAddReport) {
  return defineAction({ id, label, hint, keys: [key], keyScope: 'canvas', enabled: hasRole, perform: (s) => added(plan(s.chart, s.selection.roleId!), label) })
}

export const addReport = addFromSelected('add-report', 'Add report', 'A new role reporting to the selected role', 'Tab', planAddReport)
export const addPeer = addFromSelected('add-peer', 'Add peer', 'A new role beside the selected role, with the same manager', 'Enter', planAddPeer)

/** With nothing selected, Enter on the canvas adds a role too. */
export const addRole = defineAction({
  id: 'add-role',
  label: 'Add role',
  hint: 'A new role on its own, beside the chart',
  keys: ['Enter'],
  keyScope: 'canvas',
  enabled: () => true,
  perform: (s) => added(planAddRole(s.chart, null, 'New role', undefined, viewCentre()), 'Add role')
})

/** "Add role under…": a new report for any role, chosen in the palette. */
export const addRoleUnder = defineAction<string>({
  id: 'add-role-under',
  label: 'Add role under…',
  enabled: (s, managerId) => indexChart(s.chart).roleById.has(managerId),
  perform: (s, managerId) => added(planAddReport(s.chart, managerId), 'Add report')
})

/** "Set manager…", a role dropped onto another, a line drawn between handles. */
export const setManager = defineAction<{ roleId: string; managerId: string | null }>({
  id: 'set-manager',
  label: 'Set manager…',
  enabled: (s, { roleId, managerId }) => indexChart(s.chart).roleById.has(roleId) && roleId !== managerId,
  perform: (s, { roleId, managerId }) => {
    const { roleById } = indexChart(s.chart)
    const label = managerId ? `${roleById.get(roleId)?.title ?? 'Role'} reports to ${roleById.get(managerId)?.title ?? 'another role'}` : 'Remove manager'
    dispatch(planSetManager(s.chart, roleId, managerId), label)
  }
})

function deleteRole(s: WorkbenchState): void {
  const role = selectedRole(s)
  if (!role) return
  const onCanvas = document.activeElement?.closest('.canvas')
  if (!dispatch(planDeleteRole(s.chart, role.id), `Delete “${role.title}”`)) return
  // Keyboard users carry on from the manager, where the gap closed.
  if (role.reportsTo) {
    select(role.reportsTo)
    if (onCanvas) focusRoleElement(role.reportsTo)
  } else {
    clearSelection()
    if (onCanvas) focusCanvas()
  }
}

export const deleteSelectedRole = defineAction({
  id: 'delete-role',
  label: 'Delete role',
  enabled: hasRole,
  perform: deleteRole
})

/** Delete or Backspace: the selected card, role or reporting line. */
export const deleteSelection = defineAction({
  id: 'delete',
  label: 'Delete',
  hint: 'Delete the selected role, card or reporting line',
  keys: ['Delete', 'Backspace'],
  keyScope: 'chart',
  enabled: hasDeletable,
  perform: (s) => {
    const duty = selectedDuty(s)
    if (duty) {
      if (dispatch([{ type: 'removeDuty', dutyId: duty.id }], `Remove “${duty.label}”`) && duty.roleId) {
        select(duty.roleId)
        if (document.activeElement?.closest('.canvas') || document.activeElement === document.body) focusRoleElement(duty.roleId)
      }
      return
    }
    if (selectedRole(s)) return deleteRole(s)
    const roleId = s.selection.lineOf
    if (roleId && dispatch([{ type: 'setReportsTo', roleId, reportsTo: null }], 'Delete reporting line')) clearSelection()
  }
})

/** Double-click on empty canvas: a role right there. */
export const addRoleAt = defineAction<{ x: number; y: number }>({
  id: 'add-role-at',
  label: 'Add role here',
  enabled: () => true,
  perform: (_s, at) => {
    const id = newId('r')
    added({ roleId: id, ops: [{ type: 'addRole', role: { id, title: 'New role', x: Math.round(at.x - 130), y: Math.round(at.y - 40) } }] }, 'Add role')
  }
})

/** Roles dragged and let go somewhere empty stay where they were put. */
export const moveRoles = defineAction<readonly { id: string; x: number; y: number }[]>({
  id: 'move-roles',
  label: 'Move role',
  enabled: (_s, positions) => positions.length > 0,
  perform: (_s, positions) => void dispatch([{ type: 'moveRoles', positions }], positions.length > 1 ? `Move ${positions.length} roles` : 'Move role')
})
