// Session rules in plain functions: which permission requests are granted and which
// network requests are cancelled. security.ts applies them to Electron sessions.
import { isTrustedUrl } from './origin'

/**
 * Every permission is refused (camera, notifications, geolocation, …) except two the
 * app's own page uses: writing text to the clipboard, which "Copy" buttons rely on and
 * which cannot read anything back, and full screen, which present mode asks for (the
 * user leaves it with Esc, as in any browser).
 */
const GRANTED_TO_APP = new Set(['clipboard-sanitized-write', 'fullscreen'])

export function isPermissionGranted(permission: string, requestingUrl: string | undefined, origins: readonly string[]): boolean {
  return GRANTED_TO_APP.has(permission) && isTrustedUrl(requestingUrl, origins)
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:'])

/**
 * The app shows no remote content: network requests are cancelled unless they go to a
 * trusted origin (in development, the dev server and its hot-reload socket).
 */
export function isBlockedRequest(url: string, origins: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true
  }
  if (!NETWORK_PROTOCOLS.has(parsed.protocol)) return false
  const host = parsed.host.toLowerCase()
  return !origins.some((origin) => {
    const trusted = new URL(origin)
    const sameScheme =
      trusted.protocol === parsed.protocol ||
      (trusted.protocol === 'http:' && parsed.protocol === 'ws:') ||
      (trusted.protocol === 'https:' && parsed.protocol === 'wss:')
    return sameScheme && trusted.host.toLowerCase() === host
  })
}
