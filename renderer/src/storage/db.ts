// The local database (IndexedDB through Dexie). Table layout and version numbers are a
// contract with every user's existing data: do not change a version, append a new one
// with its upgrade, and add a test that upgrades a database written by the older one.

import Dexie, { type EntityTable } from 'dexie'
import type { AcceptedException, Duty, Role } from '@shared/model/chart'
import type { CatalogueCard } from '@shared/catalogue/types'
import { upgradeV1ToV2 } from './upgrade-v1'

export const DB_NAME = 'org-workbench'

/** Version 2: the chart list (one summary row per chart). */
export interface ChartRow {
  readonly id: string
  readonly title: string
  readonly createdAt: number
  readonly updatedAt: number
  readonly roleCount: number
}

/** Version 2: a chart is its Yjs document, stored as updates that merge in any order. */
export interface UpdateRow {
  readonly seq?: number
  readonly chartId: string
  readonly update: Uint8Array
}

export interface SettingRow {
  readonly key: string
  readonly value: unknown
}

/** Version 1 rows, kept only so the upgrade can read them. */
export interface ChartRowV1 {
  readonly id: string
  readonly title: string
  readonly exceptions: readonly AcceptedException[]
  readonly createdAt: number
  readonly updatedAt: number
}
export type RoleRowV1 = Omit<Role, 'order'> & { readonly chartId: string; order?: number }
export type DutyRowV1 = Omit<Duty, 'order'> & { readonly chartId: string; order?: number }
export type CustomCardRowV1 = CatalogueCard & { readonly createdAt: number }

export type WorkbenchDb = Dexie & {
  charts: EntityTable<ChartRow, 'id'>
  updates: EntityTable<UpdateRow, 'seq'>
  settings: EntityTable<SettingRow, 'key'>
}

/** Version 1: one row per chart, role and duty, so an edit writes only what it touched. */
export const SCHEMA_V1 = {
  charts: 'id, updatedAt',
  roles: '[chartId+id], chartId',
  duties: '[chartId+id], chartId',
  cards: 'id, createdAt',
  settings: 'key'
} as const

/**
 * Version 2: each chart is a Yjs document kept as an update log (merged on load and from
 * time to time), so storage holds exactly what the open chart holds, other tabs can write
 * the same chart safely, and order, cards and rule settings travel with it. The upgrade
 * turns every v1 chart (and the v1 custom cards) into a document.
 */
export const SCHEMA_V2 = {
  charts: 'id, updatedAt',
  updates: '++seq, chartId',
  roles: null,
  duties: null,
  cards: null,
  settings: 'key'
} as const

export function openDb(name: string = DB_NAME): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb
  db.version(1).stores(SCHEMA_V1)
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeV1ToV2)
  return db
}
