// Start live session in the desktop app: make the session's secrets here (the key never
// leaves this window), have main start the server, and join it as the host over IPC.

import { newSessionSecrets } from '@shared/live/join-link'
import { deriveSessionKeys } from '@shared/live/session-keys'
import type { OpenSocket } from '@shared/live/socket'
import { platform, type LiveHostBridge } from '../platform/bridge'
import { openDoc } from '../state/chart-doc'
import { notify } from '../state/store'
import { hostOpenChart, leaveSession, liveClient } from './live-session'
import { useLive } from './live-store'

/** The relay connection of the host window, over IPC; each hello opens a new one in main. */
function ipcSocket(bridge: LiveHostBridge): OpenSocket {
  return (_url, on) => {
    let open = true
    const off = bridge.onEvent((e) => {
      if (!open) return
      if (e.type === 'message') on.message(e.data)
      else {
        open = false
        off()
        on.close(e.code, e.reason)
      }
    })
    queueMicrotask(() => open && on.open())
    return {
      send: (frame) => {
        if (open) bridge.send(frame).catch(() => undefined)
      },
      close: () => {
        if (!open) return
        open = false
        off()
        on.close(1000, '')
      }
    }
  }
}

export async function startDesktopSession(): Promise<void> {
  const bridge = platform.live
  if (!bridge) return
  const secrets = newSessionSecrets()
  useLive.setState({ phase: 'starting', role: 'host' })
  try {
    const keys = await deriveSessionKeys(secrets.secret, secrets.roomId)
    const { joinBase } = await bridge.start({ roomId: secrets.roomId, accessToken: keys.accessToken, hostToken: secrets.hostToken })
    await hostOpenChart(openDoc(), secrets, joinBase, ipcSocket(bridge))
    const stop = liveClient()?.subscribe(() => {
      if (liveClient()?.status !== 'ended') return
      stop?.()
      void bridge.end()
    })
  } catch (e) {
    leaveSession()
    notify('error', `The live session could not start: ${e instanceof Error ? e.message : String(e)}. Nothing was shared.`)
  }
}
