// Which workshop dialog is open. Kept outside the buttons that open them, so the same
// dialog opens from the toolbar, the More menu or the command palette.

import { create } from 'zustand'

export type WorkshopDialogId = 'scenario' | 'compare' | 'decision-log'

export const useDialogs = create<{ readonly open: WorkshopDialogId | null }>()(() => ({ open: null }))

export function openDialog(id: WorkshopDialogId): void {
  useDialogs.setState({ open: id })
}

export function closeDialog(): void {
  useDialogs.setState({ open: null })
}
