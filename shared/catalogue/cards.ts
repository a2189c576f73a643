// The built-in Library: every function and duty card a workshop can drag onto a role.
// Ids are a stable contract (charts store them as `cardId`); labels may be reworded.

import type { CatalogueCard } from './types'
import { FUNCTION_CARDS } from './cards-functions'
import { OPERATIONS_DUTY_CARDS } from './cards-operations'
import { ELSEWHERE_DUTY_CARDS } from './cards-elsewhere'

export const CATALOGUE: readonly CatalogueCard[] = [...FUNCTION_CARDS, ...OPERATIONS_DUTY_CARDS, ...ELSEWHERE_DUTY_CARDS]

const BY_ID: ReadonlyMap<string, CatalogueCard> = new Map(CATALOGUE.map((c) => [c.id, c]))

export function cardById(id: string): CatalogueCard | undefined {
  return BY_ID.get(id)
}

/**
 * Cards by business function, for the Library panel. Groups come in the order their
 * function card appears in the catalogue (groups without one follow); within a group
 * the function card comes first, then its duties in catalogue order.
 */
export function catalogueGroups(cards: readonly CatalogueCard[] = CATALOGUE): ReadonlyMap<string, readonly CatalogueCard[]> {
  const groups = new Map<string, CatalogueCard[]>()
  const ordered = [...cards.filter((c) => c.kind === 'function'), ...cards.filter((c) => c.kind !== 'function')]
  for (const card of ordered) {
    const list = groups.get(card.group)
    if (list) list.push(card)
    else groups.set(card.group, [card])
  }
  return groups
}
