// The local database layout is a promise to every user's existing data: released versions
// never change, and a database written by each earlier version opens in the current one
// with nothing lost.

import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDb, SCHEMA_V1, SCHEMA_V2 } from '../../../renderer/src/storage/db'
import { listCharts, loadChart } from '../../../renderer/src/storage/chart-repo'

/** Frozen copies of what each version shipped with. Change the app by adding a version, never by editing these. */
const SHIPPED_V1 = {
  charts: 'id, updatedAt',
  roles: '[chartId+id], chartId',
  duties: '[chartId+id], chartId',
  cards: 'id, createdAt',
  settings: 'key'
}
const SHIPPED_V2 = {
  charts: 'id, updatedAt',
  updates: '++seq, chartId',
  roles: null,
  duties: null,
  cards: null,
  settings: 'key'
}

const EXCEPTION = { ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'Small team: agreed in March' }

/** How version 1 wrote charts: its own schema, row per role and duty, numeric order (saveDiff used now*1000+i). */
async function writeV1(name: string): Promise<void> {
  const old = new Dexie(name)
  old.version(1).stores(SHIPPED_V1)
  await old.table('charts').bulkPut([
    { id: 'c1', title: 'Written by v1', exceptions: [EXCEPTION], createdAt: 1, updatedAt: 2 },
    { id: 'c2', title: 'Second chart', exceptions: [], createdAt: 3, updatedAt: 4 }
  ])
  await old.table('roles').bulkPut([
    { chartId: 'c1', id: 'ops', title: 'Operations Manager', person: 'Dana', roleType: 'operations-manager', department: 'Ops', reportsTo: 'ceo', x: 0, y: 200, order: 1 },
    { chartId: 'c1', id: 'ceo', title: 'CEO', reportsTo: null, x: 0, y: 0, order: 0 },
    { chartId: 'c1', id: 'hr', title: 'HR Manager', reportsTo: 'ceo', x: 300, y: 200, order: 1764583200000001 },
    { chartId: 'c2', id: 'solo', title: 'Founder', order: 0 }
  ])
  await old.table('duties').bulkPut([
    { chartId: 'c1', id: 'd2', label: 'Plan routes', kind: 'duty', roleId: null, group: 'Logistics', cardId: 'card-routes', order: 1764583200000000 },
    { chartId: 'c1', id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations', order: 0 }
  ])
  await old.table('cards').bulkPut([
    { id: 'card-custom-b', label: 'Judge the bake-off', kind: 'duty', group: 'Custom cards', category: '', createdAt: 20 },
    { id: 'card-custom-a', label: 'Run the tombola', kind: 'duty', group: 'Custom cards', category: '', createdAt: 10 }
  ])
  await old.table('settings').put({ key: 'lastChartId', value: 'c1' })
  old.close()
}

const strip = <T extends { order?: string }>({ order: _o, ...rest }: T) => rest

describe('local database schema', () => {
  it('released versions are exactly what shipped', () => {
    expect(SCHEMA_V1).toEqual(SHIPPED_V1)
    expect(SCHEMA_V2).toEqual(SHIPPED_V2)
  })

  it('a database written by version 1 opens in version 2 with every chart, field, order and custom card', async () => {
    await writeV1('schema-upgrade-from-1')
    const db = openDb('schema-upgrade-from-1')
    const chart = await loadChart(db, 'c1')
    expect(chart?.title).toBe('Written by v1')
    expect(chart?.roles.map(strip)).toEqual([
      { id: 'ceo', title: 'CEO', reportsTo: null, x: 0, y: 0 },
      { id: 'ops', title: 'Operations Manager', person: 'Dana', roleType: 'operations-manager', department: 'Ops', reportsTo: 'ceo', x: 0, y: 200 },
      { id: 'hr', title: 'HR Manager', reportsTo: 'ceo', x: 300, y: 200 }
    ])
    expect(chart?.duties.map(strip)).toEqual([
      { id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
      { id: 'd2', label: 'Plan routes', kind: 'duty', roleId: null, group: 'Logistics', cardId: 'card-routes' }
    ])
    expect(chart?.exceptions).toEqual([EXCEPTION])
    // v1 kept custom cards for all charts: each chart now has them in its own Library, oldest first.
    expect(chart?.cards?.map((c) => c.label)).toEqual(['Run the tombola', 'Judge the bake-off'])
    expect((await loadChart(db, 'c2'))?.cards?.map((c) => c.id)).toEqual(['card-custom-a', 'card-custom-b'])
    expect((await listCharts(db)).map((c) => [c.id, c.title, c.roleCount, c.updatedAt])).toEqual([
      ['c2', 'Second chart', 1, 4],
      ['c1', 'Written by v1', 3, 2]
    ])
    expect((await db.settings.get('lastChartId'))?.value).toBe('c1')
    expect(db.tables.map((t) => t.name).sort()).toEqual(['charts', 'settings', 'updates'])
    db.close()
  })
})
