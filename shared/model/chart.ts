// The chart model shared by the UI, chart files, the CLI and the rules.
// Plain readonly data: every change goes through an edit operation (shared/ops).

import type { ChartRuleSettings } from './rule-settings'

export const ROLE_TYPES = ['operations-manager', 'other'] as const
export type RoleType = (typeof ROLE_TYPES)[number]

export const CARD_KINDS = ['duty', 'function'] as const
export type CardKind = (typeof CARD_KINDS)[number]

export interface Role {
  readonly id: string
  readonly title: string
  readonly person?: string
  /** Explicit role type; when absent the rules infer it from the title. */
  readonly roleType?: RoleType
  readonly department?: string
  /** Id of the manager; null or absent for a top-level role. */
  readonly reportsTo?: string | null
  readonly x?: number
  readonly y?: number
  /** Fractional index (fractional-indexing): the role's place among the chart's roles. */
  readonly order?: string
}

export interface Duty {
  readonly id: string
  readonly label: string
  readonly kind?: CardKind
  /** Role holding the card; null or absent when nobody holds it. */
  readonly roleId?: string | null
  /** Category set by the catalogue or overridden by the user; wins over the classifier. */
  readonly category?: string
  /** Business function the card belongs to (Library grouping), e.g. "Logistics". */
  readonly group?: string
  /** Id of the built-in catalogue card this was made from. */
  readonly cardId?: string
  /** Fractional index: the duty's place in the chart, kept by undo, storage and merges. */
  readonly order?: string
}

/** A card the group wrote for this chart's Library (the built-in ones live in shared/catalogue). */
export interface LibraryCard {
  readonly id: string
  readonly label: string
  readonly kind: CardKind
  /** Library grouping, e.g. "Custom cards". */
  readonly group: string
  /** Rule category id, or '' to let the classifier decide. */
  readonly category: string
  readonly order?: string
}

/** A finding the group decided to keep, with the reason why. */
export interface AcceptedException {
  readonly ruleId: string
  readonly dutyId?: string
  readonly roleId?: string
  readonly note: string
}

export interface Chart {
  readonly id: string
  readonly title: string
  readonly roles: readonly Role[]
  readonly duties: readonly Duty[]
  readonly exceptions: readonly AcceptedException[]
  /** The chart's own rule settings; absent means the packs' defaults. */
  readonly rules?: ChartRuleSettings
  /** Custom Library cards written for this chart; absent means none. */
  readonly cards?: readonly LibraryCard[]
}

/** Stable key of an exception: the finding it accepts, by ids only. */
export function exceptionKey(e: Pick<AcceptedException, 'ruleId' | 'dutyId' | 'roleId'>): string {
  return `${e.ruleId}|${e.roleId ?? ''}|${e.dutyId ?? ''}`
}

export function emptyChart(id: string, title: string): Chart {
  return { id, title, roles: [], duties: [], exceptions: [] }
}
