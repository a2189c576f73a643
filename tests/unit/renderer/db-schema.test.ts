// The local database layout is a promise to every user's existing data: version 1 must
// never change, and a database written by each earlier version must open and read.

import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDb, SCHEMA_V1 } from '../../../renderer/src/storage/db'
import { loadChart } from '../../../renderer/src/storage/chart-repo'

/** Frozen copy of what version 1 shipped with. Change the app by adding a version, never by editing this. */
const SHIPPED_V1 = {
  charts: 'id, updatedAt',
  roles: '[chartId+id], chartId',
  duties: '[chartId+id], chartId',
  cards: 'id, createdAt',
  settings: 'key'
}

/** How each released version wrote a small chart, with only the schema it knew. */
const WRITERS: Record<number, (name: string) => Promise<void>> = {
  1: async (name) => {
    const old = new Dexie(name)
    old.version(1).stores(SHIPPED_V1)
    await old.table('charts').put({ id: 'c1', title: 'Written by v1', exceptions: [], createdAt: 1, updatedAt: 2 })
    await old.table('roles').bulkPut([
      { chartId: 'c1', id: 'ceo', title: 'CEO', x: 0, y: 0, order: 0 },
      { chartId: 'c1', id: 'ops', title: 'Operations Manager', reportsTo: 'ceo', x: 0, y: 200, order: 1 }
    ])
    await old.table('duties').put({ chartId: 'c1', id: 'd1', label: 'Negotiate salaries', roleId: 'ops', order: 0 })
    await old.table('settings').put({ key: 'lastChartId', value: 'c1' })
    old.close()
  }
}

describe('local database schema', () => {
  it('version 1 is exactly what shipped', () => {
    expect(SCHEMA_V1).toEqual(SHIPPED_V1)
  })

  it.each(Object.keys(WRITERS).map(Number))('a database written by version %i opens and reads in the current version', async (version) => {
    const name = `schema-upgrade-from-${version}`
    await WRITERS[version]!(name)
    const db = openDb(name)
    const chart = await loadChart(db, 'c1')
    expect(chart?.title).toBe(`Written by v${version}`)
    expect(chart?.roles.map((r) => r.title)).toEqual(['CEO', 'Operations Manager'])
    expect(chart?.duties[0]).toEqual({ id: 'd1', label: 'Negotiate salaries', roleId: 'ops' })
    expect((await db.settings.get('lastChartId'))?.value).toBe('c1')
    db.close()
  })
})
