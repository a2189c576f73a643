import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../../electron/main/external-links'

const HOSTS = ['github.com', 'docs.example.org']

describe('links opened in the system browser', () => {
  it('allows https links to listed hosts', () => {
    expect(isAllowedExternalUrl('https://github.com/some/repo', HOSTS)).toBe(true)
    expect(isAllowedExternalUrl('https://DOCS.example.org/guide?x=1#y', HOSTS)).toBe(true)
  })

  it.each([
    ['plain http', 'http://github.com/'],
    ['an unlisted host', 'https://evil.example.com/'],
    ['a subdomain of a listed host', 'https://gist.github.com/'],
    ['a look-alike host', 'https://github.com.evil.io/'],
    ['credentials', 'https://user:pw@github.com/'],
    ['an explicit port', 'https://github.com:8443/'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'smb://server/share'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a custom app scheme', 'vscode://open?file=/etc/passwd'],
    ['garbage', 'https//github.com'],
    ['an overlong URL', `https://github.com/${'a'.repeat(3000)}`]
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url, HOSTS)).toBe(false)
  })

  it('uses the built-in list when none is given', () => {
    expect(isAllowedExternalUrl('https://github.com/')).toBe(true)
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false)
  })
})
