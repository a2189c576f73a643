// The one selection of the workbench: a role, a card on a role, or a reporting line.
// It lives in the store; the canvas derives React Flow's `selected` flags from it and
// every panel reads it from here, so nothing keeps a second copy.

import { indexChart } from '@shared/model/index-chart'
import { NO_SELECTION, useWorkbench, type Selection, type WorkbenchState } from './store'

export type { Selection }

function set(next: Selection): void {
  const cur = useWorkbench.getState().selection
  if (cur.roleId === next.roleId && cur.dutyId === next.dutyId && cur.lineOf === next.lineOf) return
  useWorkbench.setState({ selection: next })
}

/** Selects a role (or one of its cards); `null` clears the selection. */
export function select(roleId: string | null, dutyId: string | null = null): void {
  set(roleId ? { roleId, dutyId, lineOf: null } : NO_SELECTION)
}

/** Selects the reporting line above `roleId` (the line from its manager). */
export function selectLine(roleId: string): void {
  set({ roleId: null, dutyId: null, lineOf: roleId })
}

export function clearSelection(): void {
  set(NO_SELECTION)
}

/** Selects a role and asks the canvas to centre it. */
export function focusRole(roleId: string): void {
  useWorkbench.setState((s) => ({ selection: { roleId, dutyId: null, lineOf: null }, focus: { roleId, nonce: (s.focus?.nonce ?? 0) + 1 } }))
}

export const selectedRoleId = (s: WorkbenchState): string | null => s.selection.roleId
export const selectedDutyId = (s: WorkbenchState): string | null => s.selection.dutyId
export const selectedLine = (s: WorkbenchState): string | null => s.selection.lineOf

/** The selected role as it is in the chart now (a selection can outlive an undo). */
export function selectedRole(s: WorkbenchState = useWorkbench.getState()) {
  return s.selection.roleId ? indexChart(s.chart).roleById.get(s.selection.roleId) : undefined
}

export function selectedDuty(s: WorkbenchState = useWorkbench.getState()) {
  return s.selection.dutyId ? indexChart(s.chart).dutyById.get(s.selection.dutyId) : undefined
}

/** Whether anything that Delete would remove is selected. */
export function hasDeletable(s: WorkbenchState = useWorkbench.getState()): boolean {
  if (selectedDuty(s) || selectedRole(s)) return true
  const line = s.selection.lineOf ? indexChart(s.chart).roleById.get(s.selection.lineOf) : undefined
  return !!line?.reportsTo
}
