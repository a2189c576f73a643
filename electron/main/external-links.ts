// Which links may leave the app for the system browser. The app itself never shows
// remote content; a link the user clicks opens outside, and only to hosts listed
// here, so a crafted chart or a compromised page cannot launch arbitrary URLs or
// local programs (file:, smb:, custom schemes) through the operating system.

/** Hosts the app links to. Add a host only for links the app itself shows. */
export const EXTERNAL_LINK_HOSTS = ['github.com', 'www.electronjs.org'] as const

const MAX_URL_LENGTH = 2048

export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  if (url.length > MAX_URL_LENGTH) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  if (parsed.port !== '') return false
  const host = parsed.hostname.toLowerCase()
  return hosts.some((allowed) => allowed.toLowerCase() === host)
}
