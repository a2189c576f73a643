// The Library panel: built-in and custom cards grouped by function, a filter box,
// a "New duty" field, and the work nobody holds yet. Every card is draggable onto a role.

import { memo, useDeferredValue, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { catalogueGroups } from '@shared/catalogue/cards'
import type { CatalogueCard } from '@shared/catalogue/types'
import { newId } from '@shared/model/ids'
import { indexChart } from '@shared/model/index-chart'
import { db } from '../storage/database'
import { startCardDrag, startDutyDrag } from '../canvas/drag-payload'
import { notify, useWorkbench } from '../state/store'
import { FoldButton } from './FoldButton'

const CUSTOM_GROUP = 'Custom cards'

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
    </li>
  )
})

export function Library() {
  const [filter, setFilter] = useState('')
  const [draft, setDraft] = useState('')
  const needle = useDeferredValue(filter.trim().toLowerCase())
  const custom = useLiveQuery(() => db.cards.orderBy('createdAt').toArray(), [], [])
  const unassigned = useWorkbench((s) => indexChart(s.chart).unassigned)

  const groups = useMemo(() => {
    const all: [string, readonly CatalogueCard[]][] = []
    if (custom.length) all.push([CUSTOM_GROUP, custom])
    for (const [name, cards] of catalogueGroups()) all.push([name, cards])
    return all
      .map(([name, cards]) => [name, matches(name, needle) ? cards : cards.filter((c) => matches(c.label, needle))] as const)
      .filter(([, cards]) => cards.length > 0)
  }, [custom, needle])

  const addCustom = async () => {
    const label = draft.trim().replace(/\s+/g, ' ')
    if (!label) return
    if (label.length > 200) return void notify('error', 'A duty can be at most 200 characters long. Shorten it and press Enter again.')
    // Cleared at once: whatever is typed while the card is being kept stays in the field.
    setDraft('')
    try {
      await db.cards.put({ id: newId('card-custom-'), label, kind: 'duty', group: CUSTOM_GROUP, category: '', createdAt: Date.now() })
      notify('info', `“${label}” is in the Library under ${CUSTOM_GROUP}: drag it onto a role.`)
    } catch (e) {
      setDraft((d) => d || label)
      notify('error', `Could not keep the new card: ${e instanceof Error ? e.message : String(e)}.`)
    }
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
            if (e.key === 'Enter') void addCustom()
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
