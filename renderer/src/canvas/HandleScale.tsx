// Keeps the round handles at least about 12 px on screen at every zoom, by setting
// --handle-scale on the canvas. Changed in steps, so zooming does not restyle every
// role on every frame.

import { useLayoutEffect, type RefObject } from 'react'
import { useStore, type ReactFlowState } from '@xyflow/react'

const STEPS = [1, 1.5, 2, 3, 4, 6, 8]
const scaleAt = (s: ReactFlowState) => STEPS.find((k) => 14 * k * s.transform[2] >= 12) ?? STEPS[STEPS.length - 1]

export function HandleScale({ target }: { target: RefObject<HTMLElement | null> }) {
  const scale = useStore(scaleAt)
  useLayoutEffect(() => target.current?.style.setProperty('--handle-scale', String(scale)), [scale, target])
  return null
}
