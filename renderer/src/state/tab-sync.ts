// Two tabs or windows on one chart stay in sync: each relays its document updates over
// a BroadcastChannel named after the chart, and on joining asks the others for what it
// lacks (state vector in, missing updates back). Both tabs append their own edits to the
// same stored update log, which merges in any order, so neither overwrites the other.

import * as Y from 'yjs'

/** Origin of updates relayed from another tab: that tab stores them. */
export const TAB_ORIGIN = 'org-workbench/other-tab'
const LIST_CHANNEL = 'org-workbench:chart-list'

type Message =
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'hello'; readonly sv: Uint8Array; readonly reply: boolean }

export function linkTabs(chartId: string, doc: Y.Doc): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(`org-workbench:chart:${chartId}`)
  const post = (m: Message) => channel.postMessage(m)
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== TAB_ORIGIN) post({ type: 'update', update })
  }
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data
    if (m.type === 'update') Y.applyUpdate(doc, m.update, TAB_ORIGIN)
    else if (m.type === 'hello') {
      const missing = Y.encodeStateAsUpdate(doc, m.sv)
      if (missing.length > 2) post({ type: 'update', update: missing })
      if (!m.reply) post({ type: 'hello', sv: Y.encodeStateVector(doc), reply: true })
    }
  }
  doc.on('update', onUpdate)
  post({ type: 'hello', sv: Y.encodeStateVector(doc), reply: false })
  return () => {
    doc.off('update', onUpdate)
    channel.close()
  }
}

/** Tells other tabs the chart list changed; returns a function that stops listening. */
export function chartListChannel(onChange: () => void): { announce: () => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined }
  const channel = new BroadcastChannel(LIST_CHANNEL)
  channel.onmessage = () => onChange()
  return { announce: () => channel.postMessage('changed'), close: () => channel.close() }
}
