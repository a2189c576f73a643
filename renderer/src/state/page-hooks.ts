// The page's lifecycle: a failed write is retried as soon as the page is hidden or about
// to unload, the browser asks before closing while changes are not saved, and the web
// build asks for persistent storage so the browser does not evict the charts.

let installed = false

export function installPageHooks({ flush, unsaved }: { flush: () => void; unsaved: () => boolean }): void {
  if (installed || typeof window === 'undefined') return
  installed = true
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })
  window.addEventListener('beforeunload', (e) => {
    flush()
    if (!unsaved()) return
    e.preventDefault()
    // Older browsers show the prompt only when returnValue is set.
    e.returnValue = ''
  })
  // Desktop storage is the app's own; a browser may evict "best effort" storage under pressure.
  if (!('orgWorkbench' in window)) void navigator.storage?.persist?.().catch(() => false)
}
