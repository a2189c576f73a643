// Paints the overview scene on a 2D canvas for one viewport: boxes and reporting lines
// as cached paths in chart units (one fill and one stroke per frame, however many roles),
// warning marks that stay visible at any size, and titles only where they can be read.

import { BOX_TITLE_MIN_WIDTH, BRANCH_LABEL_MIN_WIDTH, branchLabelPx } from './lod'
import { intersects, visibleRect, type Rect, type Scene } from './overview-scene'

export interface Paths {
  readonly boxes: Path2D
  readonly warned: Path2D
  readonly lines: Path2D
}

const paths = new WeakMap<Scene, Paths>()

function pathsOf(scene: Scene): Paths {
  const hit = paths.get(scene)
  if (hit) return hit
  const boxes = new Path2D()
  const warned = new Path2D()
  const lines = new Path2D()
  for (const b of scene.boxes) (b.warn ? warned : boxes).rect(b.x, b.y, b.w, b.h)
  for (const line of scene.lines) {
    line.forEach(([x, y], i) => (i === 0 ? lines.moveTo(x, y) : lines.lineTo(x, y)))
  }
  const made = { boxes, warned, lines }
  paths.set(scene, made)
  return made
}

export const COLOURS = {
  box: '#c8d2de',
  boxEdge: '#8d9cae',
  warn: '#f6c3a8',
  warnEdge: '#c2410c',
  line: '#8d9cae',
  selected: '#2563eb',
  ink: '#1f2937'
} as const

export interface DrawInput {
  readonly scene: Scene
  readonly transform: readonly [number, number, number]
  readonly width: number
  readonly height: number
  readonly dpr: number
  readonly selectedId: string | null
}

/** Draws one frame; returns how many roles were inside the view. */
export function drawOverview(ctx: CanvasRenderingContext2D, { scene, transform, width, height, dpr, selectedId }: DrawInput): number {
  const [tx, ty, z] = transform
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, width * dpr, height * dpr)
  ctx.setTransform(dpr * z, 0, 0, dpr * z, dpr * tx, dpr * ty)
  const p = pathsOf(scene)
  const px = 1 / z
  ctx.lineWidth = Math.max(px, 1.2 * px)
  ctx.strokeStyle = COLOURS.line
  ctx.stroke(p.lines)
  ctx.fillStyle = COLOURS.box
  ctx.fill(p.boxes)
  ctx.fillStyle = COLOURS.warn
  ctx.fill(p.warned)
  // Box outlines only once boxes are big enough for an outline to separate them.
  if (z * 260 > 24) {
    ctx.strokeStyle = COLOURS.boxEdge
    ctx.stroke(p.boxes)
    ctx.strokeStyle = COLOURS.warnEdge
    ctx.stroke(p.warned)
  }
  const view = visibleRect(transform, width, height)
  const inView = scene.boxes.filter((b) => intersects(b, view))
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
  drawWarningMarks(ctx, inView, transform)
  const sel = selectedId ? scene.byId.get(selectedId) : undefined
  if (sel) {
    ctx.strokeStyle = COLOURS.selected
    ctx.lineWidth = 3
    ctx.strokeRect(sel.x * z + tx - 2, sel.y * z + ty - 2, sel.w * z + 4, sel.h * z + 4)
  }
  if (260 * z >= BOX_TITLE_MIN_WIDTH) drawBoxTitles(ctx, inView, transform)
  else drawBranchLabels(ctx, scene, view, transform)
  return inView.length
}

/** A dot on each warned role, at least a few pixels across, so warnings show however far out. */
function drawWarningMarks(ctx: CanvasRenderingContext2D, boxes: Scene['boxes'], [tx, ty, z]: readonly [number, number, number]): void {
  const r = Math.max(2.5, Math.min(7, 14 * z))
  ctx.fillStyle = COLOURS.warnEdge
  ctx.beginPath()
  for (const b of boxes) {
    if (!b.warn) continue
    const cx = (b.x + b.w) * z + tx - r
    const cy = b.y * z + ty + r
    ctx.moveTo(cx + r, cy)
    ctx.arc(cx, cy, r, 0, Math.PI * 2)
  }
  ctx.fill()
}

function drawBoxTitles(ctx: CanvasRenderingContext2D, boxes: Scene['boxes'], [tx, ty, z]: readonly [number, number, number]): void {
  const font = Math.max(9, Math.min(14, 24 * z))
  ctx.font = `600 ${font}px Inter, system-ui, sans-serif`
  ctx.fillStyle = COLOURS.ink
  ctx.textBaseline = 'top'
  for (const b of boxes) {
    const x = b.x * z + tx + 4
    const w = b.w * z - 8
    const y = b.y * z + ty + 4
    if (b.h * z < font + 6) continue
    ctx.fillText(fitText(ctx, b.title, w), x, y, w)
  }
}

/** Labels the biggest branches that have room on screen, largest first, never overlapping. */
/** The narrowest a branch label can be; a label whose middle part is covered is not drawn. */
const LABEL_CORE = 24

/** Labels as measured, by font size, width allowed and title: redraws at one zoom measure nothing. */
const measured = new Map<string, { text: string; width: number }>()

function measuredLabel(ctx: CanvasRenderingContext2D, font: number, maxWidth: number, title: string, size: number) {
  const key = `${font}|${Math.round(maxWidth)}|${size}|${title}`
  let hit = measured.get(key)
  if (!hit) {
    if (measured.size > 5000) measured.clear()
    const text = `${fitText(ctx, title, maxWidth)} · ${size}`
    hit = { text, width: ctx.measureText(text).width + 8 }
    measured.set(key, hit)
  }
  return hit
}

function drawBranchLabels(ctx: CanvasRenderingContext2D, scene: Scene, view: Rect, [tx, ty, z]: readonly [number, number, number]): void {
  const placed: Rect[] = []
  ctx.textBaseline = 'top'
  ctx.lineJoin = 'round'
  for (const br of scene.branches) {
    const sw = br.w * z
    if (sw < BRANCH_LABEL_MIN_WIDTH) continue
    if (!intersects(br, view)) continue
    const font = branchLabelPx(sw)
    const h = font + 6
    const head = br.head
    const mid = (head.x + head.w / 2) * z + tx
    const y = Math.max(0, head.y * z + ty - h - 2)
    // Cheap test first: a label whose narrowest middle is covered would be covered whole.
    const core = { x: Math.max(0, mid - LABEL_CORE / 2), y, w: LABEL_CORE, h }
    if (placed.some((r) => intersects(r, core))) continue
    ctx.font = `700 ${font}px Inter, system-ui, sans-serif`
    const { text, width: w } = measuredLabel(ctx, font, Math.min(sw, 260), br.title, br.size)
    const x = Math.max(0, mid - w / 2)
    const rect = { x, y, w, h }
    if (placed.some((r) => intersects(r, rect))) continue
    placed.push(rect)
    ctx.fillStyle = 'rgba(255,255,255,0.88)'
    ctx.fillRect(x, y, w, h)
    ctx.fillStyle = COLOURS.ink
    ctx.fillText(text, x + 4, y + 3)
    if (placed.length > 80) break
  }
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid
    else hi = mid - 1
  }
  return `${text.slice(0, lo)}…`
}
