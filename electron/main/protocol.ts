// Serves the built renderer from app://org-workbench/ in production. A privileged,
// standard, secure scheme gives the pages a stable origin of their own (see origin.ts
// for why it must never change), unlike file://, which every local page shares.
import { readFile } from 'node:fs/promises'
import { protocol, session } from 'electron'
import { APP_CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppFile } from './app-files'
import { APP_SCHEME } from './origin'

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        allowServiceWorkers: false,
        corsEnabled: false,
        bypassCSP: false,
        codeCache: true
      }
    }
  ])
}

export function serveAppFiles(rendererDir: string): void {
  session.defaultSession.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return plain(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return plain(404, 'Not found')
    }
    const type = contentTypeFor(file)
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' }
    if (type.startsWith('text/html')) headers['content-security-policy'] = APP_CONTENT_SECURITY_POLICY
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  })
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
