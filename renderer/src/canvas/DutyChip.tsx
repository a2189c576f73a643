// A card held by a role: drag it to another role to move it, × to take it off the chart.
// It takes focus (click, or C on its role): ←/→ go along the cards, M moves it, Delete
// removes it, Esc goes back to the role.

import { memo } from 'react'
import type { Duty } from '@shared/model/chart'
import { select } from '../state/selection'
import { removeCard, run } from '../actions'
import { focusRoleElement } from './viewport'
import { startDutyDrag } from './drag-payload'

function focusChip(dutyId: string | undefined): void {
  if (dutyId) document.querySelector<HTMLElement>(`[data-duty-id="${CSS.escape(dutyId)}"]`)?.focus()
}

function DutyChipView({ duty, flagged, previous, next }: { duty: Duty; flagged: boolean; previous?: string; next?: string }) {
  const name = flagged ? `${duty.label}: outside this role's scope` : duty.label
  return (
    <div
      className={`chip nodrag${duty.kind === 'function' ? ' chip-function' : ''}${flagged ? ' chip-flagged' : ''}`}
      draggable
      tabIndex={-1}
      role="listitem"
      aria-label={name}
      aria-keyshortcuts="M Delete"
      data-testid="duty-chip"
      data-duty-id={duty.id}
      title={name}
      onDragStart={(e) => {
        e.stopPropagation()
        startDutyDrag(e, duty.id, duty.label)
      }}
      onFocus={() => duty.roleId && select(duty.roleId, duty.id)}
      onClick={(e) => {
        e.stopPropagation()
        if (duty.roleId) select(duty.roleId, duty.id)
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          e.preventDefault()
          e.stopPropagation()
          focusChip(e.key === 'ArrowRight' ? next : previous)
        } else if ((e.key === 'Escape' || e.key === 'ArrowUp') && duty.roleId) {
          e.preventDefault()
          e.stopPropagation()
          select(duty.roleId)
          focusRoleElement(duty.roleId)
        }
      }}
    >
      {flagged && <span aria-hidden="true">⚠ </span>}
      <span className="chip-label">{duty.label}</span>
      <button className="chip-remove" tabIndex={-1} aria-label={`Remove “${duty.label}”`} onClick={(e) => (e.stopPropagation(), run(removeCard, duty.id))}>
        ×
      </button>
    </div>
  )
}

export const DutyChip = memo(DutyChipView)
