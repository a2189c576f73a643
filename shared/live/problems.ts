// What a participant reads when a session will not have them, by the relay's close code.
// Each says what happened, that their copy is safe, and what to do.

import { CLOSE } from './wire'

export function closeProblem(code: number, reason: string): string {
  switch (code) {
    case CLOSE.wrongKey:
      return 'The key in this join link does not match the live session, so nothing was read or sent. Ask the facilitator for the link again, or scan the QR code on their screen.'
    case CLOSE.noSession:
      return 'There is no live session for this link on the host: it has ended, or the host was restarted. Ask the facilitator for a new link.'
    case CLOSE.removed:
      return 'The facilitator removed you from the live session. The chart stays on this screen as it was, but your changes are no longer shared.'
    case CLOSE.ended:
      return 'The facilitator ended the live session. The chart stays on this screen as it was when the session ended; it is no longer shared.'
    default:
      return reason || 'The live session refused this connection. Reload the page to try again.'
  }
}
