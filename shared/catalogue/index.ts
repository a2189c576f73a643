// One import point for the Library: the cards and their lookups.
export type { CatalogueCard } from './types'
export { CATALOGUE, cardById, catalogueGroups } from './cards'
