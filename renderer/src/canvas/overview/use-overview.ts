// What the overview changes in React Flow's input: below the readable zoom the role
// nodes are hidden (React Flow then mounts none of them, nor their lines) except the
// selected role, which keeps keyboard focus; and a click on the pane zooms in there.

import { useCallback, useMemo } from 'react'
import { useReactFlow, type Edge } from '@xyflow/react'
import { clearSelection, select } from '../../state/selection'
import type { RoleFlowNode } from '../flow-sync'
import { overviewClickTarget } from './click-target'
import { isOverview } from './lod'
import type { Scene } from './overview-scene'
import { useMoveWhenHidden, useOverviewMode } from './use-overview-mode'

const hiddenCopy = new WeakMap<RoleFlowNode, RoleFlowNode>()
const NO_EDGES: Edge[] = []

/** The same hidden copy of an unchanged node, so React Flow skips it on the next update. */
function hide(node: RoleFlowNode): RoleFlowNode {
  let copy = hiddenCopy.get(node)
  if (!copy) {
    copy = { ...node, hidden: true }
    hiddenCopy.set(node, copy)
  }
  return copy
}

export function useOverview(nodes: RoleFlowNode[], edges: Edge[], selectedId: string | null, scene: Scene) {
  const overview = useOverviewMode()
  const flow = useReactFlow<RoleFlowNode>()
  const shownNodes = useMemo(() => (overview ? nodes.map((n) => (n.id === selectedId ? n : hide(n))) : nodes), [overview, nodes, selectedId])
  // React Flow's own effects (children's run first) have taken in the hidden nodes by now.
  useMoveWhenHidden(shownNodes)
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      if (!isOverview(flow.getZoom())) return clearSelection()
      const pane = (e.currentTarget as Element).getBoundingClientRect()
      const target = overviewClickTarget(scene, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), flow.getZoom(), pane)
      if (target.roleId) select(target.roleId)
      void flow.setCenter(target.x, target.y, { zoom: target.zoom, duration: 350 })
    },
    [flow, scene]
  )
  // The selected role stays a (tiny) node in the overview: a click on it zooms in too.
  const onNodeClick = useCallback(
    (_e: React.MouseEvent, node: RoleFlowNode) => {
      const zoom = flow.getZoom()
      if (!isOverview(zoom)) return
      const box = scene.byId.get(node.id)
      if (box) void flow.setCenter(box.x + box.w / 2, box.y + box.h / 2, { zoom: overviewClickTarget(scene, box, zoom, { width: 0, height: 0 }).zoom, duration: 350 })
    },
    [flow, scene]
  )
  return { overview, nodes: shownNodes, edges: overview ? NO_EDGES : edges, onPaneClick, onNodeClick }
}
