// The role canvas: React Flow bound to the chart and to the one selection in the store.
// Positions are local while dragging; letting go commits one edit: a move, or, dropped
// onto another role, a new reporting line with its branch re-arranged.

import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { ControlButton, Controls, Panel, ReactFlow, applyNodeChanges, useReactFlow, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react'
import { useWorkbench } from '../state/store'
import { select, selectLine } from '../state/selection'
import { addRoleAt, moveRoles, run, setManager } from '../actions'
import { setDropTarget, useView } from '../ui/view-state'
import { OverviewProvider, RoleNode, type RoleFlowNode } from './RoleNode'
import { ReportingLine } from './ReportingLine'
import { dropStatedHandles, estimatedSizes, edgeId, syncEdges, syncNodes } from './flow-sync'
import { chartDirection } from './branch-layout'
import { DirectionContext } from './direction'
import { dropTargetAt } from './drop-target'
import { fitNow, registerBounds, registerCanvas } from './viewport'
import { CanvasHints } from './CanvasHints'
import { HandleScale } from './HandleScale'
import { revealRole, useChartView } from '../state/view'
import { shownChart } from './shown-chart'
import { FocusBar } from './FocusBar'
import { FitOnChange } from './FitOnChange'
import { MAX_ZOOM, MIN_ZOOM } from './overview/lod'
import { OverviewLayer } from './overview/OverviewLayer'
import { OverviewMinimap } from './overview/OverviewMinimap'
import { useOverview } from './overview/use-overview'
import { useOverviewScene } from './overview/use-overview-scene'
import './overview/overview.css'

const nodeTypes = { role: RoleNode }
const edgeTypes = { reporting: ReportingLine }
const proOptions = { hideAttribution: true }
/** Past this size only roles in view are drawn. React Flow still draws each role once to measure
 *  it, so big charts start zoomed out, where roles draw as light summaries, before fitting. */
const LARGE_CHART = 400
const OVERVIEW_START = { x: 0, y: 0, zoom: 0.1 }

function pointer(e: MouseEvent | TouchEvent): { x: number; y: number } {
  const p = 'changedTouches' in e ? e.changedTouches[0] : e
  return { x: p.clientX, y: p.clientY }
}

/** `fitKey` changes when the canvas gets more or less room: the chart is fitted again. */
export function ChartCanvas({ fitKey }: { fitKey?: unknown }) {
  const current = useWorkbench((s) => s.chart)
  // When only cards changed (a drop, a rename), the roles draw them themselves at once; the
  // canvas-wide work (sizes, line shapes, nodes for every role) follows after that is on screen.
  // Roles added, moved or opened are laid out at once.
  const later = useDeferredValue(current)
  const chart = later.roles === current.roles ? later : current
  const chartId = useWorkbench((s) => s.chart.id)
  const selection = useWorkbench((s) => s.selection)
  const focus = useWorkbench((s) => s.focus)
  const roomView = useView((s) => s.roomView)
  const direction = useMemo(() => chartDirection(chart), [chart])
  // Collapsed and focused branches leave roles out; the rest is what every layer draws.
  const view = useChartView(chartId)
  const roles = useMemo(() => shownChart(chart, view, direction).roles, [chart, view, direction])
  const scene = useOverviewScene(roles, direction)
  // Registered before any effect runs: the fit below React Flow reads them.
  useLayoutEffect(() => {
    registerBounds(() => scene)
    return () => registerBounds(null)
  }, [scene])
  const [nodes, setNodes] = useState<RoleFlowNode[]>([])
  const flow = useReactFlow<RoleFlowNode>()
  const wrapper = useRef<HTMLDivElement>(null)

  useLayoutEffect(() => {
    registerCanvas(flow, wrapper.current)
    return () => registerCanvas(null, null)
  }, [flow])
  const large = chart.roles.length > LARGE_CHART
  // Sizes stated up front at every size: a fit before React Flow has measured the roles (a chart
  // just opened, roles hidden in the overview) still counts every role.
  const sizeOf = useMemo(() => estimatedSizes(chart), [chart])
  useEffect(() => setNodes((prev) => syncNodes(prev, roles, selection.roleId, sizeOf, direction)), [roles, selection.roleId, direction, sizeOf])
  // Lines are the chart's alone (React Flow never changes them), so they are worked out while
  // rendering, from the ones drawn before: in the same render as the chart they belong to.
  const drawnEdges = useRef<Edge[]>([])
  const edges = useMemo(() => syncEdges(drawnEdges.current, roles, selection.lineOf ? edgeId(selection.lineOf) : null, direction, sizeOf), [roles, selection.lineOf, direction, sizeOf])
  useEffect(() => {
    drawnEdges.current = edges
  }, [edges])
  const overview = useOverview(nodes, edges, selection.roleId, scene)

  useEffect(() => {
    if (!focus) return
    // A role asked for from the Findings or the palette may be inside a collapsed or unfocused branch: show it first.
    revealRole(useWorkbench.getState().chart, focus.roleId)
    let frame = 0
    let tries = 10
    const centre = () => {
      const node = flow.getInternalNode(focus.roleId)
      if (!node) return void (tries-- > 0 && (frame = requestAnimationFrame(centre)))
      const w = node.measured.width ?? 260
      const h = node.measured.height ?? 160
      void flow.setCenter(node.internals.positionAbsolute.x + w / 2, node.internals.positionAbsolute.y + h / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 400 })
    }
    centre()
    return () => cancelAnimationFrame(frame)
  }, [focus, flow])

  const onNodesChange = useCallback((changes: NodeChange<RoleFlowNode>[]) => {
    // Selection and removal are the store's business; React Flow keeps sizes and drag positions.
    const kept = changes.filter((c) => c.type !== 'remove' && c.type !== 'select')
    if (kept.length) {
      setNodes((ns) => {
        const next = applyNodeChanges(kept, ns)
        return kept.some((c) => c.type === 'dimensions') ? dropStatedHandles(next) : next
      })
    }
    for (const c of changes) if (c.type === 'select' && c.selected) select(c.id)
  }, [])

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    for (const c of changes) if (c.type === 'select' && c.selected) selectLine(c.id.replace(/^line-/, ''))
  }, [])

  const onNodeDrag = useCallback((e: MouseEvent | TouchEvent, node: RoleFlowNode) => {
    setDropTarget(dropTargetAt(flow.screenToFlowPosition(pointer(e)), node.id))
  }, [flow])

  const onNodeDragStop = useCallback((e: MouseEvent | TouchEvent, node: RoleFlowNode, dragged: RoleFlowNode[]) => {
    const target = dropTargetAt(flow.screenToFlowPosition(pointer(e)), node.id)
    setDropTarget(null)
    if (target) return void run(setManager, { roleId: node.id, managerId: target })
    run(moveRoles, dragged.map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) })))
  }, [flow])

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) run(setManager, { roleId: c.target, managerId: c.source })
  }, [])

  const onDoubleClick = useCallback((e: React.MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.classList.contains('react-flow__pane')) return
    run(addRoleAt, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
  }, [flow])

  return (
    <div
      className={overview.overview ? 'canvas is-overview' : 'canvas'}
      ref={wrapper}
      onDoubleClick={onDoubleClick}
      data-testid="canvas"
      id="chart"
      role="group"
      aria-label="Chart canvas"
      aria-describedby="canvas-keys"
      // One Tab stop: the selected role when there is one, else the canvas itself.
      tabIndex={selection.roleId ? -1 : 0}
    >
      <DirectionContext.Provider value={direction}>
        <OverviewProvider>
          <ReactFlow
            nodes={overview.nodes}
            edges={overview.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onConnect={onConnect}
            onPaneClick={overview.onPaneClick}
            onNodeClick={overview.onNodeClick}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            nodesFocusable={false}
            edgesFocusable={false}
            disableKeyboardA11y
            zoomOnDoubleClick={false}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            onlyRenderVisibleElements={large}
            defaultViewport={large ? OVERVIEW_START : undefined}
            proOptions={proOptions}
          >
            <HandleScale target={wrapper} />
            {!roomView && (
              <Controls position="bottom-right" showInteractive={false} showFitView={false}>
                <ControlButton className="react-flow__controls-fitview" onClick={() => fitNow()} title="Fit View" aria-label="Fit View">
                  <FitIcon />
                </ControlButton>
              </Controls>
            )}
            <FitOnChange chartId={chartId} fitKey={fitKey} focusBranch={view.focusBranch} />
            <OverviewLayer scene={scene} on={overview.overview} />
            <FocusBar />
            {!roomView && (
              <Panel position="bottom-left" className="overview-minimap-panel">
                <OverviewMinimap scene={scene} />
              </Panel>
            )}
          </ReactFlow>
        </OverviewProvider>
      </DirectionContext.Provider>
      <CanvasHints />
      {chart.roles.length === 0 && (
        <div className="canvas-empty" data-testid="canvas-empty">
          <strong>This chart is empty.</strong>
          <span>
            Press Enter here, double-click or use <em>Add role</em> to start, or bring roles in with <em>File → Import roles from CSV…</em>
          </span>
        </div>
      )}
    </div>
  )
}

/** Four corners: the whole chart. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  )
}
