// Opaque tokens standing for file paths. The renderer is untrusted, so it never sees
// or sends a path: main issues a token for a path the user chose in a native dialog
// (or that main itself remembered as recent) and later maps the token back.
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'

export function newHandleToken(): string {
  return `h_${randomBytes(18).toString('base64url')}`
}

export class HandleRegistry {
  private readonly pathByToken = new Map<string, string>()
  private readonly tokenByPath = new Map<string, string>()

  constructor(private readonly newToken: () => string = newHandleToken) {}

  /** The token for a path; the same path keeps the same token for the whole session. */
  issue(path: string): string {
    const key = resolve(path)
    const existing = this.tokenByPath.get(key)
    if (existing) return existing
    const token = this.newToken()
    this.pathByToken.set(token, key)
    this.tokenByPath.set(key, token)
    return token
  }

  resolve(token: string): string | undefined {
    return this.pathByToken.get(token)
  }
}
