// Rule duplicate-duty: the same duty (same label ignoring case and spacing, or the
// same catalogue card) is held by several roles. One finding per holder, so every
// role card shows it and each can be accepted on its own. A manager and their direct
// report sharing a duty is left to manager-holds-report-duty, so it is not reported twice.

import { defineDutyRule, makeFinding } from './define-rule'
import type { Role } from '../model/chart'
import { holderIndex, nameKept } from './holders'
import type { RuleMeta } from './types'

const meta: RuleMeta = {
  id: 'duplicate-duty',
  severity: 'info',
  description: 'The same duty is held by several roles.',
  docs: 'A duty held by several roles has no single owner. Decide who owns it, or split it into distinct duties (for example by site or product) if each role really does its own part.',
  messages: { alsoHeldBy: '"{{label}}" is also held by {{others}}' },
  hasSuggestions: false
}

export default defineDutyRule(meta, (ctx, duty) => {
  const holder = ctx.role(duty.roleId)
  if (!holder) return null
  const holders = ctx.holdersOfSame(duty)
  // Only the holder itself: nothing to count (the common case, and the cheap one).
  if (holders.length === 0 || (holders.length === 1 && holders[0].id === holder.id)) return null
  // Counted through the index rather than filtered, so each duty of a large group costs O(its reports), not O(group).
  const { ids, byManager } = holderIndex(holders)
  const skip = (r: Role): boolean => r.id === holder.id || r.id === holder.reportsTo || r.reportsTo === holder.id
  let skipped = ids.has(holder.id) ? 1 : 0
  if (holder.reportsTo != null && holder.reportsTo !== holder.id && ids.has(holder.reportsTo)) skipped++
  for (const r of byManager.get(holder.id) ?? []) if (r.id !== holder.id && r.id !== holder.reportsTo) skipped++
  const kept = holders.length - skipped
  if (kept === 0) return null
  return makeFinding(meta, {
    messageId: 'alsoHeldBy',
    roleId: holder.id,
    dutyId: duty.id,
    data: { label: duty.label, others: nameKept(holders, skip, kept) },
    reason: 'When several roles hold the same duty, nobody clearly owns it.'
  })
})
