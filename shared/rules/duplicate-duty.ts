// Rule duplicate-duty: the same duty (same label ignoring case and spacing, or the
// same catalogue card) is held by several roles. One finding per holder, so every
// role card shows it and each can be accepted on its own. A manager and their direct
// report sharing a duty is left to manager-holds-report-duty, so it is not reported twice.

import { defineDutyRule, makeFinding } from './define-rule'
import { nameRoles, otherHolders } from './holders'
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
  const others = otherHolders(ctx, duty, holder).filter((r) => r.id !== holder.reportsTo && r.reportsTo !== holder.id)
  if (others.length === 0) return null
  return makeFinding(meta, {
    messageId: 'alsoHeldBy',
    roleId: holder.id,
    dutyId: duty.id,
    data: { label: duty.label, others: nameRoles(others) },
    reason: 'When several roles hold the same duty, nobody clearly owns it.'
  })
})
