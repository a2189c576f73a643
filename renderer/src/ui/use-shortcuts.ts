// Window-wide keyboard shortcuts. Text fields keep their own native undo.

import { useEffect } from 'react'
import { redo, undo } from '../state/store'

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || !(e.ctrlKey || e.metaKey)) return
      const key = e.key.toLowerCase()
      const command = key === 'z' ? (e.shiftKey ? redo : undo) : key === 'y' ? redo : null
      if (!command) return
      e.preventDefault()
      command()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
