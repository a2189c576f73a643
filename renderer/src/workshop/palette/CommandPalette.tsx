// The command palette (Ctrl/Cmd+K): find a role and centre it on the canvas, pick a
// card and give it to a role, or run a command ("Add role under…", "Set manager…")
// without touching the mouse. With a duty chip selected, M opens the same role chooser
// to move it (both keys live in the actions layer). Assigning goes through the same path as
// a drop on a role, so notices, undo and findings behave exactly alike.

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { CATALOGUE } from '@shared/catalogue/cards'
import { indexChart } from '@shared/model/index-chart'
import type { Chart, LibraryCard } from '@shared/model/chart'
import { typeAhead } from '@shared/workshop/type-ahead'
import { assignWork } from '../../canvas/assign-work'
import { useWorkbench } from '../../state/store'
import { focusRole, select } from '../../state/selection'
import { addRoleUnder, run, setManager } from '../../actions'
import { isUnder } from '../../canvas/structure-edits'
import { trapTab } from '../a11y/focus'
import { useInertOutside } from '../a11y/use-modal'
import { cardItems, dutyItems, roleItems, type PaletteItem } from './palette-items'
import { commandItems } from './palette-commands'
import { closePalette, openAssign, usePalette, type PaletteStep } from './palette-store'
import './palette.css'

const MAX_RESULTS = 50
const NO_CARDS: readonly LibraryCard[] = []

export function CommandPalette() {
  const step = usePalette((s) => s.step)
  if (!step) return null
  return <PaletteDialog key={stepKey(step)} step={step} />
}

function stepKey(step: PaletteStep): string {
  return step.kind === 'search' ? 'search' : step.kind === 'assign' ? `assign-${step.label}` : `role-for-${step.purpose}`
}

/** Roles a role may report to: not itself, nor anyone under it. */
function underRole(chart: Chart, roleId: string | null): (id: string) => boolean {
  return (id) => !!roleId && isUnder(chart, id, roleId)
}

function PaletteDialog({ step }: { step: PaletteStep }) {
  const chart = useWorkbench((s) => s.chart)
  const custom = chart.cards ?? NO_CARDS
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const ids = useId()
  const titleId = `${ids}-title`
  const listId = `${ids}-list`
  const optionId = (i: number) => `${ids}-option-${i}`
  const backdrop = useRef<HTMLDivElement>(null)
  useInertOutside(backdrop)

  const holder = step.kind === 'assign' && step.payload.type === 'duty' ? indexChart(chart).dutyById.get(step.payload.dutyId)?.roleId : null
  const items = useMemo(() => {
    const all =
      step.kind === 'search'
        ? [...commandItems(useWorkbench.getState()), ...roleItems(chart), ...cardItems(custom, true), ...cardItems(CATALOGUE, false), ...dutyItems(chart)]
        : step.kind === 'role-for'
          ? roleItems(chart, step.roleId, underRole(chart, step.roleId))
          : roleItems(chart, holder)
    return typeAhead(all, query, MAX_RESULTS)
  }, [step, chart, custom, holder, query])
  const at = Math.min(active, Math.max(0, items.length - 1))

  useEffect(() => {
    document.getElementById(optionId(at))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return
    if (item.kind === 'command') {
      if (item.then === 'stay') return item.run()
      closePalette()
      // After focus has gone back to where it was, so the command can move it on.
      return void setTimeout(item.run, 0)
    }
    if (step.kind === 'search') {
      if (item.kind === 'role') {
        closePalette()
        focusRole(item.roleId)
      } else openAssign(item.payload, item.label)
      return
    }
    if (item.kind !== 'role') return
    if (step.kind === 'role-for') {
      closePalette()
      const managerId = item.roleId
      const roleId = step.roleId
      setTimeout(() => (step.purpose === 'add-under' ? run(addRoleUnder, managerId) : roleId && run(setManager, { roleId, managerId })), 0)
      return
    }
    if (assignWork(step.payload, item.roleId)) {
      select(item.roleId)
      closePalette()
    }
  }

  const title = step.kind === 'search' ? 'Search roles and cards' : step.kind === 'role-for' ? step.title : `${step.verb} “${step.label}” to…`
  const placeholder = step.kind === 'search' ? 'Type a role, a person, a card or a command' : 'Type a role or a person'

  return (
    <div ref={backdrop} className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && closePalette()}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="command-palette"
        onKeyDown={(e) => {
          if (e.key === 'Tab') trapTab(e, e.currentTarget)
        }}
      >
        <h2 id={titleId} className="palette-title">
          {title}
        </h2>
        <input
          className="palette-input"
          role="combobox"
          aria-labelledby={titleId}
          aria-expanded={items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? optionId(at) : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          placeholder={placeholder}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault()
              if (items.length) setActive((at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length)
            } else if (e.key === 'Enter') {
              e.preventDefault()
              choose(items[at])
            } else if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              closePalette()
            }
          }}
        />
        <ul id={listId} className="palette-list" role="listbox" aria-label={step.kind === 'search' ? 'Roles and cards' : 'Roles'}>
          {items.map((item, i) => (
            <li
              key={item.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              className={`palette-option${i === at ? ' is-active' : ''}`}
              data-testid="palette-option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== at && setActive(i)}
              onClick={() => choose(item)}
            >
              <span className="palette-label">{item.label}</span>
              <span className="palette-context">{item.context}</span>
            </li>
          ))}
        </ul>
        {items.length === 0 && (
          <p className="palette-empty" role="status">
            {step.kind === 'search' ? `No role or card matches “${query}”. Add it under New duty in the Library.` : `No role matches “${query}”.`}
          </p>
        )}
        <p className="palette-hint" aria-hidden="true">
          ↑ ↓ choose · Enter {step.kind === 'assign' ? step.verb.toLowerCase() : 'pick'} · Esc close
        </p>
      </div>
    </div>
  )
}
