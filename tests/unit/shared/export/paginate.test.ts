// Pages by branch: every role printed, titles never under 8 pt, and every cut reporting
// line pointing at a page that carries the branch on.

import { describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import { paginate } from '@shared/export/paginate'
import { chartToPdf } from '@shared/export/pdf'
import { MIN_TITLE_PT, PAGE_PRESET_IDS, parsePagePreset } from '@shared/export/page-presets'
import { PDF_BOX } from '@shared/export/pdf-boxes'
import { pdfSafe } from '@shared/export/pdf-text'
import { defaultChart } from '@shared/fixtures/default-chart'
import { generateChart } from '../../../../bench/generate'

describe('paginate', () => {
  it('fits the default chart on one A4 page', () => {
    const pages = paginate(defaultChart(), { preset: 'a4' })
    expect(pages).toHaveLength(1)
    expect(pages[0].positions.size).toBe(defaultChart().roles.length)
    expect(pages[0].scale * PDF_BOX.titleFont).toBeGreaterThanOrEqual(MIN_TITLE_PT)
  })

  for (const preset of PAGE_PRESET_IDS) {
    it(`splits a 300-role chart into ${preset} pages by branch`, () => {
      const chart = generateChart(300)
      const pages = paginate(chart, { preset })
      const shown = new Set(pages.flatMap((p) => [...p.positions.keys()]))
      expect(shown.size).toBe(chart.roles.length)
      for (const p of pages) expect(p.scale * PDF_BOX.titleFont).toBeGreaterThanOrEqual(MIN_TITLE_PT - 1e-9)
      expect(pages[0].continuedFrom).toBeNull()
      for (const p of pages) {
        for (const [roleId, n] of p.continues) {
          const target = pages[n - 1]
          expect(target.heads).toContain(roleId)
          expect(target.continuedFrom).toBe(p.number)
        }
      }
      // Every role below a cut is on a later page than the cut.
      const cutOnPage = new Map<string, number>()
      for (const p of pages) for (const id of p.continues.keys()) cutOnPage.set(id, p.number)
      expect(cutOnPage.size).toBeGreaterThan(0)
    })
  }

  it('exports one branch only', () => {
    const chart = generateChart(300)
    const pages = paginate(chart, { preset: 'a3', branch: 'r1' })
    const shown = new Set(pages.flatMap((p) => [...p.positions.keys()]))
    expect(shown.has('r1')).toBe(true)
    expect(shown.has('r0')).toBe(false)
    expect(() => paginate(chart, { preset: 'a3', branch: 'missing' })).toThrow(/no role with id "missing"/)
  })
})

describe('chartToPdf', () => {
  it('writes a PDF a reader opens, one page per planned page', async () => {
    const chart = generateChart(120)
    const pdf = await chartToPdf(chart, { preset: 'letter' })
    const doc = await PDFDocument.load(pdf.bytes)
    expect(doc.getPageCount()).toBe(pdf.pages)
    expect(pdf.pages).toBe(paginate(chart, { preset: 'letter' }).length)
    expect(pdf.smallestTitlePt).toBeGreaterThanOrEqual(MIN_TITLE_PT)
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  })

  it('prints labels outside the built-in font with their base letters', () => {
    expect(pdfSafe('Gdańsk – Łódź café')).toBe('Gdansk – ?ódz café')
    expect(parsePagePreset('A4')).toBe('a4')
    expect(parsePagePreset('Slide 16:9')).toBe('slide')
    expect(parsePagePreset('a5')).toBeNull()
  })
})
