// Small byte helpers the live protocol needs in both Node and the browser: base64url for
// the join link, UTF-8 for labels, and a comparison that does not leak where two tokens differ.

import { decodeUtf8, encodeUtf8 } from 'lib0/string'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]))

export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Null when the text is not base64url (no padding, no other characters). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let bits = 0
  let value = 0
  let at = 0
  for (const c of text) {
    const v = LOOKUP.get(c)
    if (v === undefined) return null
    value = (value << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >> bits) & 255
    }
  }
  return out
}

export const utf8 = (text: string): Uint8Array => encodeUtf8(text)
export const fromUtf8 = (bytes: Uint8Array): string => decodeUtf8(bytes)

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n)
  globalRandom().getRandomValues(out)
  return out
}

function globalRandom(): { getRandomValues(b: Uint8Array): Uint8Array } {
  const c = (globalThis as { crypto?: { getRandomValues?: (b: Uint8Array) => Uint8Array } }).crypto
  if (!c?.getRandomValues) throw new Error('This runtime has no secure random numbers (crypto.getRandomValues), so a live session cannot be keyed.')
  return c as { getRandomValues(b: Uint8Array): Uint8Array }
}
