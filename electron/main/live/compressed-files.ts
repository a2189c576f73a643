// The app's files gzipped once per version of each file, for participants' browsers: the
// app is a few megabytes of script, and on a room's Wi-Fi its size is most of the wait
// before a participant sees the chart. Compressed off the main thread, kept in memory.

import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt'])

export function compressible(extension: string): boolean {
  return COMPRESSIBLE.has(extension)
}

/** Whether the request says it accepts gzip (q=0 refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  return value.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (name !== 'gzip' && name !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  })
}

const cache = new Map<string, { readonly version: string; readonly body: Promise<Buffer> }>()

/** The gzipped file; `version` (size and modification time) tells a rebuilt file from the one cached. */
export function gzipped(file: string, version: string): Promise<Buffer> {
  const hit = cache.get(file)
  if (hit && hit.version === version) return hit.body
  const body = readFile(file).then((raw) => gzipAsync(raw, { level: 6 }))
  cache.set(file, { version, body })
  // A failed read is not kept: the next request tries again.
  body.catch(() => cache.delete(file))
  return body
}
