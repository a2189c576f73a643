// What this participant does on the canvas, published as presence: the pointer (also while
// dragging a card or duty, when browsers send drag events instead of pointer events), the
// role or duty being dragged, and for the facilitator the part of the chart in view.

import { useEffect } from 'react'
import { useReactFlow, useOnViewportChange, type Viewport } from '@xyflow/react'
import type { Dragging } from '@shared/live/presence'
import { publish } from './presence-publish'
import { usePresent } from '../workshop/present/present-store'

const label = (el: Element | null) => (el?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80)

function draggingFrom(target: EventTarget | null): Dragging | null {
  if (!(target instanceof Element)) return null
  const chip = target.closest('.chip')
  if (chip) return { kind: 'duty', id: chip.getAttribute('data-duty-id') ?? '', label: label(chip) }
  const card = target.closest('[draggable="true"]')
  if (card) return { kind: 'card', id: '', label: label(card) }
  return null
}

export function usePointerPresence(canvas: HTMLElement | null): void {
  const flow = useReactFlow()
  useEffect(() => {
    if (!canvas) return
    let roleDrag: { node: Element; id: string; label: string } | null = null
    const at = (e: { clientX: number; clientY: number }) => publish('pointer', flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false }))
    const move = (e: PointerEvent) => {
      at(e)
      // React Flow marks a role that is really being dragged (not just clicked).
      if (roleDrag && e.buttons && roleDrag.node.classList.contains('dragging')) publish('dragging', { kind: 'role', id: roleDrag.id, label: roleDrag.label })
    }
    const down = (e: PointerEvent) => {
      const onChip = e.target instanceof Element && e.target.closest('.chip, .nodrag, button, input')
      const node = e.target instanceof Element && !onChip ? e.target.closest('.react-flow__node') : null
      roleDrag = node ? { node, id: node.getAttribute('data-id') ?? '', label: label(node.querySelector('.role-title')) } : null
    }
    const up = () => {
      if (roleDrag) publish('dragging', null)
      roleDrag = null
    }
    const leave = () => publish('pointer', null)
    const dragStart = (e: DragEvent) => publish('dragging', draggingFrom(e.target))
    const dragEnd = () => {
      roleDrag = null
      publish('dragging', null)
    }
    // One list for adding and removing, so the two can never drift apart.
    const listeners: [EventTarget, string, EventListener][] = [
      [canvas, 'pointermove', move as EventListener],
      [canvas, 'pointerdown', down as EventListener],
      [canvas, 'pointerleave', leave],
      [canvas, 'dragover', (e) => at(e as DragEvent)],
      [window, 'pointerup', up as EventListener],
      [document, 'dragstart', dragStart as EventListener],
      [document, 'dragend', dragEnd]
    ]
    for (const [target, type, fn] of listeners) target.addEventListener(type, fn)
    return () => {
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn)
    }
  }, [canvas, flow])
}

/** The part of the chart the facilitator sees, for Follow facilitator. */
export function useViewPresence(canvas: HTMLElement | null, enabled: boolean): void {
  const flow = useReactFlow()
  const send = (v: Viewport) => {
    if (!canvas) return
    const { width, height } = canvas.getBoundingClientRect()
    if (width > 0 && height > 0) publish('view', { x: -v.x / v.zoom, y: -v.y / v.zoom, width: width / v.zoom, height: height / v.zoom })
  }
  useOnViewportChange({ onChange: enabled ? send : undefined, onEnd: enabled ? send : undefined })
  useEffect(() => {
    if (enabled && canvas) send(flow.getViewport())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, canvas])
}

/** Whether the facilitator is in Present mode, so following participants present too. */
export function usePresentPresence(enabled: boolean): void {
  const presenting = usePresent((s) => s.presenting)
  useEffect(() => {
    if (enabled) publish('presenting', presenting ? 'present' : null)
  }, [enabled, presenting])
}
