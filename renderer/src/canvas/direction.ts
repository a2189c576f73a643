// The direction the chart is drawn in, for the handles on every role: top-down charts
// connect top and bottom, left-right charts left and right.

import { createContext } from 'react'
import { Position } from '@xyflow/react'
import type { Direction } from './branch-layout'

export const DirectionContext = createContext<Direction>('down')

export function handleSides(direction: Direction): { target: Position; source: Position } {
  return direction === 'right' ? { target: Position.Left, source: Position.Right } : { target: Position.Top, source: Position.Bottom }
}
