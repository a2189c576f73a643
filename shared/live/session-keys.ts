// Keys for one live session, derived from the secret in the join link with HKDF-SHA-256:
// an AES-256-GCM key that seals every frame, and an access token the relay checks before it
// lets a connection in. The relay is given the token only; it cannot work back to the key.
// Browsers expose Web Crypto only on secure origins (https, localhost), and participants
// open the link over plain http on the room's network, so the same algorithms also run in
// audited pure-JS code (@noble) there. Both produce identical bytes (tests check it).

import { gcm } from '@noble/ciphers/aes'
import { hkdf } from '@noble/hashes/hkdf'
import { sha256 } from '@noble/hashes/sha2'
import { concatBytes, randomBytes, utf8 } from './bytes'

export const IV_BYTES = 12
const TAG_BYTES = 16
const PROTOCOL = 'org-workbench/live/1'

/** Seals and opens frames; `open` returns null for anything not sealed with this key and this label. */
export interface FrameKey {
  readonly engine: CryptoEngine
  seal(label: string, plaintext: Uint8Array): Promise<Uint8Array>
  open(label: string, sealed: Uint8Array): Promise<Uint8Array | null>
}

export interface SessionKeys {
  readonly frames: FrameKey
  /** Shown to the relay in the first message of every connection. */
  readonly accessToken: Uint8Array
}

export type CryptoEngine = 'webcrypto' | 'js'

/** The slice of Web Crypto used here (shared/ is compiled without DOM types). */
interface Subtle {
  importKey(format: 'raw', data: Uint8Array, algorithm: string | { name: string }, extractable: boolean, usages: string[]): Promise<object>
  deriveBits(algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Uint8Array; info: Uint8Array }, key: object, length: number): Promise<ArrayBuffer>
  encrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array }, key: object, data: Uint8Array): Promise<ArrayBuffer>
  decrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array }, key: object, data: Uint8Array): Promise<ArrayBuffer>
}

function webSubtle(): Subtle | undefined {
  return (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle
}

export function availableEngine(): CryptoEngine {
  return webSubtle() ? 'webcrypto' : 'js'
}

const salt = (roomId: string) => utf8(`${PROTOCOL} room ${roomId}`)
/** Binds a frame to its session and to what it is (document, presence, control). */
const additionalData = (roomId: string, label: string) => utf8(`${PROTOCOL} ${roomId} ${label}`)

export async function deriveSessionKeys(secret: Uint8Array, roomId: string, engine: CryptoEngine = availableEngine()): Promise<SessionKeys> {
  if (engine === 'js') {
    const frameKey = hkdf(sha256, secret, salt(roomId), utf8('frames'), 32)
    const accessToken = hkdf(sha256, secret, salt(roomId), utf8('relay-access'), 32)
    return { frames: jsFrameKey(roomId, frameKey), accessToken }
  }
  const subtle = webSubtle()
  if (!subtle) throw new Error('Web Crypto is not available here.')
  const base = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits'])
  const bits = (info: string) => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: salt(roomId), info: utf8(info) }, base, 256)
  const aes = await subtle.importKey('raw', new Uint8Array(await bits('frames')), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
  return { frames: webFrameKey(roomId, subtle, aes), accessToken: new Uint8Array(await bits('relay-access')) }
}

function webFrameKey(roomId: string, subtle: Subtle, key: object): FrameKey {
  return {
    engine: 'webcrypto',
    async seal(label, plaintext) {
      const iv = randomBytes(IV_BYTES)
      const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(roomId, label) }, key, plaintext)
      return concatBytes(iv, new Uint8Array(ct))
    },
    async open(label, sealed) {
      if (sealed.length < IV_BYTES + TAG_BYTES) return null
      try {
        const iv = sealed.subarray(0, IV_BYTES)
        const pt = await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(roomId, label) }, key, sealed.subarray(IV_BYTES))
        return new Uint8Array(pt)
      } catch {
        return null
      }
    }
  }
}

function jsFrameKey(roomId: string, key: Uint8Array): FrameKey {
  return {
    engine: 'js',
    seal(label, plaintext) {
      const iv = randomBytes(IV_BYTES)
      return Promise.resolve(concatBytes(iv, gcm(key, iv, additionalData(roomId, label)).encrypt(plaintext)))
    },
    open(label, sealed) {
      if (sealed.length < IV_BYTES + TAG_BYTES) return Promise.resolve(null)
      try {
        return Promise.resolve(gcm(key, sealed.slice(0, IV_BYTES), additionalData(roomId, label)).decrypt(sealed.slice(IV_BYTES)))
      } catch {
        return Promise.resolve(null)
      }
    }
  }
}
