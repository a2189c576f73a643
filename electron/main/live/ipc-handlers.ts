// The live-session channels of the IPC contract: Start live session, End session, and the
// host window's relay frames. Registered from handlers.ts like every other channel.
import { join } from 'node:path'
import { app } from 'electron'
import { LIVE_EVENT_CHANNEL } from '../../../shared/ipc/contract'
import type { HandleFn } from '../ipc'
import { DesktopLiveHost } from './desktop-host'

let host: DesktopLiveHost | null = null
function theHost(): DesktopLiveHost {
  if (host) return host
  const created = new DesktopLiveHost(join(__dirname, '../renderer'))
  // Quitting the app ends the session, so participants are told rather than left waiting.
  app.once('before-quit', () => void created.end())
  return (host = created)
}

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
