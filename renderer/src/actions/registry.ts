// Actions that answer to keys, in the order they are tried (the first enabled one
// whose key and scope match wins: Enter adds a peer when a role is selected, a role
// when nothing is), and the ids the desktop menu bar sends.

import type { MenuCommand } from '@shared/ipc/contract'
import type { AnyAction } from './types'
import { addPeer, addReport, addRole, deleteSelection } from './structure'
import { moveCard } from './cards'
import { deselect, redo, undo } from './edit'
import { exitRoomView, fitView, palette, present, roomView } from './view'
import { exportImage, newChart, openFile, save, saveAs } from './file'
import { collapseBranch, expandBranch } from './branches'
import { enterCards, goDown, goLeft, goRight, goUp, renameRole } from './navigate'

export const KEYED_ACTIONS: readonly AnyAction[] = [
  palette,
  undo,
  redo,
  addReport,
  addPeer,
  addRole,
  goUp,
  goDown,
  goLeft,
  goRight,
  renameRole,
  enterCards,
  collapseBranch,
  expandBranch,
  moveCard,
  deleteSelection,
  // Esc leaves Room view first (it is what the room notices), then lets go of the selection.
  exitRoomView,
  deselect,
  fitView
]

export const MENU_ACTIONS: Readonly<Record<MenuCommand, AnyAction>> = {
  'new-chart': newChart,
  open: openFile,
  save,
  'save-as': saveAs,
  export: exportImage,
  'print-pdf': exportImage,
  undo,
  redo,
  'add-role': addRole,
  'add-report': addReport,
  'add-peer': addPeer,
  delete: deleteSelection,
  'room-view': roomView,
  present,
  palette
}
