// The canvas element the live layer draws over and listens on. It is found in the page
// rather than passed down, so the live layer needs no hooks inside the canvas component.
import { useEffect, useState } from 'react'

export function useCanvasElement(): HTMLElement | null {
  const [el, setEl] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const find = () => setEl(document.querySelector<HTMLElement>('[data-testid="canvas"]'))
    find()
    // The canvas remounts when the chart or the panels change.
    const observer = new MutationObserver(find)
    observer.observe(document.querySelector('.app') ?? document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])
  return el
}
