// Whether the command palette is open, and in which step: searching roles and cards,
// or choosing the role that receives a card ("Assign … to") or a duty ("Move … to").

import { create } from 'zustand'
import type { DragPayload } from '../../canvas/drag-payload'
import { rememberFocus } from '../a11y/focus'

/** Commands that go on to ask for a role. */
export type RolePurpose = 'add-under' | 'set-manager'

export type PaletteStep =
  | { readonly kind: 'search' }
  | { readonly kind: 'assign'; readonly payload: DragPayload; readonly label: string; readonly verb: 'Assign' | 'Move' }
  | { readonly kind: 'role-for'; readonly purpose: RolePurpose; readonly roleId: string | null; readonly title: string }

export const usePalette = create<{ readonly step: PaletteStep | null }>()(() => ({ step: null }))

let restoreFocus: (() => void) | null = null

function open(step: PaletteStep): void {
  if (!usePalette.getState().step) restoreFocus = rememberFocus()
  usePalette.setState({ step })
}

/** Ctrl/Cmd+K: "Search roles and cards". */
export function openPalette(): void {
  open({ kind: 'search' })
}

/** Straight to the role chooser for a card in hand or a duty already on the chart. */
export function openAssign(payload: DragPayload, label: string): void {
  open({ kind: 'assign', payload, label, verb: payload.type === 'duty' ? 'Move' : 'Assign' })
}

/** "Add role under…" (any role) or "Set manager…" (for `roleId`): the palette asks which role. */
export function openRoleChooser(purpose: RolePurpose, roleId: string | null, title: string): void {
  open({ kind: 'role-for', purpose, roleId, title })
}

export function closePalette(): void {
  if (!usePalette.getState().step) return
  usePalette.setState({ step: null })
  restoreFocus?.()
  restoreFocus = null
}
