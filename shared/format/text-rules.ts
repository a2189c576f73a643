// Strict text rules for ids, titles, labels and notes, applied the same way to chart
// files, CSV imports and edits. Invisible characters are refused because they make
// text lie about itself: a right-to-left override turns "report‮fdp.exe" into a name
// that displays as "reportexe.pdf", NUL and other control characters break exports and
// other programs, and a lone surrogate is not text at all. Lengths are counted in code
// points everywhere, so an emoji counts as one character in the file check and in edits.

/** Where text lives decides what it may hold: only notes may span lines. */
export const TEXT_KINDS = ['line', 'note'] as const
export type TextKind = (typeof TEXT_KINDS)[number]

export interface BadCharacter {
  /** The code point, e.g. 0x202e. */
  readonly code: number
  /** 1-based position in code points, as a user counts characters. */
  readonly position: number
  readonly name: string
}

const BIDI_CONTROLS: Readonly<Record<number, string>> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate'
}

const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d])

/** U+0041 style, as Unicode charts name characters. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

function nameOf(code: number): string | null {
  if (code === 0) return 'a NUL character'
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return 'a control character'
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a broken character pair (a lone surrogate)'
  if (code === 0x2028 || code === 0x2029) return 'a line separator'
  const bidi = BIDI_CONTROLS[code]
  return bidi ? `a text-direction control (${bidi})` : null
}

function allowed(code: number, kind: TextKind): boolean {
  return kind === 'note' && LINE_BREAKS.has(code)
}

/** Fast path: most text is plain printable ASCII and needs no per-character walk. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/

/** The first character the rules refuse, or null when the text is clean. */
export function findBadCharacter(text: string, kind: TextKind = 'line'): BadCharacter | null {
  if (!SUSPECT.test(text)) return null
  let position = 0
  for (let i = 0; i < text.length; i++) {
    position++
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    const name = nameOf(code)
    if (name && !allowed(code, kind)) return { code, position, name }
  }
  return null
}

/** Removes every character the rules refuse (CSV cells from spreadsheets often carry a few). */
export function stripBadCharacters(text: string, kind: TextKind = 'line'): string {
  if (!SUSPECT.test(text)) return text
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    // for…of yields a lone surrogate as its own one-unit string.
    if (!nameOf(code) || allowed(code, kind)) out += ch
  }
  return out
}

/** Length as a person counts it: code points, so "👩" is one and a lone surrogate is one. */
export function codePointLength(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** "contains a control character (U+0007) at character 4" — for messages. */
export function describeBadCharacter(bad: BadCharacter): string {
  return `contains ${bad.name} (${codePointName(bad.code)}) at character ${bad.position}`
}

/** A sentence about text that breaks the rules, or null: used by edits and the CSV import. */
export function textRuleProblem(what: string, text: string | undefined, max: number, kind: TextKind = 'line'): string | null {
  if (text === undefined) return null
  const length = codePointLength(text)
  if (length > max) return `${what} can be at most ${max} characters long (this one has ${length}).`
  const bad = findBadCharacter(text, kind)
  if (bad) return `${what} ${describeBadCharacter(bad)}, which is invisible or unsafe in names. Retype the text without it.`
  return null
}
