// The checks every IPC call passes before any handler runs, kept free of Electron so
// they are unit tested: the caller must be a page from the app's own origin, its
// arguments must match the contract's schemas, and whatever happens the reply is a
// result object with a message meant for the user.
import type { ChannelKey, IpcResult, IpcValue } from '@shared/ipc/contract'
import { parseIpcArgs, type ParsedArgs } from '@shared/ipc/schemas'
import { isUserFacingError } from './errors'
import { isTrustedUrl } from './origin'

const ACTIONS: Readonly<Record<ChannelKey, string>> = {
  openChartFile: 'opening the chart',
  saveChart: 'saving the chart',
  saveChartAs: 'saving the chart',
  listRecent: 'listing recent files',
  openRecent: 'opening the recent file',
  saveExport: 'saving the export',
  appInfo: 'reading the app version',
  startLiveSession: 'starting the live session',
  endLiveSession: 'ending the live session',
  liveSend: 'sending to the live session'
}

export const UNTRUSTED_SENDER_MESSAGE =
  'A request came from a page that is not part of Org Workbench and was ignored. Nothing was changed.'

export interface IpcCallContext {
  /** URL of the frame that sent the message; null when the frame is gone. */
  readonly senderUrl: string | null | undefined
  readonly trustedOrigins: readonly string[]
  readonly log?: (message: string, detail?: unknown) => void
}

export type IpcImpl<K extends ChannelKey> = (args: ParsedArgs<K>) => Promise<IpcValue<K>> | IpcValue<K>

export async function runIpcCall<K extends ChannelKey>(
  key: K,
  rawArgs: readonly unknown[],
  context: IpcCallContext,
  impl: IpcImpl<K>
): Promise<IpcResult<IpcValue<K>>> {
  const log = context.log ?? (() => {})
  if (!isTrustedUrl(context.senderUrl, context.trustedOrigins)) {
    log(`IPC ${key} refused: sender ${String(context.senderUrl)} is not a trusted origin`)
    return failure(UNTRUSTED_SENDER_MESSAGE)
  }
  const parsed = parseIpcArgs(key, rawArgs)
  if (!parsed.ok) {
    log(`IPC ${key} refused: ${parsed.problem}`)
    return failure(
      `Org Workbench could not understand a request while ${ACTIONS[key]}, so nothing was changed. ` +
        'Please try again; if it keeps happening, restart the app.'
    )
  }
  try {
    return { ok: true, value: await impl(parsed.args) }
  } catch (error) {
    if (isUserFacingError(error)) return failure(error.message)
    log(`IPC ${key} failed`, error)
    return failure(
      `Something went wrong while ${ACTIONS[key]}. Nothing on disk was changed. ` +
        'Please try again; if it keeps happening, restart the app.'
    )
  }
}

function failure(message: string): { ok: false; error: { message: string } } {
  return { ok: false, error: { message } }
}
