// Files are read the same way by the app and the command line: UTF-8 with or without a
// byte-order mark and UTF-16 with one give the same text; anything else is refused with
// the place of the first byte that is not UTF-8.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText, decodeWindows1252 } from '@shared/format/decode'

const SAMPLE = '{ "title": "Ünïcödé & Co 🏭" }\nمدير — 日本語\r\n'
const utf16 = (text: string, littleEndian: boolean) => {
  const buf = Buffer.from(text, 'utf16le')
  if (!littleEndian) buf.swap16()
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), buf])
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with a byte-order mark', utf16(SAMPLE, true), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', utf16(SAMPLE, false), 'utf-16be']
  ])('reads %s as the same text, without the mark', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: SAMPLE, encoding })
  })

  it('refuses Windows-1252 bytes, saying where the first one is', () => {
    const bytes = Buffer.from('name,manager\nJos\xe9,Ada\n', 'latin1')
    const result = decodeText(bytes)
    expect(result).toMatchObject({ ok: false, line: 2, column: 4, byte: 0xe9 })
    expect(!result.ok && result.message).toMatch(/^The file is not UTF-8 at line 2, column 4 \(byte 0xE9\)\. .*Save it as UTF-8/)
  })

  it('counts columns in characters, so an emoji before the bad byte counts as one', () => {
    const bytes = Buffer.concat([Buffer.from('🚚é', 'utf8'), Buffer.from([0x80])])
    expect(decodeText(bytes)).toMatchObject({ ok: false, line: 1, column: 3 })
  })

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82]],
    ['a stray continuation byte', [0x61, 0x80]],
    ['0xFF', [0xff, 0x61]]
  ])('refuses %s', (_name, bytes) => {
    expect(decodeText(new Uint8Array(bytes)).ok).toBe(false)
  })

  it('refuses UTF-16 with a lone surrogate or an odd number of bytes', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])).ok).toBe(false)
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00])).ok).toBe(false)
  })

  it('agrees with the platform decoder on every valid UTF-8 text, and refuses exactly what it cannot decode', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }).map((s) => Buffer.from(s, 'utf8')), fc.uint8Array({ maxLength: 40 })), (bytes) => {
        let expected: string | null
        try {
          expected = strict.decode(bytes)
        } catch {
          expected = null
        }
        const result = decodeText(bytes)
        // A leading FF FE / FE FF is a UTF-16 mark here, as everywhere: those bytes are read as UTF-16 (tested above).
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return
        if (expected === null) expect(result.ok).toBe(false)
        else if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) expect(result).toMatchObject({ ok: true, text: expected })
      }),
      { numRuns: 400 }
    )
  }, 30_000)

  it('reads a 20 MB file', () => {
    const result = decodeText(new Uint8Array(20 * 1024 * 1024).fill(0x20))
    expect(result.ok && result.text.length).toBe(20 * 1024 * 1024)
  })
})

describe('decodeWindows1252', () => {
  it('maps the 0x80–0x9F range to the characters Windows puts there', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x93, 0x94, 0x96, 0xe9]))).toBe('€“”–é')
  })
})
