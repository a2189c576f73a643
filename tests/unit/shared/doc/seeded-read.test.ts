// A chart written into a new document is read the first time from what was written, not
// from the maps: it must be exactly what reading the maps back gives, in every case.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Chart } from '@shared/model/chart'
import { applyOpsToDoc, buildChartDoc, createChartDoc, readChart } from '@shared/doc'
import { generateChart } from '../../../../bench/generate'

const small: Chart = {
  id: 'c1',
  title: 'Plan',
  roles: [
    { id: 'ceo', title: 'CEO', reportsTo: null, x: 0, y: 0 },
    { id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200, roleType: 'operations-manager' },
    { id: 'a', title: 'Loop A', reportsTo: 'b' },
    { id: 'b', title: 'Loop B', reportsTo: 'a' },
    { id: 'lost', title: 'Reports to nobody here', reportsTo: 'gone', person: undefined }
  ],
  duties: [
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Schedule shifts', roleId: 'gone-role', order: 'a0' },
    { id: 'd3', label: 'Order stock', roleId: null, kind: 'duty', group: 'Supply' }
  ],
  exceptions: [{ ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'small company' }],
  rules: { context: 'small-company' },
  cards: [{ id: 'k1', label: 'Run the tombola', kind: 'duty', group: 'Custom cards', category: '' }]
}

/** The chart as a fresh document reads it from the encoded state (no seed). */
const readBack = (doc: Y.Doc): Chart => {
  const fresh = new Y.Doc()
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
  return readChart(fresh)
}

describe('the first read of a new chart document', () => {
  for (const [name, chart] of [
    ['a small chart with loops, dangling lines, exceptions, rules and cards', small],
    ['the benchmark chart of 300 roles', generateChart(300)]
  ] as const) {
    it(`equals reading the maps back: ${name}`, async () => {
      const doc = createChartDoc(chart)
      const seeded = readChart(doc)
      expect(JSON.stringify(seeded)).toBe(JSON.stringify(readBack(doc)))
      const built = await buildChartDoc(chart, async () => undefined, chart.roles.length > 10 ? 700 : 4)
      expect(JSON.stringify(readChart(built))).toBe(JSON.stringify(seeded))
    }, 30_000)
  }

  it('reads the maps when the document changed before its first read', () => {
    const doc = createChartDoc(small)
    doc.getMap<Y.Map<unknown>>('roles').get('ops')!.set('title', 'Head of Operations')
    expect(readChart(doc).roles.find((r) => r.id === 'ops')!.title).toBe('Head of Operations')
    expect(JSON.stringify(readChart(doc))).toBe(JSON.stringify(readBack(doc)))
  })

  it('edits after the first read are read as usual', () => {
    const doc = createChartDoc(small)
    readChart(doc)
    const after = applyOpsToDoc(doc, [{ type: 'assignDuty', dutyId: 'd3', roleId: 'ops' }])
    expect(after.duties.find((d) => d.id === 'd3')!.roleId).toBe('ops')
    expect(JSON.stringify(after)).toBe(JSON.stringify(readBack(doc)))
  })
})
