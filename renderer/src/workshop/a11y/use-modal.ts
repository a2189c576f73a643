// While a workshop dialog is open, everything around it is made inert: screen readers
// stay inside it, Tab cannot wander onto the hidden canvas, and stray clicks do
// nothing. Restoring focus afterwards is the opener's job (see rememberFocus).

import { useLayoutEffect, type RefObject } from 'react'

export function useInertOutside(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const changed: HTMLElement[] = []
    for (let node = ref.current; node && node !== document.body; node = node.parentElement) {
      const parent = node.parentElement
      if (!parent) break
      for (const sibling of parent.children) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert || sibling.tagName === 'SCRIPT') continue
        sibling.inert = true
        changed.push(sibling)
      }
    }
    return () => {
      for (const el of changed) el.inert = false
    }
  }, [ref])
}
