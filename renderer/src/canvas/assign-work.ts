// Turns "this work goes to that role" into one edit, and tells the room at once when
// the role should not be holding it (a short notice, never a blocking dialog).

import { newId } from '@shared/model/ids'
import { indexChart } from '@shared/model/index-chart'
import type { Op } from '@shared/ops/operations'
import type { DragPayload } from './drag-payload'
import { dispatch, editRefused, notify, undo, useWorkbench } from '../state/store'
import { withRoomForCards } from './structure-edits'
import { englishModelReady, loadEnglishModel } from '../rules/english-model'

export function assignWork(payload: DragPayload, roleId: string): string | null {
  const { chart } = useWorkbench.getState()
  const index = indexChart(chart)
  const role = index.roleById.get(roleId)
  if (!role) return null
  let dutyId: string
  let ops: Op[]
  let label: string
  if (payload.type === 'duty') {
    const duty = index.dutyById.get(payload.dutyId)
    if (!duty || duty.roleId === roleId) return null
    dutyId = duty.id
    ops = [{ type: 'assignDuty', dutyId, roleId }]
    label = `Move “${duty.label}” to ${role.title}`
  } else {
    const { card } = payload
    dutyId = newId('d')
    ops = [
      {
        type: 'addDuty',
        duty: {
          id: dutyId,
          label: card.label.trim(),
          kind: card.kind,
          roleId,
          ...(card.group ? { group: card.group } : {}),
          ...(card.category ? { category: card.category } : {}),
          ...(card.cardId ? { cardId: card.cardId } : {})
        }
      }
    ]
    label = `Give “${card.label.trim()}” to ${role.title}`
  }
  // The role makes room for its new card, unless only the move itself is allowed (a locked session).
  const roomy = withRoomForCards(chart, ops)
  if (!dispatch(editRefused(roomy) ? ops : roomy, label)) return null
  // A free-text card dropped before the English model has arrived is judged once it has.
  if (englishModelReady()) announceScope(dutyId, roleId)
  else void loadEnglishModel().then(() => announceScope(dutyId, roleId))
  return dutyId
}

function announceScope(dutyId: string, roleId: string): void {
  const { lint, chart } = useWorkbench.getState()
  const finding = lint.findings.find((f) => f.dutyId === dutyId && f.roleId === roleId && f.severity !== 'info')
  const role = indexChart(chart).roleById.get(roleId)
  if (finding) {
    const owner = finding.owner ? ` Usually owned by ${finding.owner}.` : ''
    notify('warning', `${finding.message}.${owner}`, { label: 'Undo', run: undo })
  } else if (role) {
    const duty = indexChart(chart).dutyById.get(dutyId)
    notify('success', `“${duty?.label ?? 'Card'}” is now with ${role.title}.`)
  }
}
