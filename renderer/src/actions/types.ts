// What an action is: one user command, declared once and used by every place that
// offers it (toolbar, File menu, the desktop menu bar, command palette, keys, canvas,
// Present mode). `perform` changes the chart only through `dispatch`.

import type { WorkbenchState } from '../state/store'

/**
 * Where an action's keys count:
 * - `always`: everywhere, text fields included (Ctrl/Cmd+K);
 * - `page`: anywhere except while typing in a text field (undo, redo);
 * - `chart`: on the page, the canvas or a card on it, not in fields or dialogs (Delete, Esc, M);
 * - `canvas`: only when the canvas or a role on it has focus (Tab, Enter, arrows).
 */
export type KeyScope = 'always' | 'page' | 'chart' | 'canvas'

export interface Action<A = void> {
  readonly id: string
  readonly label: string
  /** Key combinations, e.g. `Mod+Z` (Mod is Ctrl, or Cmd on a Mac), `Shift+Tab`, `Delete`. */
  readonly keys?: readonly string[]
  readonly keyScope?: KeyScope
  /** Longer text for tooltips and the palette. */
  readonly hint?: string
  readonly enabled: (state: WorkbenchState, arg: A) => boolean
  readonly perform: (state: WorkbenchState, arg: A) => void
}

export type AnyAction = Action<void>
