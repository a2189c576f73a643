// The SVG writer draws the whole chart from the model: every role and card, escaped,
// inside bounds that cover everything, as XML a strict parser accepts.

import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { chartToSvg } from '@shared/export/chart-svg'
import { BUNDLED_FONT_FILES, fontFaceCss } from '@shared/export/fonts'
import { textWidth } from '@shared/export/measure'
import type { Chart, Duty, Role } from '@shared/model/chart'
import type { Finding } from '@shared/rules/types'

const chart: Chart = {
  id: 'c1',
  title: 'Acme & Sons <Ltd>',
  roles: [
    { id: 'ceo', title: 'Chief "Executive" & <Owner>', person: "Ann O'Neil", x: 300, y: 0 },
    { id: 'ops', title: 'Operations Manager', person: 'Bo 🚚 Chen', reportsTo: 'ceo', x: 0, y: 220 },
    { id: 'hr', title: 'HR Manager', reportsTo: 'ceo', x: 600, y: 220 }
  ],
  duties: [
    { id: 'f1', label: 'Logistics', kind: 'function', roleId: 'ops' },
    { id: 'd1', label: 'Negotiate salaries', roleId: 'ops', category: 'hr-beyond-operations' },
    { id: 'd2', label: 'Plan shifts & <rotas>', roleId: 'ops' },
    { id: 'd3', label: 'Hire 👩‍💻 staff', roleId: 'hr' },
    { id: 'd4', label: 'Nobody holds this', roleId: null }
  ],
  exceptions: []
}

function finding(roleId: string, dutyId: string, severity: Finding['severity'] = 'warning'): Finding {
  return { ruleId: 'scope', messageId: 'm', severity, roleId, dutyId, message: 'Out of scope', reason: 'r', evidence: [], suggestions: [], fingerprint: `${roleId}:${dutyId}` }
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** Strict XML parse (resvg rejects malformed markup) plus a render with the bundled fonts. */
function render(svg: string): Uint8Array {
  const r = new Resvg(svg, { font: { fontFiles: [BUNDLED_FONT_FILES.regular, BUNDLED_FONT_FILES.semibold], loadSystemFonts: false, defaultFontFamily: 'Inter' } })
  return r.render().pixels
}

interface Rect {
  id: string
  x: number
  y: number
  width: number
  height: number
}

function roleRects(svg: string): Rect[] {
  const re = /<g data-id="([^"]*)" transform="translate\(([-\d.]+) ([-\d.]+)\)"><rect class="r" width="([\d.]+)" height="([\d.]+)"/g
  return [...svg.matchAll(re)].map((m) => ({ id: m[1], x: +m[2], y: +m[3], width: +m[4], height: +m[5] }))
}

function viewBox(svg: string): { x: number; y: number; width: number; height: number } {
  const m = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!
  return { x: +m[1], y: +m[2], width: +m[3], height: +m[4] }
}

/** Every rect and circle as an absolute box (role groups are translated). */
function shapes(svg: string): Rect[] {
  const out: Rect[] = []
  const stack: [number, number][] = [[0, 0]]
  const attr = (tag: string, name: string): number => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(tag)?.[1] ?? 0)
  for (const [tag] of svg.matchAll(/<g[^>]*>|<\/g>|<rect[^>]*\/>|<circle[^>]*\/>/g)) {
    const [ox, oy] = stack[stack.length - 1]
    if (tag.startsWith('<g')) {
      const t = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(tag)
      stack.push(t ? [ox + Number(t[1]), oy + Number(t[2])] : [ox, oy])
    } else if (tag === '</g>') stack.pop()
    else if (tag.startsWith('<rect')) out.push({ id: tag, x: ox + attr(tag, 'x'), y: oy + attr(tag, 'y'), width: attr(tag, 'width'), height: attr(tag, 'height') })
    else {
      const r = attr(tag, 'r')
      out.push({ id: tag, x: ox + attr(tag, 'cx') - r, y: oy + attr(tag, 'cy') - r, width: 2 * r, height: 2 * r })
    }
  }
  return out
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('chartToSvg', () => {
  it('draws every role title, person and held card label, escaped', () => {
    const { svg } = chartToSvg(chart)
    for (const r of chart.roles) {
      expect(svg).toContain(`>${escape(r.title)}<`)
      if (r.person) expect(svg).toContain(`>${escape(r.person)}<`)
    }
    for (const d of chart.duties.filter((d) => d.roleId)) expect(svg).toContain(`>${escape(d.label)}<`)
    expect(svg).toContain('Chief &quot;Executive&quot; &amp; &lt;Owner&gt;')
    expect(svg).toContain('Ann O&apos;Neil')
    expect(svg).not.toContain('<rotas>')
  })

  it('keeps emoji whole and produces XML a strict parser accepts', () => {
    const { svg } = chartToSvg(chart, { title: chart.title, date: '1 May 2026' })
    expect(svg).toContain('Bo 🚚 Chen')
    expect(svg).toContain('Hire 👩‍💻 staff')
    expect(() => render(svg)).not.toThrow()
  })

  it('drops characters XML forbids and repairs broken surrogates', () => {
    const messy: Chart = { ...chart, roles: [{ id: 'x', title: 'Bell\u0007 and \uD800 half\u000Bpair', x: 0, y: 0 }], duties: [] }
    const { svg } = chartToSvg(messy)
    expect(svg).toContain('>Bell and \uFFFD halfpair<')
    expect(() => render(svg)).not.toThrow()
  })

  it('sets bounds that contain every role box (and chips inside their role)', () => {
    const far: Chart = { ...chart, roles: [...chart.roles, { id: 'far', title: 'Far away', x: -5000, y: 9000 }] }
    const { svg, width, height } = chartToSvg(far, { padding: 0 })
    const vb = viewBox(svg)
    expect(vb.width).toBe(width)
    expect(vb.height).toBe(height)
    const rects = roleRects(svg)
    expect(rects.map((r) => r.id).sort()).toEqual(far.roles.map((r) => r.id).sort())
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(vb.x)
      expect(r.y).toBeGreaterThanOrEqual(vb.y)
      expect(r.x + r.width).toBeLessThanOrEqual(vb.x + vb.width)
      expect(r.y + r.height).toBeLessThanOrEqual(vb.y + vb.height)
    }
    const opsGroup = svg.slice(svg.indexOf('data-id="ops"'), svg.indexOf('</g>', svg.indexOf('data-id="ops"')))
    const ops = rects.find((r) => r.id === 'ops')!
    for (const m of opsGroup.matchAll(/<rect class="c[fd]w?" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      expect(+m[1] + +m[3]).toBeLessThanOrEqual(ops.width)
      expect(+m[2] + +m[4]).toBeLessThanOrEqual(ops.height)
    }
  })

  const expectInside = (svg: string): void => {
    const vb = viewBox(svg)
    for (const s of shapes(svg)) {
      expect(s.x, s.id).toBeGreaterThanOrEqual(vb.x)
      expect(s.y, s.id).toBeGreaterThanOrEqual(vb.y)
      expect(s.x + s.width, s.id).toBeLessThanOrEqual(vb.x + vb.width)
      expect(s.y + s.height, s.id).toBeLessThanOrEqual(vb.y + vb.height)
    }
  }

  it('keeps warning badges and the legend inside the bounds', () => {
    const { svg } = chartToSvg(chart, { annotated: true, findings: [finding('hr', 'd3'), finding('ceo', 'x')], padding: 0 })
    expect(shapes(svg).filter((s) => s.id.startsWith('<circle'))).toHaveLength(3)
    expectInside(svg)
  })

  it('widens the bounds for a heading wider than the chart', () => {
    const title = 'A chart title that is much wider than the chart drawn under it, so the picture has to grow sideways to fit it all in'
    const { svg } = chartToSvg(chart, { padding: 0, title, date: 'Today' })
    const vb = viewBox(svg)
    expect(textWidth(title, 20, 'semibold')).toBeGreaterThan(900)
    expect(vb.x + vb.width).toBeGreaterThanOrEqual(textWidth(title, 20, 'semibold'))
    expect(vb.y).toBeLessThan(-40) // the heading sits above the top role at y = 0
    expectInside(svg)
  })

  it('places roles without a position so that no two boxes overlap', () => {
    const roles: Role[] = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, reportsTo: i === 0 ? null : `r${Math.floor((i - 1) / 3)}` }))
    const duties: Duty[] = roles.flatMap((r, i) => Array.from({ length: i % 4 }, (_, k) => ({ id: `${r.id}d${k}`, label: `Task ${k} of ${r.title}`, roleId: r.id })))
    const mixed: Chart = { ...chart, roles: [{ id: 'pinned', title: 'Pinned', x: 100, y: 100 }, ...roles], duties }
    const rects = roleRects(chartToSvg(mixed).svg)
    expect(rects).toHaveLength(13)
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i], rects[j]), `${rects[i].id}/${rects[j].id}`).toBe(false)
  })

  it('cuts very long labels with an ellipsis and keeps the full text as a tooltip', () => {
    const label = 'Prepare the quarterly logistics cost report for the board and every regional director'
    const long: Chart = { ...chart, duties: [{ id: 'long', label, roleId: 'ops' }] }
    const { svg } = chartToSvg(long)
    expect(svg).toMatch(/>Prepare the quarterly[^<]*…<title>/)
    expect(svg).toContain(`<title>${label}</title>`)
  })

  it('styles function cards apart from duties', () => {
    const { svg } = chartToSvg(chart)
    expect(svg).toMatch(/<rect class="cf"[^>]*\/><text class="tf"[^>]*>Logistics</)
    expect(svg).toMatch(/<rect class="cd"[^>]*\/><text class="td"[^>]*>Negotiate salaries</)
  })

  it('paints a white background unless asked for a transparent one', () => {
    const white = chartToSvg(chart, { background: 'white' })
    const clear = chartToSvg(chart, { background: 'transparent' })
    expect(white.svg).toContain('<rect class="bg"')
    expect(clear.svg).not.toContain('<rect class="bg"')
    const corner = (px: Uint8Array) => [px[0], px[1], px[2], px[3]]
    expect(corner(render(white.svg))).toEqual([255, 255, 255, 255])
    expect(corner(render(clear.svg))[3]).toBe(0)
  })

  it('marks open warnings with badges and a legend only when annotated', () => {
    const findings = [finding('ops', 'd1'), finding('ops', 'd2'), finding('hr', 'd3', 'info')]
    const clean = chartToSvg(chart, { findings })
    expect(clean.svg).not.toContain('class="b"')
    expect(clean.svg).not.toContain('class="cdw"')
    expect(clean.svg).not.toContain('open warning')

    const annotated = chartToSvg(chart, { annotated: true, findings })
    const badges = [...annotated.svg.matchAll(/<circle class="b"[^>]*\/><text class="bt"[^>]*>(\d+)</g)].map((m) => m[1])
    // One badge on the role (2 warnings) and one sample in the legend; info findings get none.
    expect(badges).toEqual(['2', '1'])
    expect(annotated.svg.match(/class="cdw"/g)).toHaveLength(3) // two warned chips + legend sample
    expect(annotated.svg).toContain('2 open warnings on 1 role')
    expect(annotated.svg).toContain('1 card held by nobody')
    expect(() => render(annotated.svg)).not.toThrow()
  })

  it('embeds font rules once in the style block when given, and omits them otherwise', () => {
    const css = fontFaceCss([{ weight: 400, format: 'woff2', base64: 'AAAA' }])
    expect(chartToSvg(chart, { fontCss: css }).svg.match(/@font-face/g)).toHaveLength(1)
    expect(chartToSvg(chart).svg).not.toContain('@font-face')
    expect(chartToSvg(chart).svg.match(/<style>/g)).toHaveLength(1)
  })

  it('draws an elbow from each manager down to each report', () => {
    const { svg } = chartToSvg(chart)
    const d = /<path class="l" d="([^"]+)"/.exec(svg)![1]
    // ceo box: x 300..540, so the line leaves at x=420 from its bottom; reports' tops are at y=220.
    expect(d).toMatch(/^M420 \d+L420 ([\d.]+)L120 \1L120 220M420 \d+L420 ([\d.]+)L720 \2L720 220$/)
  })

  it('still writes a valid picture for a chart with no roles', () => {
    const { svg, width, height } = chartToSvg({ ...chart, roles: [], duties: [] })
    expect(width).toBeGreaterThan(0)
    expect(height).toBeGreaterThan(0)
    expect(() => render(svg)).not.toThrow()
  })
})
