// A PNG drawn tile by tile must be the image a one-piece render gives: same size, same
// pixels (up to anti-aliasing on a tile's edge), with straight (not premultiplied) alpha.

import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { prepareChartSvg, type SvgRegion } from '@shared/export/chart-svg'
import { generateChart } from '../../../bench/generate'
import { writePngInStrips } from '../../../scripts/png-strips'
import { decodePng } from './png-decode'

const FONTS = { fontFiles: ['resources/fonts/Inter-Regular.ttf', 'resources/fonts/Inter-SemiBold.ttf'], loadSystemFonts: false, defaultFontFamily: 'Inter' }

async function tiled(svgFor: (region?: SvgRegion) => string, plan: { svgX: number; svgY: number; svgWidth: number; svgHeight: number; width: number; height: number }) {
  const chunks: Buffer[] = []
  const regions: SvgRegion[] = []
  const zoom = plan.width / plan.svgWidth
  const tiles = await writePngInStrips(
    (region) => {
      regions.push(region)
      return new Resvg(svgFor(region), { font: FONTS, fitTo: { mode: 'zoom', value: zoom } })
    },
    plan,
    (b) => chunks.push(Buffer.from(b)),
    { stripPixels: 60_000, tileWidth: 256 }
  )
  return { png: decodePng(Buffer.concat(chunks)), tiles, regions }
}

describe('writePngInStrips', () => {
  it('draws the same image as one render, from drawings that hold only their own part of the chart', async () => {
    const drawing = prepareChartSvg(generateChart(8, { dutiesPerRole: 2 }), { background: 'white' })
    const width = Math.round(drawing.width * 0.5)
    const height = Math.round(drawing.height * 0.5)
    const { png, tiles, regions } = await tiled(drawing.svg, { svgX: drawing.x, svgY: drawing.y, svgWidth: drawing.width, svgHeight: drawing.height, width, height })
    expect(tiles).toBeGreaterThan(4)
    expect([png.width, png.height]).toEqual([width, height])
    // Each tile's SVG leaves out roles far from it.
    expect(Math.min(...regions.map((r) => drawing.svg(r).length))).toBeLessThan(drawing.svg().length / 2)

    const whole = new Resvg(drawing.svg(), { font: FONTS, fitTo: { mode: 'zoom', value: width / drawing.width } }).render()
    expect([whole.width, whole.height]).toEqual([width, height])
    const ref = whole.pixels
    let off = 0
    for (let i = 0; i < ref.length; i++) if (Math.abs(ref[i] - png.pixels[i]) > 8) off++
    expect(off / ref.length).toBeLessThan(0.002)
  })

  it('writes straight alpha on a transparent background', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="-5 -5 40 30"><rect x="-5" y="-5" width="40" height="30" fill="rgba(255,0,0,0.5)"/></svg>'
    const { png } = await tiled(() => svg, { svgX: -5, svgY: -5, svgWidth: 40, svgHeight: 30, width: 400, height: 300 })
    expect([png.width, png.height]).toEqual([400, 300])
    expect([...png.pixels.subarray(0, 4)]).toEqual([255, 0, 0, 127])
    expect([...png.pixels.subarray(png.pixels.length - 4)]).toEqual([255, 0, 0, 127])
  })
})
