// The join link: http://<host>:<port>/#live=<room>.<key>[.<host token>]. Everything after
// "#" stays in the browser (fragments are never sent in HTTP requests), so the server learns
// the room id only when a client asks to join it, and never the key.

import { fromBase64Url, randomBytes, toBase64Url } from './bytes'

export const LINK_PREFIX = 'live='
export const ROOM_ID_BYTES = 12
export const SECRET_BYTES = 16
export const HOST_TOKEN_BYTES = 16

export interface JoinSecrets {
  /** Names the room on the relay; not secret. */
  readonly roomId: string
  /** The key material every participant derives the session keys from. */
  readonly secret: Uint8Array
  /** Present only in the facilitator's own copy: proves to the relay that a connection is the host's. */
  readonly hostToken?: Uint8Array
}

export type LinkResult = { readonly ok: true; readonly link: JoinSecrets } | { readonly ok: false; readonly problem: string }

export function newSessionSecrets(): Required<JoinSecrets> {
  return { roomId: toBase64Url(randomBytes(ROOM_ID_BYTES)), secret: randomBytes(SECRET_BYTES), hostToken: randomBytes(HOST_TOKEN_BYTES) }
}

/** The fragment (without "#") of a link; the host token only when asked for. */
export function formatFragment(s: JoinSecrets, withHost = false): string {
  const parts = [s.roomId, toBase64Url(s.secret)]
  if (withHost && s.hostToken) parts.push(toBase64Url(s.hostToken))
  return LINK_PREFIX + parts.join('.')
}

export function joinUrl(base: string, s: JoinSecrets): string {
  return `${base.replace(/#.*$/, '').replace(/\/?$/, '/')}#${formatFragment(s)}`
}

/** Whether a location hash asks to join a live session at all (well-formed or not). */
export function isJoinFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(LINK_PREFIX)
}

const ASK = 'Ask the facilitator for the link again, or scan the QR code on their screen.'

export function parseFragment(hash: string): LinkResult {
  const body = hash.replace(/^#/, '')
  if (!body.startsWith(LINK_PREFIX)) return { ok: false, problem: `This is not a join link for a live session. ${ASK}` }
  const [roomId = '', key, host, ...rest] = body.slice(LINK_PREFIX.length).split('.')
  const room = fromBase64Url(roomId)
  if (!room || room.length !== ROOM_ID_BYTES) return { ok: false, problem: `This join link does not name a session (the part after “#live=” is damaged). ${ASK}` }
  if (!key) return { ok: false, problem: `This join link has no key, so the chart cannot be opened: the key is the last part of the link, after the “.”. ${ASK}` }
  const secret = fromBase64Url(key)
  if (!secret || secret.length !== SECRET_BYTES) return { ok: false, problem: `The key in this join link is damaged (it should be ${toBase64Url(new Uint8Array(SECRET_BYTES)).length} letters and digits). ${ASK}` }
  if (rest.length) return { ok: false, problem: `This join link has extra parts after its key. ${ASK}` }
  if (host === undefined) return { ok: true, link: { roomId, secret } }
  const hostToken = fromBase64Url(host)
  if (!hostToken || hostToken.length !== HOST_TOKEN_BYTES) return { ok: false, problem: `The facilitator part of this link is damaged. ${ASK}` }
  return { ok: true, link: { roomId, secret, hostToken } }
}
