// Actions on cards and findings: take a card off, move it (M), change its category,
// apply a finding's suggestion, accept a finding as an exception with a note.

import { exceptionKey } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import type { RolePatch } from '@shared/ops/operations'
import type { Finding, Suggestion } from '@shared/rules/types'
import { dispatch, editRefused, notify } from '../state/store'
import { withRoomForCards } from '../canvas/structure-edits'
import { selectedDuty } from '../state/selection'
import { openAssign } from '../workshop/palette/palette-store'
import { defineAction } from './define'

export const removeCard = defineAction<string>({
  id: 'remove-card',
  label: 'Remove card',
  enabled: (s, dutyId) => indexChart(s.chart).dutyById.has(dutyId),
  perform: (s, dutyId) => void dispatch([{ type: 'removeDuty', dutyId }], `Remove “${indexChart(s.chart).dutyById.get(dutyId)?.label ?? 'card'}”`)
})

export const moveCard = defineAction({
  id: 'move-card',
  label: 'Move card to…',
  hint: 'Give the selected card to another role',
  keys: ['M'],
  keyScope: 'chart',
  enabled: (s) => !!selectedDuty(s),
  perform: (s) => {
    const duty = selectedDuty(s)!
    openAssign({ type: 'duty', dutyId: duty.id }, duty.label)
  }
})

export const setCategory = defineAction<{ dutyId: string; category: string | undefined }>({
  id: 'set-category',
  label: 'Set category',
  enabled: (s, { dutyId }) => indexChart(s.chart).dutyById.has(dutyId),
  perform: (s, { dutyId, category }) =>
    void dispatch([{ type: 'updateDuty', dutyId, patch: { category } }], `Set category of “${indexChart(s.chart).dutyById.get(dutyId)?.label ?? 'card'}”`)
})

export const updateRole = defineAction<{ roleId: string; patch: RolePatch; label: string }>({
  id: 'update-role',
  label: 'Edit role',
  enabled: (s, { roleId }) => indexChart(s.chart).roleById.has(roleId),
  perform: (_s, { roleId, patch, label }) => void dispatch([{ type: 'updateRole', roleId, patch }], label)
})

export const applySuggestion = defineAction<{ suggestion: Suggestion; done?: (ok: boolean) => void }>({
  id: 'apply-suggestion',
  label: 'Apply suggestion',
  enabled: () => true,
  perform: (s, { suggestion, done }) => {
    const roomy = withRoomForCards(s.chart, suggestion.ops)
    const ok = !!dispatch(editRefused(roomy) ? suggestion.ops : roomy, suggestion.title)
    done?.(ok)
  }
})

/** Returns through `accepted` whether it was recorded (a note is required). */
export const acceptFinding = defineAction<{ finding: Finding; note: string; accepted?: (ok: boolean) => void }>({
  id: 'accept-finding',
  label: 'Accept as exception…',
  enabled: () => true,
  perform: (_s, { finding, note, accepted }) => {
    const text = note.trim()
    if (!text) {
      notify('error', 'Write a short note saying why this is accepted (for example “small company: the ops manager also recruits”).')
      return accepted?.(false)
    }
    const exception = { ruleId: finding.ruleId, ...(finding.roleId ? { roleId: finding.roleId } : {}), ...(finding.dutyId ? { dutyId: finding.dutyId } : {}), note: text }
    accepted?.(!!dispatch([{ type: 'acceptException', exception }], 'Accept exception'))
  }
})

export const reopenException = defineAction<{ key: string; label: string }>({
  id: 'reopen-exception',
  label: 'Reopen',
  enabled: (s, { key }) => s.chart.exceptions.some((e) => exceptionKey(e) === key),
  perform: (_s, { key, label }) => void dispatch([{ type: 'removeException', key }], label)
})
