// The bridge between the sandboxed page and main: exactly the channels of the shared
// contract, one line each, plus the menu-command subscription. Nothing else (no
// ipcRenderer, no Node) reaches the page. A sandboxed preload may only require
// 'electron', so this file imports nothing else at runtime but the dependency-free
// contract, which the build inlines.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  BRIDGE_GLOBAL,
  IPC_CHANNELS as C,
  isLiveEvent,
  isMenuCommand,
  LIVE_EVENT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type LiveEvent,
  type MenuCommand,
  type OrgWorkbenchApi
} from '@shared/ipc/contract'

const api: OrgWorkbenchApi = {
  openChartFile: () => ipcRenderer.invoke(C.openChartFile),
  saveChart: (req) => ipcRenderer.invoke(C.saveChart, req),
  saveChartAs: (req) => ipcRenderer.invoke(C.saveChartAs, req),
  listRecent: () => ipcRenderer.invoke(C.listRecent),
  openRecent: (handle) => ipcRenderer.invoke(C.openRecent, handle),
  saveExport: (req) => ipcRenderer.invoke(C.saveExport, req),
  appInfo: () => ipcRenderer.invoke(C.appInfo),
  startLiveSession: (req) => ipcRenderer.invoke(C.startLiveSession, req),
  endLiveSession: () => ipcRenderer.invoke(C.endLiveSession),
  liveSend: (frame) => ipcRenderer.invoke(C.liveSend, frame),
  onLiveEvent: (listener: (event: LiveEvent) => void) => {
    const relay = (_event: IpcRendererEvent, value: unknown) => {
      if (isLiveEvent(value)) listener(value)
    }
    ipcRenderer.on(LIVE_EVENT_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(LIVE_EVENT_CHANNEL, relay)
    }
  },
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay)
    }
  }
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api)
