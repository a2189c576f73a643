// The overview scene of what the canvas draws now, rebuilt when the drawn roles, their
// cards or the findings change (not while panning or zooming). When only cards and
// findings changed it is rebuilt after the edit itself is on screen: a card dropped shows,
// with its warning, before the overview and the minimap of 2,000 roles are drawn again.
// Roles moved, added or opened are in the scene at once: fitting the view reads it.

import { useDeferredValue, useEffect, useMemo, useRef } from 'react'
import type { Role } from '@shared/model/chart'
import { indexChart } from '@shared/model/index-chart'
import { compactCards } from '@shared/layout/node-size'
import { nodeSize } from '../node-sizes'
import { useWorkbench } from '../../state/store'
import { findingsByRole } from '../../state/selectors'
import type { Direction } from '../branch-layout'
import { buildScene, type Scene } from './overview-scene'

export function useOverviewScene(roles: readonly Role[], direction: Direction): Scene {
  const current = useWorkbench((s) => s.chart)
  const currentLint = useWorkbench((s) => s.lint)
  const later = useDeferredValue(current)
  const laterLint = useDeferredValue(currentLint)
  const rolesChanged = later.roles !== current.roles
  const chart = rolesChanged ? current : later
  const lint = rolesChanged ? currentLint : laterLint
  const drawn = useRef<Scene | undefined>(undefined)
  const scene = useMemo(() => {
    const { dutiesByRole } = indexChart(chart)
    const warned = new Set<string>()
    for (const [id, list] of findingsByRole(lint)) if (list.some((f) => f.severity !== 'info')) warned.add(id)
    // The boxes the canvas draws: compact cards on big charts, as the layout placed them.
    const compact = compactCards(chart.roles.length)
    return buildScene({ roles, size: (r) => nodeSize(r, dutiesByRole.get(r.id) ?? [], compact), warned, direction }, drawn.current)
  }, [roles, chart, lint, direction])
  useEffect(() => {
    drawn.current = scene
  }, [scene])
  return scene
}
