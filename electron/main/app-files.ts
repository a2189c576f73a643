// Maps app:// requests onto files of the built renderer (out/renderer), refusing
// anything that could escape that folder. Pure Node so the path rules are unit tested;
// protocol.ts wires it to Electron.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './origin'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

/**
 * The policy sent with every app page. Inline styles are allowed because React Flow
 * positions nodes with style attributes; blob: images rasterise PNG exports and the
 * live-session QR code is a data: image. Fonts are the bundle's own files, and there are
 * no workers. Nothing may load from the network.
 */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Absolute path of the file an app:// URL names inside `rootDir`, or null when the
 * URL is for another scheme or host, or any path segment tries to leave the folder
 * (literal or percent-encoded "..", backslashes, NUL bytes, drive letters).
 * The raw string is checked before URL parsing so that dot segments the parser
 * would quietly collapse are refused rather than reinterpreted.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}`
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null
  const rest = requestUrl.slice(prefix.length)
  if (rest !== '' && !rest.startsWith('/') && !rest.startsWith('?') && !rest.startsWith('#')) return null
  const rawPath = rest.split(/[?#]/, 1)[0] ?? ''

  const segments: string[] = []
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '.' || segment === '..') return null
    if (/[\\/\0:]/.test(segment)) return null
    segments.push(segment)
  }
  if (segments.length === 0) segments.push('index.html')

  const root = resolve(rootDir)
  const file = resolve(root, ...segments)
  const rel = relative(root, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return file
}
