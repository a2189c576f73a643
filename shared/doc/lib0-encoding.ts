// lib0's encoder, with a faster writer for the short strings Yjs writes by the hundred
// thousand (field names and values). lib0 runs each one through TextEncoder and then
// copies it byte by byte with a bounds check per byte: that is most of the time it takes
// to store a 5,000-role chart. A short ASCII string is copied straight into the buffer
// here; anything else goes through lib0's own writer. The output is byte for byte the
// same (tests/unit/shared/doc/lib0-encoding.test.ts). The renderer build points
// `lib0/encoding` here (electron.vite.config.ts), so Yjs uses it; `lib0/encoding.js` below
// names the real module without going through that alias.

import * as lib0 from 'lib0/encoding.js'

export * from 'lib0/encoding.js'

/** Strings up to this long have a one-byte length when ASCII, and are copied here. */
const SHORT = 127

export function writeVarString(encoder: lib0.Encoder, str: string): void {
  const len = str.length
  if (len <= SHORT && encoder.cbuf.length - encoder.cpos > len) {
    const buf = encoder.cbuf
    const start = encoder.cpos
    for (let i = 0; i < len; i++) {
      const c = str.charCodeAt(i)
      // Not ASCII: nothing is kept of the copy (cpos has not moved), lib0 writes it instead.
      if (c > 127) return lib0.writeVarString(encoder, str)
      buf[start + 1 + i] = c
    }
    buf[start] = len
    encoder.cpos = start + 1 + len
    return
  }
  lib0.writeVarString(encoder, str)
}

const floatTest = new DataView(new ArrayBuffer(4))
const isFloat32 = (n: number): boolean => {
  floatTest.setFloat32(0, n)
  return floatTest.getFloat32(0) === n
}
const BITS31 = 0x7fffffff

/** lib0's writeAny, restated because lib0's calls its own string writer. Same type tags and layout. */
export function writeAny(encoder: lib0.Encoder, data: unknown): void {
  switch (typeof data) {
    case 'string':
      lib0.write(encoder, 119)
      writeVarString(encoder, data)
      break
    case 'number':
      if (Number.isInteger(data) && Math.abs(data) <= BITS31) {
        lib0.write(encoder, 125)
        lib0.writeVarInt(encoder, data)
      } else if (isFloat32(data)) {
        lib0.write(encoder, 124)
        lib0.writeFloat32(encoder, data)
      } else {
        lib0.write(encoder, 123)
        lib0.writeFloat64(encoder, data)
      }
      break
    case 'bigint':
      lib0.write(encoder, 122)
      lib0.writeBigInt64(encoder, data)
      break
    case 'object':
      if (data === null) lib0.write(encoder, 126)
      else if (Array.isArray(data)) {
        lib0.write(encoder, 117)
        lib0.writeVarUint(encoder, data.length)
        for (let i = 0; i < data.length; i++) writeAny(encoder, data[i])
      } else if (data instanceof Uint8Array) {
        lib0.write(encoder, 116)
        lib0.writeVarUint8Array(encoder, data)
      } else {
        lib0.write(encoder, 118)
        const keys = Object.keys(data)
        lib0.writeVarUint(encoder, keys.length)
        for (const key of keys) {
          writeVarString(encoder, key)
          writeAny(encoder, (data as Record<string, unknown>)[key])
        }
      }
      break
    case 'boolean':
      lib0.write(encoder, data ? 120 : 121)
      break
    default:
      lib0.write(encoder, 127)
  }
}
