// A new Yjs document holding a chart: the start of every open chart, imported file,
// stored chart converted from the old row-per-entity storage, and live session.

import * as Y from 'yjs'
import type { Chart } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { topMaps } from './doc-schema'
import { ordersFor, keysAfter } from './order'
import { insertEntity, type WriteContext } from './write-entity'

/** Lines present when a chart is created carry clock 0: any later move wins over them. */
const INITIAL: WriteContext = { move: (to) => ({ to, clock: 0, client: 0 }) }

/** Writes `chart` into an empty doc (one transaction). */
export function fillChartDoc(doc: Y.Doc, chart: Chart, origin?: unknown): void {
  const maps = topMaps(doc)
  doc.transact(() => {
    maps.meta.set('id', chart.id)
    maps.meta.set('title', chart.title)
    if (chart.rules) maps.meta.set('rules', chart.rules)
    const roleOrders = ordersFor(chart.roles)
    chart.roles.forEach((r, i) => insertEntity('roles', maps.roles, r.id, { ...r, order: roleOrders[i] }, INITIAL))
    const dutyOrders = ordersFor(chart.duties)
    chart.duties.forEach((d, i) => insertEntity('duties', maps.duties, d.id, { ...d, order: dutyOrders[i] }, INITIAL))
    const cards = chart.cards ?? []
    const cardOrders = ordersFor(cards)
    cards.forEach((c, i) => insertEntity('cards', maps.cards, c.id, { ...c, order: cardOrders[i] }, INITIAL))
    const exceptionOrders = keysAfter(null, chart.exceptions.length)
    chart.exceptions.forEach((e, i) => insertEntity('exceptions', maps.exceptions, exceptionKey(e), e, INITIAL, exceptionOrders[i]))
  }, origin)
}

/** A new doc holding `chart`. Roles, duties and cards without an order get one in list order. */
export function createChartDoc(chart: Chart): Y.Doc {
  const doc = new Y.Doc()
  fillChartDoc(doc, chart)
  return doc
}
