// Keyboard focus helpers shared by the workshop dialogs: is the user typing, keep Tab
// inside a dialog, and give focus back to where it was when the dialog closes.

export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden && el.getClientRects().length > 0)
}

/** Handles a Tab key press so that focus cycles within `container`. */
export function trapTab(e: KeyboardEvent | React.KeyboardEvent, container: HTMLElement): void {
  if (e.key !== 'Tab') return
  const items = focusables(container)
  if (items.length === 0) {
    e.preventDefault()
    return
  }
  const first = items[0]
  const last = items[items.length - 1]
  const active = document.activeElement
  const inside = active instanceof Node && container.contains(active)
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault()
    first.focus()
  }
}

/**
 * Remembers the focused element now; the returned function puts focus back there
 * once the dialog has gone (a task later, when the page around it is no longer inert).
 */
export function rememberFocus(): () => void {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
  // A button for an action may be drawn anew meanwhile (Room view hides the toolbar): find it again.
  const action = previous?.getAttribute('data-action')
  return () => {
    setTimeout(() => {
      const target = previous?.isConnected ? previous : action ? document.querySelector<HTMLElement>(`[data-action="${CSS.escape(action)}"]`) : null
      if (target && target !== document.body) target.focus({ preventScroll: true })
    }, 0)
  }
}
