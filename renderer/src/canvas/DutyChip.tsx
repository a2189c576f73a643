// A card held by a role: drag it to another role to move it, × to take it off the chart.

import { memo } from 'react'
import type { Duty } from '@shared/model/chart'
import { dispatch, select } from '../state/store'
import { startDutyDrag } from './drag-payload'

function DutyChipView({ duty, flagged }: { duty: Duty; flagged: boolean }) {
  return (
    <div
      className={`chip nodrag${duty.kind === 'function' ? ' chip-function' : ''}${flagged ? ' chip-flagged' : ''}`}
      draggable
      data-testid="duty-chip"
      title={flagged ? `${duty.label}: outside this role's scope` : duty.label}
      onDragStart={(e) => {
        e.stopPropagation()
        startDutyDrag(e, duty.id, duty.label)
      }}
      onClick={(e) => {
        e.stopPropagation()
        if (duty.roleId) select(duty.roleId, duty.id)
      }}
    >
      {flagged && <span aria-hidden="true">⚠ </span>}
      <span className="chip-label">{duty.label}</span>
      <button
        className="chip-remove"
        aria-label={`Remove “${duty.label}”`}
        onClick={(e) => {
          e.stopPropagation()
          dispatch([{ type: 'removeDuty', dutyId: duty.id }], `Remove “${duty.label}”`)
        }}
      >
        ×
      </button>
    </div>
  )
}

export const DutyChip = memo(DutyChipView)
