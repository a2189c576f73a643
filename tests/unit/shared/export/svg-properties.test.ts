// Labels in exported SVG are text, never markup: for any title, name or card label —
// with <, &, quotes, control characters, emoji or broken surrogate pairs — the SVG is
// well-formed XML (checked by a strict reader here and by resvg's parser), holds only
// the elements the writer draws, and each label comes back out as the text it was.

import { Resvg } from '@resvg/resvg-js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chartToSvg, type SvgExportOptions } from '@shared/export/chart-svg'
import { cleanLabel } from '@shared/export/escape'
import type { Chart, Duty, Role } from '@shared/model/chart'

interface XmlElement {
  readonly name: string
  readonly attrs: ReadonlyMap<string, string>
  readonly children: (XmlElement | string)[]
}

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/
const TOKEN =
  /<!--[^]*?-->|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+/y
const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g

const decode = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]
  )

/** A strict reader for the XML the writer produces; throws on anything not well-formed. */
function parseXml(xml: string): XmlElement {
  if (NOT_XML_CHAR.test(xml)) throw new Error('a character XML does not allow')
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '')
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [] }
  const stack: XmlElement[] = [root]
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(body)
    if (!m) throw new Error(`not well-formed at ${at}: ${JSON.stringify(body.slice(at, at + 40))}`)
    const top = stack[stack.length - 1]
    if (m[0].startsWith('<!--')) continue
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`)
      stack.pop()
    } else if (m[2]) {
      const attrs = new Map<string, string>()
      for (const a of (m[3] ?? '').matchAll(ATTR)) {
        const value = a[2] ?? a[3] ?? ''
        if (attrs.has(a[1])) throw new Error(`attribute ${a[1]} twice`)
        if (BAD_REFERENCE.test(value)) throw new Error(`bare & in attribute ${a[1]}`)
        attrs.set(a[1], decode(value))
      }
      const el: XmlElement = { name: m[2], attrs, children: [] }
      top.children.push(el)
      if (!m[4]) stack.push(el)
    } else {
      if (BAD_REFERENCE.test(m[0])) throw new Error('bare & in text')
      if (m[0].includes(']]>')) throw new Error(']]> in text')
      if (top === root && m[0].trim()) throw new Error('text outside the root element')
      top.children.push(decode(m[0]))
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`)
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string')
  if (elements.length !== 1) throw new Error('not exactly one root element')
  return elements[0]
}

const elementsOf = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string')
const all = (el: XmlElement): XmlElement[] => [el, ...elementsOf(el).flatMap(all)]
const textOf = (el: XmlElement): string => el.children.filter((c): c is string => typeof c === 'string').join('')

const NASTY = [
  '<', '>', '&', '"', "'", '&amp;', '&lt;', '&#x3c;', '&nbsp;', '<script>alert(1)</script>', '</text><script>alert(1)</script><text>',
  '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', '<a href="javascript:alert(1)">x</a>',
  '" onload="alert(1)', "' onclick='x", ']]>', '<![CDATA[x]]>', '<!--', '-->', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  '\u0000', '\u0007', '\u001b[31m', '\u000b', '\uFFFE', '\uFFFF', '\r\n', '\t', '\u2028', '😀', '👩‍💻', '🏳️‍🌈', 'é', '\u0301', '\u200d', '   '
]
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
const label = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 8 }), loneSurrogate, fc.string({ maxLength: 30 })), { maxLength: 8 })
  .map((parts) => parts.join(''))

const chartArb = fc
  .tuple(
    fc.array(fc.tuple(label, fc.option(label, { nil: undefined }), fc.option(label, { nil: undefined })), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(label, fc.nat(), fc.boolean()), { maxLength: 6 }),
    fc.infiniteStream(fc.nat())
  )
  .map(([roleLabels, dutyLabels, picks]): Chart => {
    // Ids in chart files may hold any text too; the index keeps them unique.
    const ids = roleLabels.map(([, , id], i) => `${id ?? 'r'}#${i}`)
    const roles: Role[] = roleLabels.map(([title, person], i) => ({
      id: ids[i],
      title,
      ...(person === undefined ? {} : { person }),
      reportsTo: i === 0 ? null : ids[picks.next().value % i]
    }))
    const duties: Duty[] = dutyLabels.map(([text, at, fn], i) => ({
      id: `d${i}`,
      label: text,
      kind: fn ? 'function' : 'duty',
      roleId: ids[at % (roles.length + 1)] ?? null
    }))
    return { id: 'c', title: 'Chart', roles, duties, exceptions: [] }
  })

const optionsArb: fc.Arbitrary<SvgExportOptions> = fc.record({
  title: fc.option(label, { nil: undefined }),
  date: fc.option(label, { nil: undefined }),
  annotated: fc.boolean()
})

/** The element names the writer draws, learnt from a plain chart with every feature on. */
const VOCABULARY = (() => {
  const plain: Chart = {
    id: 'p',
    title: 'Plain',
    roles: [
      { id: 'a', title: 'A very long role title that certainly needs to be cut short to fit its box', person: 'Ann' },
      { id: 'b', title: 'B', reportsTo: 'a' }
    ],
    duties: [{ id: 'd', label: 'A very long duty label that certainly needs to be cut short to fit on its chip', roleId: 'b' }],
    exceptions: []
  }
  const finding = { ruleId: 'x', messageId: 'm', severity: 'warning' as const, roleId: 'b', dutyId: 'd', message: 'm', reason: 'r', evidence: [], suggestions: [], fingerprint: 'f' }
  const svg = chartToSvg(plain, { title: 'T', date: 'D', annotated: true, findings: [finding] }).svg
  return new Set(all(parseXml(svg)).map((e) => e.name))
})()

function expectOnlyText(svg: string, chart: Chart, options: SvgExportOptions): void {
  const root = parseXml(svg)
  expect(root.name).toBe('svg')
  const elements = all(root)
  for (const el of elements) {
    expect(VOCABULARY.has(el.name), `<${el.name}> is not drawn by the writer`).toBe(true)
    for (const name of el.attrs.keys()) expect(name).toMatch(/^(xmlns|class|x|y|width|height|viewBox|rx|cx|cy|r|d|transform|data-id)$/)
  }
  // Text and titles hold text; a text may hold one tooltip <title>, which holds text only.
  for (const el of elements.filter((e) => e.name === 'title')) expect(elementsOf(el)).toEqual([])
  for (const el of elements.filter((e) => e.name === 'text')) {
    const inner = elementsOf(el)
    expect(inner.length).toBeLessThanOrEqual(1)
    for (const child of inner) expect(child.name).toBe('title')
  }

  // One group per role, holding its own box and chips and nothing from its labels.
  const groups = elementsOf(root).filter((e) => e.name === 'g' && e.attrs.has('data-id'))
  expect(groups.map((g) => g.attrs.get('data-id'))).toEqual(chart.roles.map((r) => cleanLabel(r.id)))
  for (const [i, g] of groups.entries()) {
    const role = chart.roles[i]
    const held = chart.duties.filter((d) => d.roleId === role.id)
    const inside = elementsOf(g)
    expect(inside.filter((e) => e.name === 'rect')).toHaveLength(1 + held.length)
    const texts = inside.filter((e) => e.name === 'text')
    expect(texts.length).toBeGreaterThanOrEqual(1 + held.length)

    // The role title comes back as the cleaned label, whole or cut with an ellipsis and kept whole as a tooltip.
    const [titleText] = texts
    const tooltip = elementsOf(titleText).find((e) => e.name === 'title')
    if (tooltip) {
      expect(textOf(tooltip)).toBe(cleanLabel(role.title))
      expect(textOf(titleText).endsWith('…')).toBe(true)
    } else expect(textOf(titleText)).toBe(cleanLabel(role.title))
  }

  if (options.title && cleanLabel(options.title)) {
    expect(textOf(elementsOf(root).find((e) => e.name === 'title')!)).toBe(cleanLabel(options.title))
  }
}

describe('SVG export of arbitrary labels', () => {
  it('is well-formed, draws only its own elements and shows every label as text', () => {
    fc.assert(
      fc.property(chartArb, optionsArb, (chart, options) => {
        const { svg } = chartToSvg(chart, options)
        expectOnlyText(svg, chart, options)
      }),
      { numRuns: 250 }
    )
  })

  it('is accepted by a real SVG parser', () => {
    fc.assert(
      fc.property(chartArb, optionsArb, (chart, options) => {
        const { svg } = chartToSvg(chart, options)
        expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow()
      }),
      { numRuns: 40 }
    )
  })

  it('the strict reader used above refuses markup smuggled in unescaped', () => {
    const ok = chartToSvg({ id: 'c', title: 'C', roles: [{ id: 'r', title: 'Safe' }], duties: [], exceptions: [] }).svg
    expect(() => parseXml(ok)).not.toThrow()
    expect(() => parseXml(ok.replace('>Safe<', '>a & b<'))).toThrow()
    expect(() => parseXml(ok.replace('>Safe<', '>a < b<'))).toThrow()
    expect(() => parseXml(ok.replace('>Safe<', '>\u0007<'))).toThrow()
    const injected = parseXml(ok.replace('>Safe<', '><script>alert(1)</script><'))
    expect(all(injected).some((e) => !VOCABULARY.has(e.name))).toBe(true)
  })
})
