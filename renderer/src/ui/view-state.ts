// How the workbench is shown, apart from the chart itself: Room view (chrome hidden for
// the projector), which side panels are open, where a dragged role would land, which
// role Present mode is talking about, and a request to put the caret in Role title.

import { create } from 'zustand'

/** Below this window width the Library starts folded, so the canvas keeps most of the screen. */
export const NARROW_WINDOW = 1500

export interface ViewState {
  readonly roomView: boolean
  readonly libraryOpen: boolean
  readonly sideOpen: boolean
  /** The role a dragged role would report to if dropped now. */
  readonly dropTarget: string | null
  /** The role of the finding on screen in Present mode, highlighted on the chart. */
  readonly presented: string | null
  /** Bumped to move focus to the Role title field; `back` returns focus to the canvas after Enter. */
  readonly titleRequest: { readonly nonce: number; readonly back: boolean; readonly at: number } | null
}

const wide = typeof window === 'undefined' || window.innerWidth >= NARROW_WINDOW

export const useView = create<ViewState>()(() => ({
  roomView: false,
  libraryOpen: wide,
  sideOpen: true,
  dropTarget: null,
  presented: null,
  titleRequest: null
}))

export function setRoomView(on: boolean): void {
  if (useView.getState().roomView !== on) useView.setState({ roomView: on })
}

/** "Panels": both side panels at once (open if either is closed). */
export function togglePanels(): void {
  const { libraryOpen, sideOpen } = useView.getState()
  const open = !(libraryOpen && sideOpen)
  useView.setState({ libraryOpen: open, sideOpen: open })
}

export function setDropTarget(roleId: string | null): void {
  if (useView.getState().dropTarget !== roleId) useView.setState({ dropTarget: roleId })
}

/** Asks the Inspector to focus Role title; `back`: Enter there returns to the canvas. */
export function requestTitleFocus(back: boolean): void {
  useView.setState((s) => ({ sideOpen: true, titleRequest: { nonce: (s.titleRequest?.nonce ?? 0) + 1, back, at: Date.now() } }))
}
