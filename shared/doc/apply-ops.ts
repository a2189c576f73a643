// Edits a chart document: the operations are checked and turned into a diff by the same
// pure functions as everywhere else (shared/ops), against the materialised chart; the
// diff is then written as one Yjs transaction, so undo, storage and peers see one edit.

import type * as Y from 'yjs'
import type { Chart } from '../model/chart'
import type { Change } from '../ops/diff'
import { isEmptyDiff } from '../ops/diff'
import { applyOps, type Op } from '../ops/operations'
import { type EntityKind, topMaps } from './doc-schema'
import { lastOrderKey, nextMoveClock, readChart } from './materialise'
import { keyAfter } from './order'
import { insertEntity, updateEntity, type WriteContext } from './write-entity'

/** First `before` and last `after` per id: what the whole edit did to each entity. */
function netChanges<T>(changes: readonly Change<T>[]): Map<string, { before: T | null; after: T | null }> {
  const net = new Map<string, { before: T | null; after: T | null }>()
  for (const c of changes) {
    const seen = net.get(c.id)
    net.set(c.id, { before: seen ? seen.before : c.before, after: c.after })
  }
  return net
}

function writeChanges<T extends object>(doc: Y.Doc, kind: EntityKind, changes: readonly Change<T>[] | undefined, ctx: WriteContext): void {
  if (!changes?.length) return
  const top = topMaps(doc)[kind]
  let last = lastOrderKey(doc, kind)
  for (const [id, { before, after }] of netChanges(changes)) {
    const map = top.get(id)
    if (!after) {
      if (map) top.delete(id)
    } else if (map && before) updateEntity(kind, map, before, after, ctx)
    else if (kind === 'exceptions') {
      last = keyAfter(last)
      insertEntity(kind, top, id, after, ctx, last)
    } else {
      const given = (after as { order?: string }).order
      const order = given ?? (last = keyAfter(last))
      insertEntity(kind, top, id, { ...after, order }, ctx)
    }
  }
}

/**
 * Applies operations to the chart in `doc` as one transaction with `origin` and returns the
 * chart after it. Throws OpError (nothing written) when an operation is refused.
 */
export function applyOpsToDoc(doc: Y.Doc, ops: readonly Op[], origin?: unknown): Chart {
  const before = readChart(doc)
  const { diff } = applyOps(before, ops)
  if (isEmptyDiff(diff)) return before
  const clock = nextMoveClock(doc)
  const ctx: WriteContext = { move: (to) => ({ to, clock, client: doc.clientID }) }
  const maps = topMaps(doc)
  doc.transact(() => {
    if (diff.title) maps.meta.set('title', diff.title.after)
    if (diff.rules) maps.meta.set('rules', diff.rules.after)
    writeChanges(doc, 'roles', diff.roles, ctx)
    writeChanges(doc, 'duties', diff.duties, ctx)
    writeChanges(doc, 'exceptions', diff.exceptions, ctx)
    writeChanges(doc, 'cards', diff.cards, ctx)
  }, origin)
  return readChart(doc)
}
