// What travels inside a sealed frame. Document frames carry a y-protocols sync message
// (step 1, step 2 or update) and presence frames a y-protocols awareness update, each
// after the sender's Yjs client id; control frames carry the facilitator's state as JSON.

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { fromUtf8, utf8 } from './bytes'
import { parseControl, type ControlState } from './control'

/** Labels bind each sealed frame to what it is, so one kind cannot be passed off as another. */
export const LABEL = { doc: 'doc', presence: 'presence', control: 'control' } as const

export type SyncMessage =
  | { readonly type: 'step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'step2' | 'update'; readonly update: Uint8Array }
  /** From a host to one participant: your change to a locked structure was not applied. */
  | { readonly type: 'refused' }

/** Beside y-protocols' own message types (0–2). */
const MESSAGE_REFUSED = 100

export function encodeSync(sender: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, sender)
  write(e)
  return encoding.toUint8Array(e)
}

export const step1 = (sender: number, doc: Y.Doc) => encodeSync(sender, (e) => syncProtocol.writeSyncStep1(e, doc))
export const step2 = (sender: number, doc: Y.Doc, stateVector: Uint8Array) => encodeSync(sender, (e) => syncProtocol.writeSyncStep2(e, doc, stateVector))
export const updateMessage = (sender: number, update: Uint8Array) => encodeSync(sender, (e) => syncProtocol.writeUpdate(e, update))
export const refusedMessage = (sender: number) =>
  encodeSync(sender, (e) => {
    encoding.writeVarUint(e, MESSAGE_REFUSED)
    encoding.writeVarUint8Array(e, new Uint8Array())
  })

/** Null when the bytes are not a sync message. */
export function decodeSync(data: Uint8Array): { sender: number; message: SyncMessage } | null {
  try {
    const d = decoding.createDecoder(data)
    const sender = decoding.readVarUint(d)
    const type = decoding.readVarUint(d)
    const body = decoding.readVarUint8Array(d)
    if (type === syncProtocol.messageYjsSyncStep1) return { sender, message: { type: 'step1', stateVector: body } }
    if (type === syncProtocol.messageYjsSyncStep2) return { sender, message: { type: 'step2', update: body } }
    if (type === syncProtocol.messageYjsUpdate) return { sender, message: { type: 'update', update: body } }
    if (type === MESSAGE_REFUSED) return { sender, message: { type: 'refused' } }
    return null
  } catch {
    return null
  }
}

export function encodePresence(sender: number, awarenessUpdate: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, sender)
  encoding.writeVarUint8Array(e, awarenessUpdate)
  return encoding.toUint8Array(e)
}

export function decodePresence(data: Uint8Array): { sender: number; update: Uint8Array } | null {
  try {
    const d = decoding.createDecoder(data)
    return { sender: decoding.readVarUint(d), update: decoding.readVarUint8Array(d) }
  } catch {
    return null
  }
}

export const encodeControl = (state: ControlState): Uint8Array => utf8(JSON.stringify(state))

export function decodeControl(data: Uint8Array): ControlState | null {
  try {
    return parseControl(JSON.parse(fromUtf8(data)))
  } catch {
    return null
  }
}
