// Other participants on the canvas: a pointer in their colour with their name, and what
// they are dragging. Drawn over the canvas in chart coordinates, so everyone sees a
// pointer over the same role whatever their zoom.

import { createPortal } from 'react-dom'
import { useViewport } from '@xyflow/react'
import { useLive } from './live-store'

const DRAG_KIND = { role: 'moving', duty: 'moving', card: 'placing' } as const

export function PresenceOverlay({ canvas }: { canvas: HTMLElement }) {
  const people = useLive((s) => s.people)
  const { x, y, zoom } = useViewport()
  const others = people.filter((p) => !p.me && p.pointer)
  return createPortal(
    <div className="live-overlay" aria-hidden="true" data-testid="live-overlay">
      {others.map((p) => (
        <div
          key={p.client}
          className="live-pointer"
          data-testid="live-pointer"
          data-name={p.name}
          style={{ transform: `translate(${p.pointer!.x * zoom + x}px, ${p.pointer!.y * zoom + y}px)` }}
        >
          <svg width="16" height="20" viewBox="0 0 16 20">
            <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill={p.colour} stroke="#fff" strokeWidth="1.5" />
          </svg>
          <span className="live-pointer-label" style={{ background: p.colour }}>
            {p.name}
            {p.dragging && (
              <small>
                {' '}
                {DRAG_KIND[p.dragging.kind]} “{p.dragging.label}”
              </small>
            )}
          </span>
        </div>
      ))}
    </div>,
    canvas
  )
}
