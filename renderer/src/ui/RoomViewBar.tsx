// Room view's only chrome: a small corner bar to leave it (Esc does too) and the
// number of open warnings, quiet enough not to distract the room.

import { roomView } from '../actions'
import { useWorkbench } from '../state/store'
import { selectWarningCount } from '../state/selectors'
import { ActionButton } from './ActionButton'

export function RoomViewBar() {
  const warnings = useWorkbench(selectWarningCount)
  return (
    <nav className="room-view-bar" aria-label="Room view">
      {warnings > 0 && <span className="room-view-warnings">⚠ {warnings}</span>}
      <ActionButton action={roomView} pressed title="Leave Room view (Esc)" />
    </nav>
  )
}
