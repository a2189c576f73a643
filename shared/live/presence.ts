// Who is here and what they are doing: the awareness state each participant publishes
// (never part of the chart). Everything read from others is untrusted, so it is checked
// and clipped before the UI sees it.

export interface Point {
  readonly x: number
  readonly y: number
}

/** The part of the chart a participant sees, in chart coordinates. */
export interface ViewRect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface Dragging {
  readonly kind: 'role' | 'duty' | 'card'
  readonly id: string
  readonly label: string
}

export interface Presence {
  readonly name: string
  readonly colour: string
  readonly host: boolean
  /** Pointer over the canvas, in chart coordinates; null when elsewhere. */
  readonly pointer: Point | null
  readonly dragging: Dragging | null
  /** Published by the facilitator so others can follow. */
  readonly view: ViewRect | null
  /** The finding the facilitator shows in Present mode, by fingerprint; null when not presenting. */
  readonly presenting: string | null
}

export const COLOURS = ['#d1495b', '#2e86ab', '#3c9d5d', '#8e44ad', '#e67e22', '#16a085', '#c0392b', '#2c3e50', '#b7950b', '#d35400', '#7f8c8d', '#1f618d'] as const

export function colourFor(client: number): string {
  return COLOURS[client % COLOURS.length]!
}

const LIMIT = 1e7
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < LIMIT ? v : null)
const text = (v: unknown, max: number): string | null => (typeof v === 'string' ? v.slice(0, max) : null)

function point(v: unknown): Point | null {
  const p = v as Record<string, unknown> | null
  const x = num(p?.x)
  const y = num(p?.y)
  return x === null || y === null ? null : { x, y }
}

function view(v: unknown): ViewRect | null {
  const p = v as Record<string, unknown> | null
  const [x, y, width, height] = [num(p?.x), num(p?.y), num(p?.width), num(p?.height)]
  if (x === null || y === null || width === null || height === null || width <= 0 || height <= 0) return null
  return { x, y, width, height }
}

function dragging(v: unknown): Dragging | null {
  const d = v as Record<string, unknown> | null
  const kind = d?.kind
  if (kind !== 'role' && kind !== 'duty' && kind !== 'card') return null
  const id = text(d?.id, 100)
  const label = text(d?.label, 200)
  return id === null || label === null ? null : { kind, id, label }
}

/** A remote state made safe to show, or null when it is not a presence at all. */
export function readPresence(value: unknown, client: number): Presence | null {
  const v = value as Record<string, unknown> | null
  if (!v || typeof v !== 'object') return null
  const name = text(v.name, 40)?.trim()
  if (!name) return null
  const colour = typeof v.colour === 'string' && /^#[0-9a-f]{6}$/i.test(v.colour) ? v.colour : colourFor(client)
  return {
    name,
    colour,
    host: v.host === true,
    pointer: point(v.pointer),
    dragging: dragging(v.dragging),
    view: view(v.view),
    presenting: text(v.presenting, 200)
  }
}
