// The local database (IndexedDB through Dexie). Table layout and version numbers are a
// contract with every user's existing data: do not change a version, append a new one
// with its upgrade, and add a test that upgrades a database written by the older one.

import Dexie, { type EntityTable } from 'dexie'
import type { AcceptedException, Duty, Role } from '@shared/model/chart'
import type { CatalogueCard } from '@shared/catalogue/types'

export const DB_NAME = 'org-workbench'

export interface ChartRow {
  readonly id: string
  readonly title: string
  readonly exceptions: readonly AcceptedException[]
  readonly createdAt: number
  readonly updatedAt: number
}

/** `order` keeps the chart's order of roles and duties across reloads. */
export type RoleRow = Omit<Role, 'order'> & { readonly chartId: string; order?: number }
export type DutyRow = Omit<Duty, 'order'> & { readonly chartId: string; order?: number }
export type CustomCardRow = CatalogueCard & { readonly createdAt: number }
export interface SettingRow {
  readonly key: string
  readonly value: unknown
}

export type WorkbenchDb = Dexie & {
  charts: EntityTable<ChartRow, 'id'>
  roles: Dexie.Table<RoleRow, [string, string]>
  duties: Dexie.Table<DutyRow, [string, string]>
  cards: EntityTable<CustomCardRow, 'id'>
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

export function openDb(name: string = DB_NAME): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb
  db.version(1).stores(SCHEMA_V1)
  return db
}
