// Where the app's own pages come from, and how main recognises them.
//
// DECISION (final): the packaged renderer is served from app://org-workbench/.
// IndexedDB, localStorage and every other web store are keyed by origin, so the
// charts users keep in the app live under this origin. Changing the scheme or host
// later would silently orphan that data; it would need a migration that copies the
// old origin's databases first. The dev server (ELECTRON_RENDERER_URL) is a separate
// origin with its own, throw-away data.
//
// No Electron import here, so Vitest can check these rules in plain Node.

export const APP_SCHEME = 'app'
export const APP_HOST = 'org-workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * scheme://host[:port] of a URL, or null if it cannot be parsed.
 * WHATWG URL reports the origin of custom schemes as "null", so it is built by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!parsed.host) return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/** The origins whose pages may call IPC and may be navigated to. */
export function trustedOrigins(devServerUrl: string | undefined, isPackaged: boolean): readonly string[] {
  const origins = [APP_ORIGIN]
  if (!isPackaged && devServerUrl) {
    const dev = originOf(devServerUrl)
    if (dev) origins.push(dev)
  }
  return origins
}

/** True only for a page served from one of the trusted origins (never file:, data: or about:). */
export function isTrustedUrl(url: string | null | undefined, origins: readonly string[]): boolean {
  if (!url) return false
  const origin = originOf(url)
  if (!origin) return false
  if (hasCredentials(url)) return false
  return origins.some((o) => o.toLowerCase() === origin)
}

function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.username !== '' || parsed.password !== ''
  } catch {
    return true
  }
}
