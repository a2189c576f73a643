// Rule unassigned-duty: work on the chart that nobody holds. Workshops often park
// cards on the side; this keeps them from being forgotten.

import { defineDutyRule, makeFinding } from './define-rule'
import type { RuleMeta } from './types'

const meta: RuleMeta = {
  id: 'unassigned-duty',
  severity: 'info',
  description: 'A duty is held by no role.',
  docs: 'Every duty on the chart should have an owner. Drag it onto the role that will do it, or remove it if the organisation no longer needs it.',
  messages: { unassigned: '"{{label}}" is not held by any role' },
  hasSuggestions: false
}

export default defineDutyRule(meta, (ctx, duty) => {
  if (ctx.role(duty.roleId)) return null
  return makeFinding(meta, {
    messageId: 'unassigned',
    roleId: null,
    dutyId: duty.id,
    data: { label: duty.label },
    reason: 'Work nobody holds tends to be forgotten; give it an owner or take it off the chart.'
  })
})
