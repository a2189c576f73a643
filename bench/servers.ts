// Builds the app and the baseline page and serves both on loopback, each on a free port
// (two origins, so neither sees the other's IndexedDB).

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'

/** The repository root (this file is in bench/). */
export const ROOT = resolve(__dirname, '..')

export interface Served {
  readonly appUrl: string
  readonly baselineUrl: string
  close(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer()
    srv.once('error', fail)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => ok(port))
    })
  })
}

export function buildApp(): void {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** Built by the vite CLI: vite's build API misresolves its own modules when loaded from CommonJS (as tsx runs this). */
export function buildBaseline(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'org-workbench-bench-'))
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.mts'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_BASELINE_OUT: outDir },
    stdio: ['ignore', 'ignore', 'inherit']
  })
  return outDir
}

async function serve(configFile: string | false, outDir: string): Promise<PreviewServer> {
  const port = await freePort()
  return preview({
    configFile,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false }
  })
}

const urlOf = (s: PreviewServer): string => {
  const url = s.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview started but reported no local address.')
  return url
}

export async function startServers(baselineDir: string): Promise<Served> {
  const app = await serve(join(ROOT, 'vite.preview.config.mts'), join(ROOT, 'out/renderer'))
  const base = await serve(false, baselineDir)
  return {
    appUrl: urlOf(app),
    baselineUrl: urlOf(base),
    async close() {
      await Promise.all([app.close(), base.close()])
      rmSync(baselineDir, { recursive: true, force: true })
    }
  }
}
