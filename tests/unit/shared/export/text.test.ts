// Label handling without a DOM: XML-safe text, width estimates from the bundled font's
// metrics, and ellipsis cuts that never split a character.

import { describe, expect, it } from 'vitest'
import { cleanLabel, escapeXml, xmlText } from '@shared/export/escape'
import { ELLIPSIS, fitText, textWidth } from '@shared/export/measure'

describe('escaping', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;')
  })

  it('turns line breaks and tabs into single spaces and drops control characters', () => {
    expect(cleanLabel('  Plan\r\n\tshifts\u0000\u001F  weekly ')).toBe('Plan shifts weekly')
  })

  it('keeps astral characters but replaces lone surrogates', () => {
    expect(cleanLabel('Ship 🚚 now')).toBe('Ship 🚚 now')
    expect(cleanLabel('a\uDC00b\uD83D')).toBe('a\uFFFDb\uFFFD')
    expect(xmlText('R&D 🧪')).toBe('R&amp;D 🧪')
  })
})

describe('measuring', () => {
  it('uses real advance widths: wide letters measure wider than narrow ones', () => {
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12) * 3)
    expect(textWidth('Operations', 14, 'semibold')).toBeGreaterThan(textWidth('Operations', 14, 'regular'))
    expect(textWidth('Operations', 28)).toBeCloseTo(2 * textWidth('Operations', 14), 6)
  })

  it('measures accented and non-Latin text with sensible widths', () => {
    expect(textWidth('é', 10)).toBeCloseTo(textWidth('e', 10), 6)
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10), 6) // combining accent adds nothing
    expect(textWidth('会議', 10)).toBe(20)
    expect(textWidth('😀', 10)).toBeGreaterThan(textWidth('a', 10))
  })

  it('returns short labels unchanged', () => {
    expect(fitText('Plan shifts', 200, 11)).toEqual({ text: 'Plan shifts', truncated: false, width: textWidth('Plan shifts', 11) })
  })

  it('cuts long labels to fit, ending with an ellipsis', () => {
    const fit = fitText('Negotiate the annual supplier contracts for every region', 120, 11)
    expect(fit.truncated).toBe(true)
    expect(fit.text.endsWith(ELLIPSIS)).toBe(true)
    expect(fit.width).toBeLessThanOrEqual(120)
    expect(textWidth(fit.text, 11)).toBeLessThanOrEqual(120)
    expect(fit.text).not.toMatch(/ …$/)
  })

  it('never cuts inside an emoji sequence or a surrogate pair', () => {
    const family = '👨‍👩‍👧'
    for (let max = 10; max < 120; max += 3) {
      const fit = fitText(`${family}${family}${family}${family}`, max, 11)
      const kept = fit.text.replace(ELLIPSIS, '')
      expect(kept.length % family.length, `at ${max}px`).toBe(0)
    }
  })
})
