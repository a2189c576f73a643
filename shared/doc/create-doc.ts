// A new Yjs document holding a chart: the start of every open chart, imported file,
// stored chart converted from the old row-per-entity storage, and live session.

import * as Y from 'yjs'
import type { Chart } from '../model/chart'
import { exceptionKey } from '../model/chart'
import { type EntityKind, topMaps } from './doc-schema'
import { seedChart } from './materialise'
import { ordersFor, keysAfter } from './order'
import { insertEntity, type WriteContext } from './write-entity'

/** Lines present when a chart is created carry clock 0: any later move wins over them. */
const INITIAL: WriteContext = { move: (to) => ({ to, clock: 0, client: 0 }) }

/** Number of entities `fillSteps` writes (one step each). */
const entityCount = (chart: Chart): number => chart.roles.length + chart.duties.length + (chart.cards?.length ?? 0) + chart.exceptions.length

type Seeds = Record<EntityKind, { id: string; fields: Record<string, unknown>; order: string }[]>

/**
 * Writes `chart` into an empty doc, one entity per step; must run inside transactions of `doc`.
 * With `seeds`, notes each entity's fields as written, for the doc's first read.
 */
function* fillSteps(doc: Y.Doc, chart: Chart, seeds?: Seeds): Generator<void, void, undefined> {
  const maps = topMaps(doc)
  const note = (kind: EntityKind, id: string, fields: Record<string, unknown>, order: string) => seeds?.[kind].push({ id, fields, order })
  maps.meta.set('id', chart.id)
  maps.meta.set('title', chart.title)
  if (chart.rules) maps.meta.set('rules', chart.rules)
  const roleOrders = ordersFor(chart.roles)
  for (let i = 0; i < chart.roles.length; i++) {
    const r = chart.roles[i]!
    note('roles', r.id, insertEntity('roles', maps.roles, r.id, { ...r, order: roleOrders[i] }, INITIAL), roleOrders[i]!)
    yield
  }
  const dutyOrders = ordersFor(chart.duties)
  for (let i = 0; i < chart.duties.length; i++) {
    const d = chart.duties[i]!
    note('duties', d.id, insertEntity('duties', maps.duties, d.id, { ...d, order: dutyOrders[i] }, INITIAL), dutyOrders[i]!)
    yield
  }
  const cards = chart.cards ?? []
  const cardOrders = ordersFor(cards)
  for (let i = 0; i < cards.length; i++) {
    note('cards', cards[i]!.id, insertEntity('cards', maps.cards, cards[i]!.id, { ...cards[i]!, order: cardOrders[i] }, INITIAL), cardOrders[i]!)
    yield
  }
  const exceptionOrders = keysAfter(null, chart.exceptions.length)
  for (let i = 0; i < chart.exceptions.length; i++) {
    const e = chart.exceptions[i]!
    note('exceptions', exceptionKey(e), insertEntity('exceptions', maps.exceptions, exceptionKey(e), e, INITIAL, exceptionOrders[i]), exceptionOrders[i]!)
    yield
  }
}

/** Writes `chart` into an empty doc (one transaction). */
export function fillChartDoc(doc: Y.Doc, chart: Chart, origin?: unknown): void {
  doc.transact(() => {
    for (const _ of fillSteps(doc, chart));
  }, origin)
}

const noSeeds = (): Seeds => ({ roles: [], duties: [], exceptions: [], cards: [] })

/**
 * A new doc holding `chart`. Roles, duties and cards without an order get one in list order.
 * Its first read builds the chart from what was written instead of reading it back.
 */
export function createChartDoc(chart: Chart): Y.Doc {
  const doc = new Y.Doc()
  const seeds = noSeeds()
  doc.transact(() => {
    for (const _ of fillSteps(doc, chart, seeds));
  })
  seedChart(doc, seeds)
  return doc
}

/**
 * The same document as `createChartDoc`, written `step` entities per transaction with
 * `pause(done, total)` awaited between them, so a page can show how far a big chart has got
 * (and stay responsive) while it is built.
 */
export async function buildChartDoc(chart: Chart, pause: (done: number, total: number) => Promise<void>, step = 4000): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const total = entityCount(chart)
  const seeds = noSeeds()
  const steps = fillSteps(doc, chart, seeds)
  let done = 0
  let finished = false
  while (!finished) {
    doc.transact(() => {
      for (let i = 0; i < step; i++) {
        if (steps.next().done) {
          finished = true
          return
        }
        done++
      }
    })
    await pause(Math.min(done, total), total)
  }
  seedChart(doc, seeds)
  return doc
}
