// What each IPC channel does in main. One line per channel, all through handle(),
// so the contract in shared/ipc/contract.ts is implemented in exactly one place.
import { app, BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { electronDialogs } from './dialogs'
import type { ChartFiles } from './files'
import type { HandleFn } from './ipc'
import { registerLiveHandlers } from './live/ipc-handlers'
import { APP_DISPLAY_NAME } from './window'

function dialogsFor(event: IpcMainInvokeEvent) {
  return electronDialogs(BrowserWindow.fromWebContents(event.sender))
}

export function registerHandlers(handle: HandleFn, files: ChartFiles): void {
  handle('openChartFile', (_args, event) => files.openWithDialog(dialogsFor(event)))
  handle('saveChart', ([req]) => files.save(req.handle, req.text))
  handle('saveChartAs', ([req], event) => files.saveAs(dialogsFor(event), req.text, req.suggestedName))
  handle('listRecent', () => files.listRecent())
  handle('openRecent', ([handleToken]) => files.openRecent(handleToken))
  handle('saveExport', ([req], event) => files.saveExport(dialogsFor(event), req))
  handle('appInfo', () => ({
    name: APP_DISPLAY_NAME,
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? ''
  }))
  registerLiveHandlers(handle)
}
