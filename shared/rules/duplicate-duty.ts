// Rule duplicate-duty: the same duty (same label ignoring case and spacing, or the
// same catalogue card) is held by several roles. One finding per duty, not per
// holder: a card dropped on 200 roles is one question for the group ("who owns
// this?"), not 200 lines. The finding sits on the first holder in chart order, so its
// fingerprint stays put while that duty exists. When the only holders are a manager
// and their direct report, manager-holds-report-duty says it instead, not both.

import type { Role } from '../model/chart'
import { defineDutyRule, makeFinding } from './define-rule'
import type { RuleMeta } from './types'

const meta: RuleMeta = {
  id: 'duplicate-duty',
  severity: 'info',
  description: 'The same duty is held by several roles.',
  docs: 'A duty held by several roles has no single owner. Decide who owns it, or split it into distinct duties (for example by site or product) if each role really does its own part. The chart gets one finding per duty, shown on the first role holding it, naming the holders.',
  messages: { heldByRoles: '"{{label}}" is held by {{count}} roles: {{holders}}' },
  hasSuggestions: false
}

const MAX_NAMES = 3

/**
 * True when some two holders are neither the same role nor manager and direct report.
 * Each role has one manager, so n roles make at most n such pairs, fewer than the
 * n(n-1)/2 pairs there are once n reaches 4: only two or three holders need looking at.
 */
function hasUnrelatedPair(holders: readonly Role[]): boolean {
  if (holders.length >= 4) return true
  const related = (a: Role, b: Role): boolean => a.reportsTo === b.id || b.reportsTo === a.id
  for (let i = 0; i < holders.length; i++) for (let j = i + 1; j < holders.length; j++) if (!related(holders[i], holders[j])) return true
  return false
}

/** The finding's holder first, then the others by title, as many as fit. */
function nameHolders(holder: Role, holders: readonly Role[]): string {
  const names = [holder.title]
  for (let i = 0; i < holders.length && names.length < MAX_NAMES; i++) if (holders[i].id !== holder.id) names.push(holders[i].title)
  const rest = holders.length - names.length
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ')
}

export default defineDutyRule(meta, (ctx, duty) => {
  const holder = ctx.role(duty.roleId)
  if (!holder) return null
  const holders = ctx.holdersOfSame(duty)
  // Only the holder itself (the common case), or another duty of the group carries the finding.
  if (holders.length < 2 || ctx.firstHeldOfSame(duty) !== duty) return null
  if (!hasUnrelatedPair(holders)) return null
  return makeFinding(meta, {
    messageId: 'heldByRoles',
    roleId: holder.id,
    dutyId: duty.id,
    data: { label: duty.label, count: String(holders.length), holders: nameHolders(holder, holders) },
    reason: 'When several roles hold the same duty, nobody clearly owns it.'
  })
}, { needsCopies: true })
