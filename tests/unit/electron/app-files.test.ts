import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppFile } from '../../../electron/main/app-files'

const ROOT = resolve('/srv/app/out/renderer')

describe('serving app:// requests from the renderer folder', () => {
  it('serves index.html for the bare origin and files by path', () => {
    expect(resolveAppFile('app://org-workbench', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveAppFile('app://org-workbench/', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveAppFile('app://org-workbench/index.html?x=1#top', ROOT)).toBe(join(ROOT, 'index.html'))
    expect(resolveAppFile('app://org-workbench/assets/index-abc.js', ROOT)).toBe(join(ROOT, 'assets', 'index-abc.js'))
    expect(resolveAppFile('app://org-workbench/assets/Inter%20Var.woff2', ROOT)).toBe(join(ROOT, 'assets', 'Inter Var.woff2'))
  })

  it.each([
    'app://org-workbench/../../etc/passwd',
    'app://org-workbench/assets/../../../etc/passwd',
    'app://org-workbench/%2e%2e/%2e%2e/etc/passwd',
    'app://org-workbench/..%2f..%2fetc%2fpasswd',
    'app://org-workbench/..%5c..%5cwindows%5cwin.ini',
    'app://org-workbench/assets%2f..%2f..%2fsecret',
    'app://org-workbench/./index.html',
    'app://org-workbench/index.html%00.png',
    'app://org-workbench/C:%5cWindows%5cwin.ini',
    'app://org-workbench/%E0%A4%A',
    'app://org-workbench.evil/index.html',
    'app://evil/index.html',
    'file:///etc/passwd'
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull()
  })

  it('never resolves outside the folder, whatever the path', () => {
    const tries = ['a/b/c', '%2E%2E', 'x/%2e%2E/y', 'a/.../b', '....//x']
    for (const path of tries) {
      const file = resolveAppFile(`app://org-workbench/${path}`, ROOT)
      if (file !== null) expect(file.startsWith(ROOT + '/') || file.startsWith(ROOT + '\\')).toBe(true)
    }
  })

  it('labels files with their content type', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('assets/x.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('font.woff2')).toBe('font/woff2')
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream')
  })

  it('sends a policy that allows no remote scripts or connections', () => {
    expect(APP_CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(APP_CONTENT_SECURITY_POLICY).toContain("connect-src 'self'")
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })
})
