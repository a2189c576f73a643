// Turns the bytes of a chart file or CSV into text, strictly and the same way in the app
// and the command line. UTF-8 (with or without a byte-order mark) and UTF-16 with a
// byte-order mark are read; anything else is refused with where the first bad byte is,
// because silently swapping bytes for "�" changes names without anyone noticing.
// Windows-1252 (what older Excel writes) is decoded only when the user asks for it.
// Written by hand because shared/ has no TextDecoder, and because the error needs a place.

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type Encoding = (typeof ENCODINGS)[number]

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding; readonly bom: boolean }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly byte: number; readonly message: string }

/** Strings are built from chunks of code units so a 20 MB file never needs a huge argument list. */
class TextBuilder {
  private readonly parts: string[] = []
  private units: number[] = []
  line = 1
  column = 1

  push(codePoint: number): void {
    if (codePoint === 0x0a) {
      this.line++
      this.column = 1
    } else this.column++
    if (codePoint > 0xffff) {
      const c = codePoint - 0x10000
      this.units.push(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff))
    } else this.units.push(codePoint)
    if (this.units.length >= 8192) this.flush()
  }

  /** A run of ASCII bytes, added without a per-character step (most files are mostly ASCII). */
  pushAscii(bytes: Uint8Array, from: number, to: number): void {
    this.flush()
    for (let i = from; i < to; i += 8192)
      this.parts.push(String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + 8192)) as unknown as number[]))
    // Searched within the run only, so a long file without line breaks stays linear.
    const run = bytes.subarray(from, to)
    let lastNl = -1
    for (let i = run.indexOf(0x0a); i !== -1; i = run.indexOf(0x0a, i + 1)) {
      this.line++
      lastNl = i
    }
    this.column = lastNl >= 0 ? run.length - lastNl : this.column + run.length
  }

  private flush(): void {
    if (this.units.length === 0) return
    this.parts.push(String.fromCharCode.apply(null, this.units))
    this.units = []
  }

  text(): string {
    this.flush()
    return this.parts.join('')
  }
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`

function refuse(out: TextBuilder, byte: number, encoding: 'UTF-8' | 'UTF-16'): DecodeResult {
  const { line, column } = out
  const advice =
    encoding === 'UTF-8'
      ? 'It may have been saved in an older encoding such as Windows-1252. Save it as UTF-8 (in Excel: "CSV UTF-8") and try again.'
      : 'The file is damaged or cut short. Save it again as UTF-8 and try again.'
  return { ok: false, line, column, byte, message: `The file is not ${encoding} at line ${line}, column ${column} (byte ${hex(byte)}). ${advice}` }
}

function decodeUtf8(bytes: Uint8Array, start: number): DecodeResult {
  const out = new TextBuilder()
  const n = bytes.length
  let i = start
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      let end = i + 1
      while (end < n && bytes[end] < 0x80) end++
      if (end - i > 16) out.pushAscii(bytes, i, end)
      else for (let k = i; k < end; k++) out.push(bytes[k])
      i = end
      continue
    }
    let need: number
    let cp: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000]
    else return refuse(out, b, 'UTF-8')
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return refuse(out, b, 'UTF-8')
      cp = (cp << 6) | (c & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return refuse(out, b, 'UTF-8')
    out.push(cp)
    i += need + 1
  }
  return { ok: true, text: out.text(), encoding: 'utf-8', bom: start > 0 }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const out = new TextBuilder()
  const unit = (i: number) => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1])
  for (let i = 2; i < bytes.length; i += 2) {
    if (i + 1 >= bytes.length) return refuse(out, bytes[i], 'UTF-16')
    const u = unit(i)
    if (u >= 0xd800 && u <= 0xdbff && i + 3 < bytes.length) {
      const low = unit(i + 2)
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00))
        i += 2
        continue
      }
    }
    if (u >= 0xd800 && u <= 0xdfff) return refuse(out, bytes[littleEndian ? i + 1 : i], 'UTF-16')
    out.push(u)
  }
  return { ok: true, text: out.text(), encoding: littleEndian ? 'utf-16le' : 'utf-16be', bom: true }
}

/** UTF-8 with or without a byte-order mark, or UTF-16 with one; the mark is not part of the text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, 3)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false)
  return decodeUtf8(bytes, 0)
}

/** Windows-1252 bytes 0x80–0x9F; the rest of the code page equals Latin-1. Undefined bytes stay as C1 codes. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
]

/** Decodes every byte as Windows-1252: only when the user chose to, after a UTF-8 refusal. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const out = new TextBuilder()
  for (const b of bytes) out.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b)
  return out.text()
}
