// The size a role node takes on the canvas, estimated without a DOM so that the layout
// engine can keep nodes apart before anything is drawn. Numbers follow the node's CSS
// (header, optional role-type line, chips that wrap, at most six chips plus "+N more");
// they lean towards too tall, because an overestimate only costs a little space while
// an underestimate makes nodes overlap.

import type { Duty, Role } from '../model/chart'
import { isOperationsManager } from '../rules/role-type'

export const LAYOUT_NODE_WIDTH = 260
/** Node chrome above the chips: border, a one-line title and the person line. */
export const NODE_HEADER_HEIGHT = 56
/** Each further line a long title wraps onto. */
const TITLE_LINE_HEIGHT = 24
/** Title characters per line; fewer when a warning badge shares the line (Operations Managers). */
const TITLE_CHARS_PER_LINE = 20
const TITLE_CHARS_BESIDE_BADGE = 15
/** The "Operations Manager rules apply" line under the header. */
export const ROLE_TYPE_LINE_HEIGHT = 18
export const CHIP_ROW_HEIGHT = 25
/** A label too long for one line wraps onto a second (at most two). */
const CHIP_LINE_HEIGHT = 19
export const CHIP_ROW_GAP = 4
/** Chips shown before the node folds the rest into a "+N more" chip. */
export const VISIBLE_CHIPS = 6
const CHIP_AREA_PADDING = 11
/** The dashed "Drop functions or duties here" box of a role without work, with its padding. */
const EMPTY_DROP_HINT_HEIGHT = 50

/** Width available to chips inside a node, and what a chip costs around its label. */
const CHIP_ROW_WIDTH = LAYOUT_NODE_WIDTH - 18
const CHIP_CHROME = 32
const CHAR_WIDTH = 8.4
const MORE_CHIP_WIDTH = 90

export interface NodeSizeHints {
  /** Chip labels in display order; with them rows are packed by label length instead of two per row. */
  readonly labels?: readonly string[]
  /** Operations Managers show an extra line under the header (and may carry a warning badge). */
  readonly operationsManager?: boolean
  /** The role title, which wraps when long. */
  readonly title?: string
}

function titleLines(title: string | undefined, beside: boolean): number {
  if (!title) return 1
  return Math.min(3, Math.max(1, Math.ceil(title.trim().length / (beside ? TITLE_CHARS_BESIDE_BADGE : TITLE_CHARS_PER_LINE))))
}

function chipWidth(label: string): number {
  return Math.min(CHIP_ROW_WIDTH, CHIP_CHROME + label.length * CHAR_WIDTH)
}

/** Visible chips whose label needs a second line. */
function wrappedChips(labels: readonly string[]): number {
  return labels.slice(0, VISIBLE_CHIPS).filter((l) => CHIP_CHROME + l.length * CHAR_WIDTH > CHIP_ROW_WIDTH).length
}

/** Rows the visible chips wrap into, packing greedily like the browser's flex-wrap. */
function packedRows(labels: readonly string[], dutyCount: number): number {
  const shown = labels.slice(0, VISIBLE_CHIPS).map(chipWidth)
  if (dutyCount > VISIBLE_CHIPS) shown.push(MORE_CHIP_WIDTH)
  let rows = 0
  let used = Infinity
  for (const w of shown) {
    if (used + CHIP_ROW_GAP + w > CHIP_ROW_WIDTH) {
      rows++
      used = w
    } else used += CHIP_ROW_GAP + w
  }
  return rows
}

/**
 * Estimated on-screen height of a role node holding `dutyCount` cards. Without label
 * hints chips are assumed to wrap about two per row.
 */
export function estimateNodeHeight(dutyCount: number, hints: NodeSizeHints = {}): number {
  const count = Math.max(0, Math.floor(dutyCount))
  const base =
    NODE_HEADER_HEIGHT +
    (titleLines(hints.title, !!hints.operationsManager) - 1) * TITLE_LINE_HEIGHT +
    (hints.operationsManager ? ROLE_TYPE_LINE_HEIGHT : 0)
  if (count === 0) return base + EMPTY_DROP_HINT_HEIGHT
  const chips = Math.min(count, VISIBLE_CHIPS) + (count > VISIBLE_CHIPS ? 1 : 0)
  const rows = hints.labels && hints.labels.length >= Math.min(count, VISIBLE_CHIPS) ? packedRows(hints.labels, count) : Math.ceil(chips / 2)
  const wrapped = hints.labels ? wrappedChips(hints.labels) : 0
  return base + CHIP_AREA_PADDING + rows * CHIP_ROW_HEIGHT + (rows - 1) * CHIP_ROW_GAP + wrapped * CHIP_LINE_HEIGHT
}

/**
 * From this many roles a chart draws its roles as compact cards (title and a count of the
 * cards held; the cards themselves are listed when the role is selected). Full cards of
 * thousands of roles cannot fit any screen or page: a 2,000-role chart would be about
 * 19,000 px wide even if packed without a gap.
 */
export const COMPACT_CHART_ROLES = 400

export function compactCards(roleCount: number): boolean {
  return roleCount > COMPACT_CHART_ROLES
}

/** Compact cards are a little narrower: a big chart's width is mostly cards side by side. */
export const COMPACT_NODE_WIDTH = 240

/** A compact card: border, padding, a title of up to two lines and the one-line card count. */
const COMPACT_BASE_HEIGHT = 72
const COMPACT_TITLE_LINE = 25
const COMPACT_TITLE_CHARS = 16

function compactHeight(title: string | undefined): number {
  const lines = Math.min(2, Math.max(1, Math.ceil((title?.trim().length ?? 0) / COMPACT_TITLE_CHARS)))
  return COMPACT_BASE_HEIGHT + lines * COMPACT_TITLE_LINE
}

/** Size of a role's node as laid out: fixed width, height from the cards it holds (or, compact, from its title). */
export function roleNodeSize(role: Pick<Role, 'title' | 'roleType'>, duties: readonly Pick<Duty, 'label'>[], compact = false): { width: number; height: number } {
  if (compact) return { width: COMPACT_NODE_WIDTH, height: compactHeight(role.title) }
  const hints = { labels: duties.map((d) => d.label), operationsManager: isOperationsManager(role), title: role.title }
  return { width: LAYOUT_NODE_WIDTH, height: estimateNodeHeight(duties.length, hints) }
}
