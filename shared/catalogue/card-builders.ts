// Compact builders for the catalogue tables, so each data file reads as a list of labels.

import type { CatalogueCard } from './types'
import type { CategoryId } from '../rules/categories'

/** [id, label] pairs: ids are written out, not derived, so rewording a label never changes an id. */
export type CardEntry = readonly [id: string, label: string]

export function duties(group: string, category: CategoryId, entries: readonly CardEntry[]): CatalogueCard[] {
  return entries.map(([id, label]) => ({ id, label, kind: 'duty', group, category }))
}
