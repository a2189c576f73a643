import { describe, expect, it } from 'vitest'
import { buildPrintPage, printableArea, PRINT_MARGIN_MM, stripProlog, withViewBox } from '@shared/ipc/print-page'

describe('the print page', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="10" height="10"/></svg>'

  it('asks for the chosen sheet size and orientation', () => {
    expect(buildPrintPage({ svg, pageSize: 'A3', landscape: true })).toContain('@page { size: A3 landscape;')
    expect(buildPrintPage({ svg, pageSize: 'Letter', landscape: false })).toContain('@page { size: Letter portrait;')
  })

  it('sizes the chart to the sheet inside the margins, swapping sides in landscape', () => {
    const portrait = printableArea('A4', false)
    const landscape = printableArea('A4', true)
    expect(portrait.width).toBe(210 - 2 * PRINT_MARGIN_MM)
    expect(landscape.width).toBe(297 - 2 * PRINT_MARGIN_MM)
    expect(landscape.height).toBeLessThan(210 - 2 * PRINT_MARGIN_MM + 0.001)
    expect(buildPrintPage({ svg, pageSize: 'A4', landscape: true })).toContain(`width: ${landscape.width}mm`)
  })

  it('forbids the page from loading or running anything', () => {
    const html = buildPrintPage({ svg, pageSize: 'A4', landscape: false })
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/)
    expect(html).not.toMatch(/script-src/)
  })

  it('escapes the title', () => {
    const html = buildPrintPage({ svg, pageSize: 'A4', landscape: false, title: '<b>R&D</b>' })
    expect(html).toContain('<title>&#60;b&#62;R&#38;D&#60;/b&#62;</title>')
  })
})

describe('preparing the SVG', () => {
  it('adds a viewBox from numeric width and height so CSS can scale the chart', () => {
    expect(withViewBox('<svg width="800px" height="400"><g/></svg>')).toBe(
      '<svg viewBox="0 0 800 400" width="800px" height="400"><g/></svg>'
    )
  })

  it('keeps an existing viewBox and leaves relative sizes alone', () => {
    const withBox = '<svg viewBox="0 0 5 5" width="10" height="10"/>'
    expect(withViewBox(withBox)).toBe(withBox)
    expect(withViewBox('<svg width="100%" height="100%"/>')).toBe('<svg width="100%" height="100%"/>')
  })

  it('drops the XML prolog and doctype', () => {
    const doc = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg/>'
    expect(stripProlog(doc)).toBe('<svg/>')
  })
})
