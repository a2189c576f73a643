// User text (role titles, duty labels) going into Markdown exports: kept on one line
// and with Markdown's special characters escaped, so a label such as "*urgent*" or
// "<b>" reads as typed instead of turning into formatting or HTML.

const SPECIAL = /[\\`*_[\]<>|~]/g
/** Characters that only mean something at the start of a line: headings, list items. */
const LEADING = /^[#+\-=]/
const ORDERED = /^(\d+)([.)])/
const BREAKS = /[\r\n\t\u2028\u2029]+/g

export function mdText(text: string): string {
  const flat = text.replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim().replace(SPECIAL, (c) => `\\${c}`)
  return flat.replace(LEADING, (m) => `\\${m}`).replace(ORDERED, (_, n: string, p: string) => `${n}\\${p}`)
}

/** A Markdown list, or an italic "None." line when there is nothing to list. */
export function mdList(items: readonly string[], none = 'None.'): string[] {
  return items.length ? items.map((i) => `- ${i}`) : [`_${none}_`]
}
