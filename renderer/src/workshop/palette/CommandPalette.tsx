// The command palette (Ctrl/Cmd+K): find a role and centre it on the canvas, or pick
// a card and give it to a role without touching the mouse. With a duty chip selected,
// M opens the same role chooser to move it. Assigning goes through the same path as
// a drop on a role, so notices, undo and findings behave exactly alike.

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { CATALOGUE } from '@shared/catalogue/cards'
import { indexChart } from '@shared/model/index-chart'
import type { LibraryCard } from '@shared/model/chart'
import { typeAhead } from '@shared/workshop/type-ahead'
import { assignWork } from '../../canvas/assign-work'
import { focusRole, select, useWorkbench } from '../../state/store'
import { isTextField, trapTab } from '../a11y/focus'
import { useInertOutside } from '../a11y/use-modal'
import { usePresent } from '../present/present-store'
import { cardItems, dutyItems, roleItems, type PaletteItem } from './palette-items'
import { closePalette, openAssign, openPalette, usePalette, type PaletteStep } from './palette-store'
import './palette.css'

const MAX_RESULTS = 50
const NO_CARDS: readonly LibraryCard[] = []

export function CommandPalette() {
  const step = usePalette((s) => s.step)
  usePaletteShortcuts()
  if (!step) return null
  return <PaletteDialog key={step.kind === 'search' ? 'search' : `assign-${step.label}`} step={step} />
}

function usePaletteShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || usePresent.getState().presenting) return
      const key = e.key.toLowerCase()
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && key === 'k') {
        e.preventDefault()
        if (usePalette.getState().step) closePalette()
        else openPalette()
        return
      }
      if (key !== 'm' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target) || usePalette.getState().step) return
      const { chart, selection } = useWorkbench.getState()
      const duty = selection.dutyId ? indexChart(chart).dutyById.get(selection.dutyId) : undefined
      if (!duty) return
      e.preventDefault()
      openAssign({ type: 'duty', dutyId: duty.id }, duty.label)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
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
    const all = step.kind === 'search' ? [...roleItems(chart), ...cardItems(custom, true), ...cardItems(CATALOGUE, false), ...dutyItems(chart)] : roleItems(chart, holder)
    return typeAhead(all, query, MAX_RESULTS)
  }, [step, chart, custom, holder, query])
  const at = Math.min(active, Math.max(0, items.length - 1))

  useEffect(() => {
    document.getElementById(optionId(at))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return
    if (step.kind === 'search') {
      if (item.kind === 'role') {
        closePalette()
        focusRole(item.roleId)
      } else openAssign(item.payload, item.label)
      return
    }
    if (item.kind !== 'role') return
    if (assignWork(step.payload, item.roleId)) {
      select(item.roleId)
      closePalette()
    }
  }

  const title = step.kind === 'search' ? 'Search roles and cards' : `${step.verb} “${step.label}” to…`
  const placeholder = step.kind === 'search' ? 'Type a role, a person or a card' : 'Type a role or a person'

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
          ↑ ↓ choose · Enter {step.kind === 'search' ? 'pick' : step.verb.toLowerCase()} · Esc close
        </p>
      </div>
    </div>
  )
}
