// The shape of classifier pattern data, shared by the in-scope and out-of-scope tables.

import type { CategoryId } from './categories'

export interface PatternGroup {
  readonly category: CategoryId
  /** Weight of each pattern in the group; a pattern may override it with a trailing ` =N`. */
  readonly weight: number
  /** Name of the in-scope counterpart these patterns recognise (operations only). */
  readonly counterpart?: string
  readonly patterns: readonly string[]
}
