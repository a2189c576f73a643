// Text from chart files can hold anything a user typed or pasted. Exported SVG must stay
// well-formed XML, so labels are cleaned (no characters XML 1.0 forbids) and escaped here.

// C0 controls other than tab/newline/CR, plus U+FFFE/U+FFFF, are not allowed anywhere in XML 1.0.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
// A surrogate without its partner is not a character at all; encoders turn it into garbage.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** A single-line label safe to put in XML: forbidden characters dropped, breaks become spaces. */
export function cleanLabel(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAKS, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** Escapes the five XML special characters (valid in text and in quoted attributes). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** Clean, then escape: the usual path for any user text going into the SVG. */
export function xmlText(text: string): string {
  return escapeXml(cleanLabel(text))
}
