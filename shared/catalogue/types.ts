// A card in the built-in Library: a business function or a duty, with its category.

import type { CardKind } from '../model/chart'

export interface CatalogueCard {
  readonly id: string
  readonly label: string
  readonly kind: CardKind
  /** Business function the card belongs to, e.g. "Logistics" (Library grouping). */
  readonly group: string
  /** Rule category id: one of the out-of-scope ids, or "operations" for in-scope operations work. */
  readonly category: string
}
