// The direction the chart is drawn in, for the handles on every role: top-down charts
// connect top and bottom, left-right charts left and right.

import { createContext } from 'react'
import { Position } from '@xyflow/react'
import { SIDE_ENTRY } from '@shared/layout/reporting-lines'
import type { Direction } from './branch-layout'

export const DirectionContext = createContext<Direction>('down')

/** The second way in, for roles stacked in a column with fellow reports (shared/layout/line-entry). */
export const SIDE_HANDLE = 'side'
/** How far along its side the side way in sits: level with the title, as in the exports. */
export const SIDE_HANDLE_OFFSET = SIDE_ENTRY

export function handleSides(direction: Direction): { target: Position; source: Position; side: Position } {
  return direction === 'right'
    ? { target: Position.Left, source: Position.Right, side: Position.Top }
    : { target: Position.Top, source: Position.Bottom, side: Position.Left }
}
