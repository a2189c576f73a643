// The live-session channels of the IPC contract: Start live session, End session, and the
// host window's relay frames. Registered from handlers.ts like every other channel.
import { join } from 'node:path'
import { LIVE_EVENT_CHANNEL } from '../../../shared/ipc/contract'
import type { HandleFn } from '../ipc'
import { DesktopLiveHost } from './desktop-host'

let host: DesktopLiveHost | null = null
const theHost = () => (host ??= new DesktopLiveHost(join(__dirname, '../renderer')))

export function registerLiveHandlers(handle: HandleFn): void {
  handle('startLiveSession', ([req], event) =>
    theHost().start(req, (e) => {
      if (!event.sender.isDestroyed()) event.sender.send(LIVE_EVENT_CHANNEL, e)
    })
  )
  handle('endLiveSession', async () => {
    await theHost().end()
    return null
  })
  handle('liveSend', ([frame]) => {
    theHost().send(frame)
    return null
  })
}
