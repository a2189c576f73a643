// The Library panel: built-in and custom cards grouped by function, a filter box,
// a "New duty" field, and the work nobody holds yet. Every card is draggable onto a role.

import { memo, useDeferredValue, useMemo, useState } from 'react'
import { catalogueGroups } from '@shared/catalogue/cards'
import type { CatalogueCard } from '@shared/catalogue/types'
import type { LibraryCard as CustomCard } from '@shared/model/chart'
import { newId } from '@shared/model/ids'
import { indexChart } from '@shared/model/index-chart'
import { startCardDrag, startDutyDrag } from '../canvas/drag-payload'
import { dispatch, notify, useWorkbench } from '../state/store'
import { FoldButton } from './FoldButton'

const CUSTOM_GROUP = 'Custom cards'
const NO_CARDS: readonly CustomCard[] = []

function matches(label: string, needle: string): boolean {
  return needle === '' || label.toLowerCase().includes(needle)
}

const LibraryCard = memo(function LibraryCard({ card }: { card: CatalogueCard }) {
  return (
    <li
      className={`library-card${card.kind === 'function' ? ' is-function' : ''}`}
      draggable
      data-testid="library-card"
      onDragStart={(e) =>
        startCardDrag(e, {
          label: card.label,
          kind: card.kind,
          group: card.group,
          ...(card.category ? { category: card.category } : {}),
          ...(card.group === CUSTOM_GROUP ? {} : { cardId: card.id })
        })
      }
    >
      {card.kind === 'function' && <span className="card-kind">Function</span>}
      {card.label}
      {card.group === CUSTOM_GROUP && (
        <button
          className="card-remove"
          aria-label={`Remove “${card.label}” from the Library`}
          title="Remove from the Library (Undo brings it back)"
          onClick={() => dispatch([{ type: 'removeCard', cardId: card.id }], `Remove “${card.label}” from the Library`)}
        />
      )}
    </li>
  )
})

export function Library() {
  const [filter, setFilter] = useState('')
  const [draft, setDraft] = useState('')
  const needle = useDeferredValue(filter.trim().toLowerCase())
  // Custom cards belong to the chart: edited by operations, undone, stored and synced with it.
  const custom = useWorkbench((s) => s.chart.cards ?? NO_CARDS)
  const unassigned = useWorkbench((s) => indexChart(s.chart).unassigned)

  const groups = useMemo(() => {
    const all: [string, readonly CatalogueCard[]][] = []
    if (custom.length) all.push([CUSTOM_GROUP, custom])
    for (const [name, cards] of catalogueGroups()) all.push([name, cards])
    return all
      .map(([name, cards]) => [name, matches(name, needle) ? cards : cards.filter((c) => matches(c.label, needle))] as const)
      .filter(([, cards]) => cards.length > 0)
  }, [custom, needle])

  const addCustom = () => {
    const label = draft.trim().replace(/\s+/g, ' ')
    if (!label) return
    if (label.length > 200) return void notify('error', 'A duty can be at most 200 characters long. Shorten it and press Enter again.')
    const card: CustomCard = { id: newId('card-custom-'), label, kind: 'duty', group: CUSTOM_GROUP, category: '' }
    if (!dispatch([{ type: 'addCard', card }], `Add “${label}” to the Library`)) return
    setDraft('')
    notify('info', `“${label}” is in the Library under ${CUSTOM_GROUP}: drag it onto a role.`)
  }

  return (
    <aside className="panel library" aria-labelledby="library-title">
      <div className="panel-head">
        <h2 id="library-title">Library</h2>
        <FoldButton panel="library" />
      </div>
      <p className="muted library-hint">Drag a card onto a role. Drag a role's chip to another role to move it.</p>
      <label className="field">
        <span>New duty</span>
        <input
          value={draft}
          placeholder="Type a duty and press Enter"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') addCustom()
          }}
        />
      </label>
      <label className="field">
        <span>Filter cards</span>
        <input type="search" value={filter} placeholder="e.g. shifts, legal, salary" onChange={(e) => setFilter(e.target.value)} />
      </label>
      <div className="library-scroll">
        {unassigned.length > 0 && (
          <section className="library-group unassigned">
            <h3>Held by nobody ({unassigned.length})</h3>
            <ul>
              {unassigned.filter((d) => matches(d.label, needle)).map((d) => (
                <li key={d.id} className="library-card is-unassigned" draggable onDragStart={(e) => startDutyDrag(e, d.id, d.label)}>
                  {d.label}
                </li>
              ))}
            </ul>
          </section>
        )}
        {groups.map(([name, cards]) => (
          <details key={name} className="library-group" open={needle !== '' || name === CUSTOM_GROUP || undefined}>
            <summary>
              {name} <span className="count">{cards.length}</span>
            </summary>
            <ul>
              {cards.map((c) => (
                <LibraryCard key={c.id} card={c} />
              ))}
            </ul>
          </details>
        ))}
        {groups.length === 0 && <p className="muted">No card matches “{filter}”. Type it under New duty to create it.</p>}
      </div>
    </aside>
  )
}
