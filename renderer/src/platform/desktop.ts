// The Platform on top of the preload bridge: unwraps IPC results, turning a failed
// result into a PlatformError that carries main's message for the user.
import type { IpcResult, OrgWorkbenchApi } from '@shared/ipc/contract'
import { PlatformError, type Platform } from './platform'

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>
  try {
    result = await call
  } catch {
    throw new PlatformError('Org Workbench lost contact with its main process. Nothing was changed. Please restart the app.')
  }
  if (result.ok) return result.value
  throw new PlatformError(result.error.message)
}

export function desktopPlatform(api: OrgWorkbenchApi): Platform {
  return {
    isDesktop: true,
    openChartFile: () => unwrap(api.openChartFile()),
    saveChart: (handle, text, suggestedName) =>
      handle === null ? unwrap(api.saveChartAs({ text, suggestedName })) : unwrap(api.saveChart({ handle, text })),
    listRecent: () => unwrap(api.listRecent()),
    openRecent: (handle) => unwrap(api.openRecent(handle)),
    saveExport: async (request) => (await unwrap(api.saveExport(request)))?.name ?? null,
    appInfo: () => unwrap(api.appInfo()),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    live: {
      start: (request) => unwrap(api.startLiveSession(request)),
      end: async () => void (await unwrap(api.endLiveSession())),
      send: async (frame) => void (await unwrap(api.liveSend(frame))),
      onEvent: (listener) => api.onLiveEvent(listener)
    }
  }
}
