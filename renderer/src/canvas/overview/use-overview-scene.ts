// The overview scene of what the canvas draws now, rebuilt when the drawn roles, their
// cards or the findings change (not while panning or zooming).

import { useMemo } from 'react'
import type { Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { roleNodeSize } from '@shared/layout/node-size'
import { useWorkbench } from '../../state/store'
import { findingsByRole } from '../../state/selectors'
import type { Direction } from '../branch-layout'
import { buildScene, type Scene } from './overview-scene'

export function useOverviewScene(roles: readonly Role[], direction: Direction): Scene {
  const chart = useWorkbench((s) => s.chart)
  const lint = useWorkbench((s) => s.lint)
  return useMemo(() => {
    const { dutiesByRole } = indexChart(chart)
    const warned = new Set<string>()
    for (const [id, list] of findingsByRole(lint)) if (list.some((f) => f.severity !== 'info')) warned.add(id)
    return buildScene({ roles, size: (r) => roleNodeSize(r, dutiesByRole.get(r.id) ?? []), warned, direction })
  }, [roles, chart, lint, direction])
}
