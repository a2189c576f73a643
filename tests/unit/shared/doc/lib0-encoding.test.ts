// The faster string writer Yjs uses in the app must write exactly what lib0 writes, for
// any string and any value, wherever the encoder's buffer happens to be.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as lib0 from 'lib0/encoding'
import * as fast from '@shared/doc/lib0-encoding'

/** Bytes written by `write` after `prefix` bytes of padding (so strings land near buffer ends too). */
function bytes(prefix: number, write: (e: lib0.Encoder) => void): Uint8Array {
  const e = lib0.createEncoder()
  for (let i = 0; i < prefix; i++) lib0.write(e, i & 0xff)
  write(e)
  return lib0.toUint8Array(e)
}

const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 140 }), fc.constantFrom('', 'id', 'label', 'Schedule warehouse shifts', 'é', '😀 emoji', 'x'.repeat(127), 'y'.repeat(128)))
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double(), fc.float(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.uint8Array({ maxLength: 20 }), fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(text, tie('any'), { maxKeys: 4 }))
})).any

describe('lib0 string writer', () => {
  it('writes any string exactly as lib0 does, at any place in the buffer', () => {
    fc.assert(
      fc.property(text, fc.nat(300), (s, prefix) => {
        expect(bytes(prefix, (e) => fast.writeVarString(e, s))).toEqual(bytes(prefix, (e) => lib0.writeVarString(e, s)))
      }),
      { numRuns: 2000, seed: 20261201 }
    )
  })

  it('writes any value exactly as lib0 does', () => {
    fc.assert(
      fc.property(value, fc.nat(300), (v, prefix) => {
        expect(bytes(prefix, (e) => fast.writeAny(e, v))).toEqual(bytes(prefix, (e) => lib0.writeAny(e, v as Parameters<typeof lib0.writeAny>[1])))
      }),
      { numRuns: 1000, seed: 20261201 }
    )
  })
})
