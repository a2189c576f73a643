// The benchmark's baseline: React Flow alone, default nodes and edges, no app code.
// The harness injects the graph (window.__BENCH_GRAPH__) and the canvas size, so the
// baseline shows the same nodes at the same positions in a box as big as the app's canvas.

import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

interface BenchGraph {
  readonly nodes: Node[]
  readonly edges: Edge[]
  readonly width: number
  readonly height: number
  /** Same switch the app uses for big charts (a React Flow option, not app code). */
  readonly onlyRenderVisible: boolean
  /** The app's lowest zoom, so both can fit the same chart. */
  readonly minZoom: number
}

declare global {
  interface Window {
    __BENCH_GRAPH__?: BenchGraph
    __benchFit?: () => void
    __benchZoomIn?: (zoom: number) => void
  }
}

const graph: BenchGraph = window.__BENCH_GRAPH__ ?? { nodes: [], edges: [], width: 800, height: 600, onlyRenderVisible: false, minZoom: 0.05 }

function Flow() {
  const [nodes, setNodes] = useState(graph.nodes)
  const flow = useReactFlow()
  window.__benchFit = () => void flow.fitView({ padding: 0.15, duration: 0 })
  // Like a click on the app's overview: onto the node nearest the middle of the view.
  window.__benchZoomIn = (zoom: number) => {
    const box = document.getElementById('root')!.getBoundingClientRect()
    const c = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
    let best: Node | null = null
    for (const n of flow.getNodes()) if (!best || Math.hypot(n.position.x - c.x, n.position.y - c.y) < Math.hypot(best.position.x - c.x, best.position.y - c.y)) best = n
    if (best) void flow.setCenter(best.position.x + 75, best.position.y + 20, { zoom })
  }
  return (
    <ReactFlow
      nodes={nodes}
      edges={graph.edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
      minZoom={graph.minZoom}
      maxZoom={2.5}
      onlyRenderVisibleElements={graph.onlyRenderVisible}
      fitView
      fitViewOptions={{ padding: 0.15 }}
    />
  )
}

const root = document.getElementById('root')!
root.style.width = `${graph.width}px`
root.style.height = `${graph.height}px`
createRoot(root).render(
  <StrictMode>
    <ReactFlowProvider>
      <Flow />
    </ReactFlowProvider>
  </StrictMode>
)
