import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedUrl, originOf, trustedOrigins } from '../../../electron/main/origin'

describe('the production origin', () => {
  it('is the fixed app://org-workbench origin that IndexedDB data is tied to', () => {
    expect(APP_ORIGIN).toBe('app://org-workbench')
    expect(APP_ENTRY_URL).toBe('app://org-workbench/index.html')
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN)
  })
})

describe('IPC sender check', () => {
  const packaged = trustedOrigins('http://localhost:5173', true)
  const dev = trustedOrigins('http://localhost:5173/', false)

  it('trusts pages of the app origin', () => {
    expect(isTrustedUrl('app://org-workbench/index.html', packaged)).toBe(true)
    expect(isTrustedUrl('app://org-workbench/index.html#/chart/1', packaged)).toBe(true)
  })

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://org-workbench.evil.com/index.html'],
    ['a remote page', 'https://example.com/'],
    ['a local file', 'file:///home/user/page.html'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['an iframe srcdoc', 'about:srcdoc'],
    ['credentials in the URL', 'app://user:pw@org-workbench/index.html'],
    ['garbage', 'not a url'],
    ['an empty URL', '']
  ])('refuses %s', (_what, url) => {
    expect(isTrustedUrl(url, dev)).toBe(false)
  })

  it('refuses a missing sender frame', () => {
    expect(isTrustedUrl(null, packaged)).toBe(false)
    expect(isTrustedUrl(undefined, packaged)).toBe(false)
  })

  it('trusts the dev server only when the app is not packaged', () => {
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/index.html', packaged)).toBe(false)
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false)
  })
})
