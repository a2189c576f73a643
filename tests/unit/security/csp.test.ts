// The Content Security Policy, in renderer/index.html and in the header main sends with
// every app page: scripts only from the app itself, no eval, no plugins, nothing from the
// network. Also checks that the built preload needs nothing but Electron's own module,
// which is all a sandboxed preload may require.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const served: { handler?: (request: Request) => Promise<Response> } = {}
  return {
    served,
    module: {
      protocol: { registerSchemesAsPrivileged: () => undefined },
      session: {
        defaultSession: {
          protocol: {
            handle(_scheme: string, fn: (request: Request) => Promise<Response>) {
              served.handler = fn
            }
          }
        }
      }
    }
  }
})
vi.mock('electron', () => electron.module)

const { APP_CONTENT_SECURITY_POLICY } = await import('../../../electron/main/app-files')
const { serveAppFiles } = await import('../../../electron/main/protocol')

const ROOT = resolve(__dirname, '../../..')
const BUILT_PRELOAD = join(ROOT, 'out/preload/index.js')

/** The policy in the page's <meta http-equiv> tag. */
function metaPolicy(html: string): string {
  const tag = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0]
  const content = tag && /content="([^"]*)"/i.exec(tag)?.[1]
  if (!content) throw new Error('renderer/index.html has no Content-Security-Policy meta tag')
  return content
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), sources)
  }
  return map
}

const POLICIES = [
  ['renderer/index.html', metaPolicy(readFileSync(join(ROOT, 'renderer/index.html'), 'utf8'))],
  ['the app:// response header', APP_CONTENT_SECURITY_POLICY]
] as const

describe.each(POLICIES)('the Content Security Policy of %s', (_where, policy) => {
  const d = directives(policy)

  it("loads scripts from the app only: script-src 'self' and nothing else", () => {
    expect(d.get('script-src')).toEqual(["'self'"])
  })

  it('never allows eval', () => {
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/)
  })

  it("allows no plugins: object-src 'none'", () => {
    expect(d.get('object-src')).toEqual(["'none'"])
  })

  it("falls back to the app itself: default-src 'self'", () => {
    expect(d.get('default-src')).toEqual(["'self'"])
  })

  it('names no remote origin and no wildcard in any directive', () => {
    for (const [name, sources] of d) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?|wss?|ftp):|\*|^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/i)
      }
    }
  })

  it('allows data: and blob: only where the app uses them: images (export rasterising, the live QR code)', () => {
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    // Fonts come from the bundle's files; exported SVG carries its own fonts inside the image.
    expect(d.get('font-src')).toEqual(["'self'"])
    // No workers: nothing to allow beyond the default.
    expect(d.has('worker-src')).toBe(false)
    expect(d.has('child-src')).toBe(false)
    expect(d.get('connect-src')).toEqual(["'self'"])
  })

  it("forbids <base> and form submissions", () => {
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('form-action')).toEqual(["'none'"])
  })
})

describe('app pages served by main', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ow-csp-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>')
  writeFileSync(join(dir, 'app.js'), 'export {}')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  serveAppFiles(dir)

  it('carry the policy as a response header, with sniffing off', async () => {
    const response = await electron.served.handler!(new Request('app://org-workbench/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('are refused outside the renderer folder and for methods other than GET and HEAD', async () => {
    expect((await electron.served.handler!(new Request('app://org-workbench/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404)
    expect((await electron.served.handler!(new Request('app://org-workbench/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})

describe('the built preload', () => {
  const built = existsSync(BUILT_PRELOAD)
  if (!built) console.log(`Skipping the built-preload check: ${BUILT_PRELOAD} does not exist (run npm run build first).`)

  it.skipIf(!built)("requires nothing but 'electron' (a sandboxed preload may load nothing else)", () => {
    const code = readFileSync(BUILT_PRELOAD, 'utf8')
    const required = [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2])
    const imported = [...code.matchAll(/^\s*import\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
      (m) => m[1] ?? m[2] ?? m[3]
    )
    expect(required.length).toBeGreaterThan(0)
    expect([...new Set([...required, ...imported])]).toEqual(['electron'])
    expect(code).not.toMatch(/\brequire\(\s*[^'"`\s)]/)
  })
})
