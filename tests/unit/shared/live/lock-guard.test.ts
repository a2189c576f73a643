import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changesOnly } from '@shared/live/lock-guard'
import { chartDoc, setEntity, setField } from './helpers'

/** The update a participant's change makes, against a copy of the shared doc. */
function changeOf(base: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const sv = Y.encodeStateVector(copy)
  edit(copy)
  return Y.encodeStateAsUpdate(copy, sv)
}

describe('lock structure: what a participant may still change', () => {
  const base = chartDoc(
    [
      ['ceo', 'Chief Executive', null],
      ['ops', 'Operations Manager', 'ceo'],
      ['fin', 'Finance Director', 'ceo']
    ],
    [['d1', 'Plan shifts', 'ops'], ['d2', 'Approve budgets', null]]
  )

  it('allows moving a duty to another role, to nobody, or changing its order', () => {
    expect(changesOnly(base, changeOf(base, (d) => setField(d, 'duties', 'd1', 'roleId', 'fin')))).toBe(true)
    expect(changesOnly(base, changeOf(base, (d) => setField(d, 'duties', 'd2', 'roleId', 'ops')))).toBe(true)
    expect(changesOnly(base, changeOf(base, (d) => setField(d, 'duties', 'd1', 'roleId', null)))).toBe(true)
    expect(changesOnly(base, changeOf(base, (d) => setField(d, 'duties', 'd1', 'order', 'a1')))).toBe(true)
  })

  it('refuses reporting lines, titles, new or removed roles and duties, and duty labels', () => {
    const refused: ((d: Y.Doc) => void)[] = [
      (d) => setField(d, 'roles', 'fin', 'reportsTo', 'ops'),
      (d) => setField(d, 'roles', 'ops', 'title', 'Chief Operating Officer'),
      (d) => setEntity(d, 'roles', 'new', { id: 'new', title: 'New role' }),
      (d) => d.getMap('roles').delete('fin'),
      (d) => d.getMap('duties').delete('d1'),
      (d) => setEntity(d, 'duties', 'd3', { id: 'd3', label: 'New duty', roleId: 'ops' }),
      (d) => setField(d, 'duties', 'd1', 'label', 'Renamed'),
      (d) => d.getMap('meta').set('title', 'Renamed chart')
    ]
    for (const edit of refused) expect(changesOnly(base, changeOf(base, edit))).toBe(false)
  })

  it('refuses a mixed change that also moves a duty', () => {
    const u = changeOf(base, (d) => {
      setField(d, 'duties', 'd1', 'roleId', 'fin')
      setField(d, 'roles', 'fin', 'title', 'CFO')
    })
    expect(changesOnly(base, u)).toBe(false)
  })

  it('refuses bytes that are not an update', () => {
    expect(changesOnly(base, new Uint8Array([1, 2, 3, 250]))).toBe(false)
  })
})

describe('lock structure: edits a locked participant may make', () => {
  it('moving duties only', async () => {
    const { allowedWhileLocked } = await import('@shared/live/lock-ops')
    expect(allowedWhileLocked([{ type: 'assignDuty', dutyId: 'd1', roleId: 'r2' }, { type: 'assignDuty', dutyId: 'd2', roleId: null }])).toBe(true)
    expect(allowedWhileLocked([{ type: 'assignDuty', dutyId: 'd1', roleId: 'r2' }, { type: 'setReportsTo', roleId: 'r2', reportsTo: null }])).toBe(false)
    expect(allowedWhileLocked([{ type: 'moveRoles', positions: [{ id: 'r1', x: 0, y: 0 }] }])).toBe(false)
    expect(allowedWhileLocked([{ type: 'addDuty', duty: { id: 'd9', label: 'New', roleId: 'r1' } }])).toBe(false)
  })
})

describe('lock structure on real chart documents', () => {
  it('passes the changes applyOpsToDoc makes for moving duties, and refuses the others', async () => {
    const { createChartDoc, applyOpsToDoc } = await import('@shared/doc')
    const { readFileSync } = await import('node:fs')
    const { parseChartFile } = await import('@shared/format/chart-file')
    const parsed = parseChartFile(readFileSync('tests/fixtures/charts/tiny.orgchart.json', 'utf8'))
    if (!parsed.ok) throw new Error('fixture')
    const chart = parsed.chart
    const base = createChartDoc(chart)
    const ops = (op: Parameters<typeof applyOpsToDoc>[1][number]) => changeOf(base, (d) => applyOpsToDoc(d, [op]))
    const duty = chart.duties[0]!
    const [ceo, ops2] = chart.roles
    expect(changesOnly(base, ops({ type: 'assignDuty', dutyId: duty.id, roleId: ceo!.id }))).toBe(true)
    expect(changesOnly(base, ops({ type: 'assignDuty', dutyId: duty.id, roleId: null }))).toBe(true)
    expect(changesOnly(base, ops({ type: 'setReportsTo', roleId: ops2!.id, reportsTo: null }))).toBe(false)
    expect(changesOnly(base, ops({ type: 'updateRole', roleId: ops2!.id, patch: { title: 'COO' } }))).toBe(false)
    expect(changesOnly(base, ops({ type: 'moveRoles', positions: [{ id: ceo!.id, x: 40, y: 40 }] }))).toBe(false)
    expect(changesOnly(base, ops({ type: 'removeRole', roleId: ops2!.id }))).toBe(false)
    expect(changesOnly(base, ops({ type: 'addDuty', duty: { id: 'd-new', label: 'Order forklifts', roleId: ceo!.id } }))).toBe(false)
    expect(changesOnly(base, ops({ type: 'renameChart', title: 'Other' }))).toBe(false)
  })
})
