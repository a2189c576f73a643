// The toolbar's live-session button: "Start live session" in the desktop app; during a
// session it shows how many are here and opens the facilitator's panel.

import { platform } from '../platform/bridge'
import { isInSession, useLive } from './live-store'
import { startDesktopSession } from './desktop-host'

export function LiveButton() {
  const inSession = useLive(isInSession)
  const role = useLive((s) => s.role)
  const count = useLive((s) => s.people.length)
  if (inSession && role === 'host') {
    return (
      <button className="btn btn-primary" onClick={() => useLive.setState({ dialogOpen: true })} data-testid="live-button">
        Live · {count}
      </button>
    )
  }
  if (inSession || !platform.live) return null
  return (
    <button className="btn" onClick={() => void startDesktopSession()} title="Let people in this room edit this chart from their own laptops">
      Start live session
    </button>
  )
}
