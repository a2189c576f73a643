// The one way main answers the renderer: handle(channel, impl). Every call is checked
// (sender origin, argument schema) by ipc-guard.ts before impl runs, and always
// resolves to an IpcResult. Raw ipcMain is used nowhere else.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNELS, type ChannelKey, type IpcValue } from '@shared/ipc/contract'
import type { ParsedArgs } from '@shared/ipc/schemas'
import { runIpcCall } from './ipc-guard'

export type Handler<K extends ChannelKey> = (
  args: ParsedArgs<K>,
  event: IpcMainInvokeEvent
) => Promise<IpcValue<K>> | IpcValue<K>

export type HandleFn = <K extends ChannelKey>(key: K, impl: Handler<K>) => void

export function createHandle(trustedOrigins: readonly string[]): HandleFn {
  return (key, impl) => {
    ipcMain.handle(IPC_CHANNELS[key], (event, ...rawArgs: unknown[]) =>
      runIpcCall(
        key,
        rawArgs,
        {
          senderUrl: event.senderFrame?.url,
          trustedOrigins,
          log: (message, detail) => console.error(message, detail ?? '')
        },
        (args) => impl(args, event)
      )
    )
  }
}
