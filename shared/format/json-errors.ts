// Finds where a text stops being valid JSON, with line and column. JSON.parse's own
// messages differ between Node and Chromium versions (and often give no line), so a
// small scanner re-reads the text once parsing has failed. Iterative, so deeply nested
// input cannot overflow the stack.

export interface JsonSyntaxError {
  readonly offset: number
  readonly line: number
  readonly column: number
  /** What was wrong, in plain words, without the location. */
  readonly what: string
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /^[0-9a-fA-F]{4}$/

function describeChar(c: string): string {
  const code = c.charCodeAt(0)
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()})`
  return `'${c}'`
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Null when the text is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const n = text.length
  const stack: string[] = []
  let i = 0
  let expect: Expect = 'value'
  let afterComma = false
  const fail = (offset: number, what: string): JsonSyntaxError => ({ offset, ...lineColumn(text, offset), what })
  const next = (): Expect => (stack.length ? 'commaOrClose' : 'end')

  const scanString = (): JsonSyntaxError | null => {
    const start = i
    i++
    while (i < n) {
      const c = text[i]
      if (c === '"') {
        i++
        return null
      }
      if (c === '\\') {
        const e = text[i + 1]
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return fail(i, 'a \\u escape needs four hex digits')
          i += 6
        } else if (e !== undefined && ESCAPES.has(e)) i += 2
        else return fail(i, 'a backslash in text starts an escape JSON does not know (write \\\\ for a backslash)')
        continue
      }
      if (c.charCodeAt(0) < 0x20) return fail(i, 'a line break or control character inside quoted text (write it as \\n or remove it)')
      i++
    }
    return fail(start, 'quoted text is never closed (a closing " is missing)')
  }

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
    if (i >= n) {
      if (expect === 'end') return null
      if (stack.length) return fail(n, `the file ends before ${stack[stack.length - 1] === '{' ? "an object is closed with '}'" : "a list is closed with ']'"}`)
      return fail(n, 'the file ends where a value was expected')
    }
    const c = text[i]
    switch (expect) {
      case 'value':
      case 'valueOrClose':
        if (c === ']' || c === '}') {
          if (expect === 'valueOrClose' && c === ']') {
            stack.pop()
            i++
            expect = next()
            break
          }
          return fail(i, afterComma ? `a comma comes right before '${c}' (remove the trailing comma)` : `unexpected '${c}' where a value was expected`)
        }
        afterComma = false
        if (c === '{') {
          stack.push('{')
          i++
          expect = 'keyOrClose'
        } else if (c === '[') {
          stack.push('[')
          i++
          expect = 'valueOrClose'
        } else if (c === '"') {
          const e = scanString()
          if (e) return e
          expect = next()
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i
          const m = NUMBER.exec(text)
          if (!m) return fail(i, 'a malformed number')
          i += m[0].length
          expect = next()
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i))
          if (!word) return fail(i, `unexpected ${describeChar(c)} where a value was expected (text must be in double quotes)`)
          i += word.length
          expect = next()
        }
        break
      case 'key':
      case 'keyOrClose':
        if (c === '}' && expect === 'keyOrClose') {
          stack.pop()
          i++
          expect = next()
        } else if (c === '}') return fail(i, "a comma comes right before '}' (remove the trailing comma)")
        else if (c === '"') {
          const e = scanString()
          if (e) return e
          expect = 'colon'
        } else return fail(i, `expected a property name in double quotes but found ${describeChar(c)}`)
        break
      case 'colon':
        if (c !== ':') return fail(i, `expected ':' after a property name but found ${describeChar(c)}`)
        i++
        expect = 'value'
        break
      case 'commaOrClose': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']'
        if (c === ',') {
          i++
          afterComma = true
          expect = close === '}' ? 'key' : 'value'
        } else if (c === close) {
          stack.pop()
          i++
          expect = next()
        } else return fail(i, `expected ',' or '${close}' but found ${describeChar(c)} (a comma may be missing)`)
        break
      }
      case 'end':
        return fail(i, `unexpected ${describeChar(c)} after the end of the data`)
    }
  }
}
