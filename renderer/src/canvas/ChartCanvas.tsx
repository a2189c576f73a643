// The role canvas: React Flow bound to the chart. Positions are local while dragging
// and committed as one `moveRoles` edit when the drag ends.

import { useCallback, useEffect, useRef, useState } from 'react'
import {
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnDelete
} from '@xyflow/react'
import { newId } from '@shared/model/ids'
import type { Op } from '@shared/ops/operations'
import { dispatch, select, useWorkbench } from '../state/store'
import { OverviewProvider, RoleNode, type RoleFlowNode } from './RoleNode'
import { dropStatedHandles, FIT_OPTIONS, syncEdges, syncNodes, NODE_WIDTH } from './flow-sync'

const nodeTypes = { role: RoleNode }
const proOptions = { hideAttribution: true }
// Module constants: React Flow re-subscribes its key listeners whenever these change identity.
const DELETE_KEYS = ['Delete', 'Backspace']
/** The minimap redraws every role on each frame of a pan; past this size it costs more than it helps. */
const MINIMAP_LIMIT = 400
/** Past this size only roles in view are drawn. React Flow still draws each role once to measure
 *  it, so big charts start zoomed out, where roles draw as light summaries, before fitting. */
const LARGE_CHART = 400
const OVERVIEW_START = { x: 0, y: 0, zoom: 0.1 }

/** `fitKey` changes when the canvas gets more or less room: the chart is fitted again. */
export function ChartCanvas({ onEdgeSelect, fitKey }: { onEdgeSelect: (edgeId: string | null) => void; fitKey?: unknown }) {
  const roles = useWorkbench((s) => s.chart.roles)
  const chartId = useWorkbench((s) => s.chart.id)
  const selectedRole = useWorkbench((s) => s.selection.roleId)
  const focus = useWorkbench((s) => s.focus)
  const [nodes, setNodes] = useState<RoleFlowNode[]>([])
  const [edges, setEdges] = useState<Edge[]>([])
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null)
  const flow = useReactFlow()
  const wrapper = useRef<HTMLDivElement>(null)

  useEffect(() => setNodes((prev) => syncNodes(prev, roles, selectedRole, roles.length > LARGE_CHART)), [roles, selectedRole])
  useEffect(() => setEdges((prev) => syncEdges(prev, roles, selectedEdge)), [roles, selectedEdge])
  useEffect(() => {
    const t = setTimeout(() => void flow.fitView(FIT_OPTIONS), 50)
    return () => clearTimeout(t)
  }, [chartId, fitKey, flow])

  useEffect(() => {
    if (!focus) return
    const node = flow.getInternalNode(focus.roleId)
    if (!node) return
    const w = node.measured.width ?? NODE_WIDTH
    const h = node.measured.height ?? 160
    void flow.setCenter(node.internals.positionAbsolute.x + w / 2, node.internals.positionAbsolute.y + h / 2, {
      zoom: Math.max(flow.getZoom(), 0.9),
      duration: 400
    })
  }, [focus, flow])

  const onNodesChange = useCallback((changes: NodeChange<RoleFlowNode>[]) => {
    // Removal goes through onDelete as an edit; everything else is view state.
    const kept = changes.filter((c) => c.type !== 'remove')
    setNodes((ns) => {
      const next = applyNodeChanges(kept, ns)
      return kept.some((c) => c.type === 'dimensions') ? dropStatedHandles(next) : next
    })
    for (const c of kept) {
      if (c.type === 'select' && c.selected) {
        select(c.id)
        setSelectedEdge(null)
        onEdgeSelect(null)
      }
    }
  }, [onEdgeSelect])

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const kept = changes.filter((c) => c.type !== 'remove')
    setEdges((es) => applyEdgeChanges(kept, es))
    for (const c of kept) {
      if (c.type === 'select') {
        const id = c.selected ? c.id : null
        setSelectedEdge(id)
        onEdgeSelect(id)
        if (c.selected) select(null)
      }
    }
  }, [onEdgeSelect])

  const onNodeDragStop = useCallback((_e: unknown, _node: RoleFlowNode, dragged: RoleFlowNode[]) => {
    const positions = dragged.map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }))
    dispatch([{ type: 'moveRoles', positions }], dragged.length > 1 ? `Move ${dragged.length} roles` : 'Move role')
  }, [])

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target || c.source === c.target) return
    dispatch([{ type: 'setReportsTo', roleId: c.target, reportsTo: c.source }], 'Connect reporting line')
  }, [])

  const onDelete: OnDelete<RoleFlowNode, Edge> = useCallback(({ nodes: gone, edges: cut }) => {
    const removed = new Set(gone.map((n) => n.id))
    const ops: Op[] = [
      ...cut.filter((e) => !removed.has(e.target)).map((e): Op => ({ type: 'setReportsTo', roleId: e.target, reportsTo: null })),
      ...gone.map((n): Op => ({ type: 'removeRole', roleId: n.id }))
    ]
    if (ops.length) dispatch(ops, gone.length ? `Delete ${gone.length === 1 ? 'role' : `${gone.length} roles`}` : 'Delete reporting line')
    setSelectedEdge(null)
    onEdgeSelect(null)
  }, [onEdgeSelect])

  const onDoubleClick = useCallback((e: React.MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.classList.contains('react-flow__pane')) return
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY })
    const id = newId('r')
    const role = { id, title: 'New role', x: Math.round(p.x - NODE_WIDTH / 2), y: Math.round(p.y - 40) }
    if (dispatch([{ type: 'addRole', role }], 'Add role')) select(id)
  }, [flow])

  return (
    <div className="canvas" ref={wrapper} onDoubleClick={onDoubleClick} data-testid="canvas">
      <OverviewProvider>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={onDelete}
        onPaneClick={() => {
          select(null)
          setSelectedEdge(null)
          onEdgeSelect(null)
        }}
        deleteKeyCode={DELETE_KEYS}
        zoomOnDoubleClick={false}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={roles.length > LARGE_CHART}
        defaultViewport={roles.length > LARGE_CHART ? OVERVIEW_START : undefined}
        proOptions={proOptions}
        fitView
        fitViewOptions={FIT_OPTIONS}
      >
        <Controls position="bottom-right" showInteractive={false} fitViewOptions={FIT_OPTIONS} />
        {roles.length <= MINIMAP_LIMIT && <MiniMap position="bottom-left" pannable zoomable nodeStrokeWidth={3} ariaLabel="Minimap" />}
      </ReactFlow>
      </OverviewProvider>
      {roles.length === 0 && (
        <div className="canvas-empty" data-testid="canvas-empty">
          <strong>This chart is empty.</strong>
          <span>Double-click here or use <em>Add role</em> to start, or bring roles in with <em>File → Import roles from CSV…</em></span>
        </div>
      )}
    </div>
  )
}
