// What a participant's own window lets them do while the facilitator has locked the
// structure: the same rule the lock guard applies to incoming changes, said in terms of
// edit operations, so a refused edit is stopped before it is made (and named to the user).

import type { Op } from '../ops/operations'

/** Edits that only move duties between roles (or to nobody). */
const MOVES_DUTIES: ReadonlySet<Op['type']> = new Set(['assignDuty'])

export const LOCKED_MESSAGE = 'The facilitator has locked the structure: you can move duties between roles, but not change roles, lines or cards. Nothing was changed.'

export function allowedWhileLocked(ops: readonly Op[]): boolean {
  return ops.every((op) => MOVES_DUTIES.has(op.type))
}
