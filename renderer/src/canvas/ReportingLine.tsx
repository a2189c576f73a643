// A reporting line on the canvas, drawn with the same shapes as the exports
// (shared/layout/reporting-lines): hanging from a bus under the manager, or down the side
// of a stacked team or a column of reports and in beside the title. Left-right charts use
// the same shapes turned a quarter.

import { memo } from 'react'
import { BaseEdge, type EdgeProps } from '@xyflow/react'
import { LAYOUT_SPACING } from '@shared/layout/layout-chart'
import { linePath } from '@shared/layout/reporting-lines'
import type { ReportingLineEdge } from './flow-sync'

/** Lines to fellow reports share their bus and rail; a narrow hit band keeps each line's own last stretch clickable. */
const HIT_WIDTH = 12

function ReportingLineView({ id, sourceX, sourceY, targetX, targetY, data, markerEnd, style }: EdgeProps<ReportingLineEdge>) {
  const turned = data?.turned ?? false
  // In the turned frame the reporting direction runs down, as in the shapes' own frame.
  const from: [number, number] = turned ? [sourceY, sourceX] : [sourceX, sourceY]
  const to: [number, number] = turned ? [targetY, targetX] : [targetX, targetY]
  const busTop = data?.busTop
  const bus = busTop != null && busTop > from[1] ? (from[1] + busTop) / 2 : from[1] + LAYOUT_SPACING.inStack / 2
  const points = linePath(data?.shape ?? 'hanging', from, to, bus)
  const d = points.map(([a, b], i) => `${i ? 'L' : 'M'}${turned ? b : a} ${turned ? a : b}`).join(' ')
  return <BaseEdge id={id} path={d} markerEnd={markerEnd} style={style} interactionWidth={HIT_WIDTH} />
}

export const ReportingLine = memo(ReportingLineView)
