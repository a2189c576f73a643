// The chart's lookup tables: derived from the version before when only cards changed,
// they must equal tables built from scratch, whatever the edits.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { indexChart, type ChartIndex } from '@shared/model/index-chart'
import { applyOpsToDoc, createChartDoc, readChart } from '@shared/doc'

const start: Chart = {
  id: 'c1',
  title: 'Plan',
  roles: [
    { id: 'ceo', title: 'CEO', x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200 },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo', x: 300, y: 200 }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops' },
    { id: 'd2', label: 'Schedule shifts', roleId: 'ops' },
    { id: 'd3', label: 'Order stock', roleId: null },
    { id: 'd4', label: 'Hire staff', roleId: 'hr' }
  ],
  exceptions: []
}

const sorted = <V>(m: ReadonlyMap<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** Everything an index answers, in a form two indexes can be compared by. */
function contents(index: ChartIndex) {
  return {
    roleById: [...index.roleById.entries()],
    dutyById: [...index.dutyById.entries()],
    dutyLookups: [...index.dutyById.keys()].map((id) => index.dutyById.get(id)),
    dutyCount: index.dutyById.size,
    dutiesByRole: sorted(index.dutiesByRole),
    reportsOf: sorted(index.reportsOf),
    unassigned: index.unassigned
  }
}

const HOLDERS = ['ceo', 'ops', 'hr', 'gone', null] as const

describe('chart index', () => {
  it('equals a fresh index after any mix of card edits, role edits, undo and redo', () => {
    let derived = 0
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.nat(7), n: fc.nat(40) }), { minLength: 1, maxLength: 40 }), (steps) => {
        const doc = createChartDoc(start)
        const undo = new Y.UndoManager([doc.getMap('duties'), doc.getMap('roles')], { trackedOrigins: new Set(['me']), captureTimeout: 0 })
        let made = 0
        let before = readChart(doc)
        indexChart(before)
        for (const { kind, n } of steps) {
          const { duties, roles } = readChart(doc)
          const duty = duties[n % Math.max(duties.length, 1)]
          const holder = HOLDERS[n % HOLDERS.length]!
          try {
            if (kind === 0 || !duty) applyOpsToDoc(doc, [{ type: 'addDuty', duty: { id: `n${made++}`, label: `Card ${n}`, roleId: holder } }], 'me')
            else if (kind === 1) applyOpsToDoc(doc, [{ type: 'removeDuty', dutyId: duty.id }], 'me')
            else if (kind === 2) applyOpsToDoc(doc, [{ type: 'updateDuty', dutyId: duty.id, patch: { label: `${duty.label}!` } }], 'me')
            else if (kind === 3) applyOpsToDoc(doc, [{ type: 'assignDuty', dutyId: duty.id, roleId: holder === 'gone' ? null : holder }], 'me')
            else if (kind === 4) undo.undo()
            else if (kind === 5) undo.redo()
            else if (kind === 6) applyOpsToDoc(doc, [{ type: 'addRole', role: { id: `r${made++}`, title: 'New', reportsTo: 'ceo' } }], 'me')
            else if (roles.length > 1) applyOpsToDoc(doc, [{ type: 'removeRole', roleId: roles[n % roles.length]!.id }], 'me')
          } catch {
            continue // an edit the operations refuse changes nothing
          }
          const after = readChart(doc)
          const index = indexChart(after)
          if (after.roles === before.roles && after !== before) {
            // Only cards changed: the role tables are the ones of the version before.
            expect(index.roleById).toBe(indexChart(before).roleById)
            derived++
          }
          expect(contents(index)).toEqual(contents(indexChart({ ...after })))
          before = after
        }
      }),
      { numRuns: 80, seed: 20261201 }
    )
    // The runs went through the derived tables, not only through fresh builds.
    expect(derived).toBeGreaterThan(200)
  })

  it('derives from the version before after a card is dropped, and shares what did not change', () => {
    const doc = createChartDoc(start)
    const first = readChart(doc)
    const before = indexChart(first)
    applyOpsToDoc(doc, [{ type: 'addDuty', duty: { id: 'd9', label: 'Write press releases', roleId: 'ops' } }], 'me')
    const next = readChart(doc)
    const after = indexChart(next)
    expect(after.roleById).toBe(before.roleById)
    expect(after.reportsOf).toBe(before.reportsOf)
    expect(after.unassigned).toBe(before.unassigned)
    expect(after.dutiesByRole.get('hr')).toBe(before.dutiesByRole.get('hr'))
    expect(after.dutiesByRole.get('ops')?.map((d) => d.id)).toEqual(['d1', 'd2', 'd9'])
    expect(after.dutyById.get('d9')?.label).toBe('Write press releases')
    expect(before.dutyById.get('d9')).toBeUndefined()
  })
})
