// The PDF's built-in fonts (Helvetica) cover Windows-1252 only. Letters outside it keep
// their base letter ("Gdańsk" → "Gdansk"); anything else becomes "?" rather than failing.

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'

function printable(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.includes(String.fromCodePoint(cp))
}

export function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text.replace(/[\t\r\n]+/g, ' ')) {
    const cp = ch.codePointAt(0)!
    if (printable(cp)) out += ch
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      out += base.length > 0 && [...base].every((c) => printable(c.codePointAt(0)!)) ? base : '?'
    }
  }
  return out
}
