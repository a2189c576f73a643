// The chart document: a chart goes in and comes out the same (with orders), edits are
// written per field, and concurrent edits merge into one valid chart on every client.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { applyOpsToDoc, createChartDoc, readChart } from '@shared/doc'
import { OpError } from '@shared/ops/operations'

const chart: Chart = {
  id: 'c1',
  title: 'Plan',
  roles: [
    { id: 'ceo', title: 'CEO', x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200 },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo', person: 'Kim', x: 300, y: 200 }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Schedule shifts', roleId: 'ops' },
    { id: 'd3', label: 'Order stock', roleId: null }
  ],
  exceptions: [{ ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'small company' }],
  rules: { context: 'small-company' },
  cards: [{ id: 'k1', label: 'Run the tombola', kind: 'duty', group: 'Custom cards', category: '' }]
}

/** The chart without orders, to compare with an input that had none. */
function plain(c: Chart): Chart {
  const strip = <T extends { order?: string }>({ order: _o, ...rest }: T) => rest
  return { ...c, roles: c.roles.map(strip), duties: c.duties.map(strip), ...(c.cards ? { cards: c.cards.map(strip) } : {}) }
}

/** Two docs that start from the same state, as two participants of one chart. */
function pair(start: Chart = chart): [Y.Doc, Y.Doc] {
  const a = createChartDoc(start)
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b]
}

function sync(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

describe('chart document', () => {
  it('holds a chart and reads it back, giving every role, duty and card an order in list order', () => {
    const read = readChart(createChartDoc(chart))
    expect(plain(read)).toEqual(chart)
    const orders = read.roles.map((r) => r.order!)
    expect([...orders].sort()).toEqual(orders)
    expect(read.duties.every((d) => typeof d.order === 'string')).toBe(true)
    expect(readChart(createChartDoc(read))).toEqual(read)
  })

  it('returns the same chart object until something changes, and keeps untouched roles and duties', () => {
    const doc = createChartDoc(chart)
    const first = readChart(doc)
    expect(readChart(doc)).toBe(first)
    const next = applyOpsToDoc(doc, [{ type: 'updateRole', roleId: 'hr', patch: { person: 'Alex' } }])
    expect(next).not.toBe(first)
    expect(next.roles[2]!.person).toBe('Alex')
    expect(next.roles[0]).toBe(first.roles[0])
    expect(next.duties).toBe(first.duties)
  })

  it('refuses an edit the operations refuse and writes nothing', () => {
    const doc = createChartDoc(chart)
    const before = Y.encodeStateVector(doc)
    expect(() => applyOpsToDoc(doc, [{ type: 'setReportsTo', roleId: 'ceo', reportsTo: 'ops' }])).toThrow(OpError)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('puts new roles and duties after the others and keeps their place through removal and undo', () => {
    const doc = createChartDoc(chart)
    const undo = new Y.UndoManager([doc.getMap('roles'), doc.getMap('duties'), doc.getMap('exceptions')], { trackedOrigins: new Set(['me']), captureTimeout: 0 })
    applyOpsToDoc(doc, [{ type: 'addDuty', duty: { id: 'd4', label: 'Plan routes', roleId: 'hr' } }], 'me')
    expect(readChart(doc).duties.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4'])
    const before = readChart(doc)
    applyOpsToDoc(doc, [{ type: 'removeDuty', dutyId: 'd2' }], 'me')
    expect(readChart(doc).duties.map((d) => d.id)).toEqual(['d1', 'd3', 'd4'])
    undo.undo()
    expect(readChart(doc).duties).toEqual(before.duties)
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc))
    expect(readChart(reloaded)).toEqual(readChart(doc))
  })

  it('reads duties in the same order as a fresh reader while they are added, removed and brought back one edit at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.nat(3), n: fc.nat(50) }), { minLength: 1, maxLength: 40 }), (steps) => {
        const doc = createChartDoc(chart)
        const undo = new Y.UndoManager([doc.getMap('duties')], { trackedOrigins: new Set(['me']), captureTimeout: 0 })
        let made = 0
        for (const { kind, n } of steps) {
          const duties = readChart(doc).duties
          if (kind === 0 || duties.length === 0) applyOpsToDoc(doc, [{ type: 'addDuty', duty: { id: `n${made++}`, label: `Card ${n}`, roleId: 'ops' } }], 'me')
          else if (kind === 1) applyOpsToDoc(doc, [{ type: 'removeDuty', dutyId: duties[n % duties.length]!.id }], 'me')
          else if (kind === 2) undo.undo()
          else undo.redo()
          const fresh = new Y.Doc()
          Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
          expect(readChart(doc).duties.map((d) => d.id)).toEqual(readChart(fresh).duties.map((d) => d.id))
        }
      }),
      { numRuns: 60, seed: 20261202 }
    )
  })

  it('merges edits of different fields of one role', () => {
    const [a, b] = pair()
    applyOpsToDoc(a, [{ type: 'updateRole', roleId: 'hr', patch: { title: 'People Lead' } }])
    applyOpsToDoc(b, [{ type: 'updateRole', roleId: 'hr', patch: { person: 'Alex' } }])
    sync(a, b)
    expect(readChart(a)).toEqual(readChart(b))
    expect(readChart(a).roles[2]).toMatchObject({ title: 'People Lead', person: 'Alex' })
  })

  it('a rename does not bring back a role deleted at the same time', () => {
    const [a, b] = pair()
    applyOpsToDoc(a, [{ type: 'removeRole', roleId: 'hr' }])
    applyOpsToDoc(b, [{ type: 'updateRole', roleId: 'hr', patch: { title: 'People Lead' } }])
    sync(a, b)
    expect(readChart(a).roles.map((r) => r.id)).toEqual(['ceo', 'ops'])
    expect(readChart(b)).toEqual(readChart(a))
  })

  it('breaks a loop made by two concurrent moves the same way on both sides: the later move loses', () => {
    const [a, b] = pair()
    applyOpsToDoc(a, [{ type: 'setReportsTo', roleId: 'ops', reportsTo: 'hr' }])
    applyOpsToDoc(b, [{ type: 'setReportsTo', roleId: 'hr', reportsTo: 'ops' }])
    applyOpsToDoc(b, [{ type: 'setReportsTo', roleId: 'hr', reportsTo: null }])
    applyOpsToDoc(b, [{ type: 'setReportsTo', roleId: 'hr', reportsTo: 'ops' }])
    sync(a, b)
    const merged = readChart(a)
    expect(readChart(b)).toEqual(merged)
    // b's last move has the higher clock, so it is the one dropped: hr goes to the top.
    expect(merged.roles.find((r) => r.id === 'hr')?.reportsTo).toBeNull()
    expect(merged.roles.find((r) => r.id === 'ops')?.reportsTo).toBe('hr')
  })

  it('a report given to a role deleted at the same time goes to the top; its duty to nobody', () => {
    const [a, b] = pair()
    applyOpsToDoc(a, [{ type: 'removeRole', roleId: 'hr' }])
    applyOpsToDoc(b, [
      { type: 'addRole', role: { id: 'rec', title: 'Recruiter', reportsTo: 'hr' } },
      { type: 'assignDuty', dutyId: 'd3', roleId: 'hr' }
    ])
    sync(a, b)
    const merged = readChart(a)
    expect(readChart(b)).toEqual(merged)
    expect(merged.roles.find((r) => r.id === 'rec')?.reportsTo).toBeNull()
    expect(merged.duties.find((d) => d.id === 'd3')?.roleId).toBeNull()
    // Editing the repaired chart works as it reads.
    applyOpsToDoc(a, [{ type: 'setReportsTo', roleId: 'rec', reportsTo: 'ceo' }])
    expect(readChart(a).roles.find((r) => r.id === 'rec')?.reportsTo).toBe('ceo')
  })

  it('custom Library cards are added and removed by operations', () => {
    const doc = createChartDoc({ ...chart, cards: undefined })
    applyOpsToDoc(doc, [{ type: 'addCard', card: { id: 'k2', label: 'Judge the bake-off', kind: 'duty', group: 'Custom cards', category: '' } }])
    expect(readChart(doc).cards?.map((c) => c.label)).toEqual(['Judge the bake-off'])
    applyOpsToDoc(doc, [{ type: 'removeCard', cardId: 'k2' }])
    expect(readChart(doc).cards).toBeUndefined()
  })
})
