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
