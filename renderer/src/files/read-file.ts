// Reads a file the user picked or dropped as text, with the same strict decoding as the
// command line (shared/format/decode.ts): UTF-8 or UTF-16 with a byte-order mark, and a
// located refusal for anything else instead of silently swapped characters.

import { decodeText } from '@shared/format/decode'

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly bytes: Uint8Array; readonly message: string }

export async function readFileText(file: Blob): Promise<ReadResult> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const decoded = decodeText(bytes)
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, bytes, message: decoded.message }
}
