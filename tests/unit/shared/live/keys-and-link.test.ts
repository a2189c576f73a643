import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url, utf8 } from '@shared/live/bytes'
import { formatFragment, isJoinFragment, joinUrl, newSessionSecrets, parseFragment } from '@shared/live/join-link'
import { deriveSessionKeys } from '@shared/live/session-keys'

describe('join link', () => {
  it('round-trips the room, the key and (only when asked) the host token', () => {
    const s = newSessionSecrets()
    const participant = parseFragment('#' + formatFragment(s))
    expect(participant.ok && participant.link.roomId).toBe(s.roomId)
    expect(participant.ok && [...participant.link.secret]).toEqual([...s.secret])
    expect(participant.ok && participant.link.hostToken).toBeUndefined()
    const host = parseFragment(formatFragment(s, true))
    expect(host.ok && [...host.link.hostToken!]).toEqual([...s.hostToken])
    expect(joinUrl('http://10.0.0.5:4321', s)).toBe(`http://10.0.0.5:4321/#${formatFragment(s)}`)
  })

  it('refuses a link without its key, with a message that says so and what to do', () => {
    const s = newSessionSecrets()
    const r = parseFragment(`#live=${s.roomId}`)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problem).toMatch(/has no key/)
    expect(!r.ok && r.problem).toMatch(/Ask the facilitator/)
    expect(isJoinFragment(`#live=${s.roomId}`)).toBe(true)
    expect(isJoinFragment('#other')).toBe(false)
  })

  it('refuses damaged keys and rooms', () => {
    const s = newSessionSecrets()
    expect(parseFragment(`#live=${s.roomId}.abc`).ok).toBe(false)
    expect(parseFragment(`#live=short.${toBase64Url(s.secret)}`).ok).toBe(false)
    expect(parseFragment(`#live=${s.roomId}.${toBase64Url(s.secret)}.x.y`).ok).toBe(false)
  })

  it('base64url round-trips every length', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255)
      expect([...fromBase64Url(toBase64Url(b))!]).toEqual([...b])
    }
    expect(fromBase64Url('a+b/')).toBeNull()
  })
})

describe('session keys', () => {
  const secret = Uint8Array.from({ length: 16 }, (_, i) => i)
  const room = 'AAAAAAAAAAAAAAAA'

  it('Web Crypto and the pure-JS fallback derive the same keys and open each other’s frames', async () => {
    const web = await deriveSessionKeys(secret, room, 'webcrypto')
    const js = await deriveSessionKeys(secret, room, 'js')
    expect(web.frames.engine).toBe('webcrypto')
    expect([...web.accessToken]).toEqual([...js.accessToken])
    const text = utf8('Head of Operations')
    expect(await js.frames.open('doc', await web.frames.seal('doc', text))).toEqual(text)
    expect(await web.frames.open('doc', await js.frames.seal('doc', text))).toEqual(text)
  })

  it('a wrong key, another room, another label or a changed byte opens nothing', async () => {
    const keys = await deriveSessionKeys(secret, room)
    const sealed = await keys.frames.seal('doc', utf8('Finance Director'))
    const wrong = await deriveSessionKeys(Uint8Array.from({ length: 16 }, () => 7), room)
    const otherRoom = await deriveSessionKeys(secret, 'BBBBBBBBBBBBBBBB')
    expect(await wrong.frames.open('doc', sealed)).toBeNull()
    expect(await otherRoom.frames.open('doc', sealed)).toBeNull()
    expect(await keys.frames.open('presence', sealed)).toBeNull()
    const tampered = sealed.slice()
    tampered[20] ^= 1
    expect(await keys.frames.open('doc', tampered)).toBeNull()
    expect(await keys.frames.open('doc', sealed.slice(0, 10))).toBeNull()
    expect([...wrong.accessToken]).not.toEqual([...keys.accessToken])
  })

  it('seals with a fresh nonce every time, and the ciphertext carries no plaintext', async () => {
    const keys = await deriveSessionKeys(secret, room)
    const a = await keys.frames.seal('doc', utf8('Payroll Manager'))
    const b = await keys.frames.seal('doc', utf8('Payroll Manager'))
    expect(toBase64Url(a)).not.toBe(toBase64Url(b))
    expect(Buffer.from(a).includes(Buffer.from('Payroll'))).toBe(false)
  })
})
