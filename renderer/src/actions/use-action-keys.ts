// One keyboard listener for the whole window: finds the action a key press means here
// and runs it. Text fields keep their keys (and their own undo); dialogs handle their
// own keys and stop them before they get here; Present mode lets only undo/redo through.

import { useEffect } from 'react'
import { useWorkbench } from '../state/store'
import { usePresent } from '../workshop/present/present-store'
import { isTextField } from '../workshop/a11y/focus'
import { matchesKey } from './keys'
import { KEYED_ACTIONS } from './registry'
import type { KeyScope } from './types'

type Place = 'field' | 'canvas' | 'chart' | 'other'

function placeOf(target: EventTarget | null): Place {
  if (!(target instanceof HTMLElement) || target === document.body) return 'chart'
  if (isTextField(target)) return 'field'
  if (target.closest('[role="dialog"], [role="alertdialog"], [role="menu"]')) return 'other'
  if (target.classList.contains('canvas') || target.hasAttribute('data-role-id')) return 'canvas'
  if (target.closest('.canvas')) return 'chart'
  return 'other'
}

const ALLOWED: Record<KeyScope, readonly Place[]> = {
  always: ['field', 'canvas', 'chart', 'other'],
  page: ['canvas', 'chart', 'other'],
  chart: ['canvas', 'chart'],
  canvas: ['canvas']
}

export function handleKey(e: KeyboardEvent): boolean {
  if (e.defaultPrevented) return false
  const place = placeOf(e.target)
  const presenting = usePresent.getState().presenting
  const state = useWorkbench.getState()
  for (const action of KEYED_ACTIONS) {
    const scope = action.keyScope ?? 'page'
    if (presenting && scope !== 'page') continue
    if (!ALLOWED[scope].includes(place) || !action.keys?.some((k) => matchesKey(k, e))) continue
    if (!action.enabled(state, undefined)) continue
    e.preventDefault()
    action.perform(state, undefined)
    return true
  }
  return false
}

export function useActionKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [])
}
