// Serves the built app (out/renderer) to participants' browsers: only files inside that
// folder, only GET/HEAD, with the same Content-Security-Policy the app ships with and
// headers that stop a browser from guessing types or leaking the page address.

import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { acceptsGzip, compressible, gzipped } from './compressed-files'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export const LIVE_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The file a request path names inside root, or null when it would leave root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = normalize(join(root, path === '/' ? 'index.html' : path))
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  const file = resolveInside(normalize(root), req.url ?? '/')
  let size = -1
  let version = ''
  try {
    if (file) {
      const st = statSync(file)
      if (st.isFile()) {
        size = st.size
        version = `${st.size}:${st.mtimeMs}`
      }
    }
  } catch {
    size = -1
  }
  if (!file || size < 0) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  const extension = extname(file).toLowerCase()
  const headers = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Security-Policy': LIVE_PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding'
  }
  if (compressible(extension) && acceptsGzip(req.headers['accept-encoding'])) {
    gzipped(file, version).then(
      (body) => {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
        res.end(req.method === 'HEAD' ? undefined : body)
      },
      () => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('The file could not be read.')
      }
    )
    return
  }
  res.writeHead(200, { ...headers, 'Content-Length': size })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}
