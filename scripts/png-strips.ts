// Writes a PNG of any allowed size in bounded memory: the chart is drawn strip by strip,
// each strip from an SVG holding only the roles that reach into it (resvg turns every
// letter into outlines, about 200 KB a role with its cards, so a whole big chart would not
// fit), cropped to the strip; each strip's rows go straight into one streaming zlib
// deflate whose output becomes the PNG's IDAT chunks. Rendering the 5,000-role chart in one
// piece took about 2 GB; here one strip's drawing and pixels exist at a time.

import { constants, crc32, createDeflate } from 'node:zlib'
import type { Resvg } from '@resvg/resvg-js'
import type { SvgRegion } from '../shared/export/chart-svg'

/** Pixels per strip of rows: 16 M pixels is 64 MB of RGBA, held twice while filtering. */
export const STRIP_PIXELS = 16 * 1024 * 1024

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

function header(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, deflate, adaptive filters, not interlaced
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr)])
}

/** resvg's pixels are premultiplied by alpha; PNG stores straight alpha. */
function demultiply(rgba: Buffer): void {
  for (let i = 3; i < rgba.length; i += 4) {
    const a = rgba[i]
    if (a === 255 || a === 0) continue
    for (let c = i - 3; c < i; c++) rgba[c] = Math.min(255, Math.round((rgba[c] * 255) / a))
  }
}

/** The rows of one strip (exactly width × rows RGBA), each with PNG filter "Sub" (difference
 * to the pixel on the left), which makes the flat colours of a chart compress well. */
function filteredRows(strip: Buffer, width: number, rows: number): Buffer {
  const stride = width * 4
  const out = Buffer.alloc((stride + 1) * rows)
  for (let y = 0; y < rows; y++) {
    const o = y * (stride + 1)
    const s = y * stride
    out[o] = 1
    for (let x = 0; x < 4; x++) out[o + 1 + x] = strip[s + x]
    for (let x = 4; x < stride; x++) out[o + 1 + x] = (strip[s + x] - strip[s + x - 4]) & 0xff
  }
  return out
}

/**
 * Copies a rendered tile into the strip at column `left`. The tile is drawn a little larger
 * than its place, so rounding never leaves an undrawn column or row; the excess is dropped.
 */
function place(strip: Buffer, width: number, rows: number, tile: Buffer, tileWidth: number, tileHeight: number, left: number, columns: number): void {
  const copy = Math.min(columns, tileWidth) * 4
  for (let y = 0; y < rows && y < tileHeight; y++) tile.copy(strip, (y * width + left) * 4, y * tileWidth * 4, y * tileWidth * 4 + copy)
}

export interface StripPlan {
  /** Top-left corner of the SVG's view box (crops are in the SVG's own coordinates). */
  readonly svgX: number
  readonly svgY: number
  /** Size of the SVG in its own units (CSS px). */
  readonly svgWidth: number
  readonly svgHeight: number
  /** Size of the PNG in pixels. */
  readonly width: number
  readonly height: number
}

/** Widest tile drawn at once, in pixels: with the strip height it bounds how much chart one drawing holds. */
export const TILE_WIDTH = 4096

/**
 * Draws a PNG of plan.width × plan.height, handing the file to `write` piece by piece.
 * `rendererFor(region)` gives a renderer (fitTo zoom = width / svgWidth) for an SVG that
 * holds at least everything inside `region`. Returns the number of tiles drawn.
 */
export async function writePngInStrips(
  rendererFor: (region: SvgRegion) => Resvg,
  plan: StripPlan,
  write: (bytes: Buffer) => void,
  { stripPixels = STRIP_PIXELS, tileWidth = TILE_WIDTH } = {}
): Promise<number> {
  const { width, height } = plan
  const zoomX = width / plan.svgWidth
  const zoomY = height / plan.svgHeight
  const rowsPerStrip = Math.max(1, Math.floor(stripPixels / width))
  write(header(width, height))

  const deflate = createDeflate({ level: 6, strategy: constants.Z_DEFAULT_STRATEGY })
  const parts: Buffer[] = []
  let pending = 0
  const flushIdat = (force: boolean): void => {
    if (pending === 0 || (!force && pending < 1 << 20)) return
    write(chunk('IDAT', Buffer.concat(parts)))
    parts.length = 0
    pending = 0
  }
  deflate.on('data', (b: Buffer) => {
    parts.push(b)
    pending += b.length
    flushIdat(false)
  })
  const ended = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve)
    deflate.once('error', reject)
  })

  let tiles = 0
  for (let top = 0; top < height; top += rowsPerStrip) {
    const rows = Math.min(rowsPerStrip, height - top)
    const strip = Buffer.alloc(width * rows * 4)
    for (let left = 0; left < width; left += tileWidth, tiles++) {
      const columns = Math.min(tileWidth, width - left)
      // Two pixels more each way than the tile needs, cut off when placing it.
      const region = { x: plan.svgX + left / zoomX, y: plan.svgY + top / zoomY, width: (columns + 2) / zoomX, height: (rows + 2) / zoomY }
      const resvg = rendererFor(region)
      // cropByBBox only takes the library's own BBox objects: get one and move it onto the tile.
      const box = resvg.getBBox()
      if (!box) continue // nothing drawn here (transparent background): the strip stays transparent
      box.x = region.x
      box.y = region.y
      box.width = region.width
      box.height = region.height
      resvg.cropByBBox(box)
      const image = resvg.render()
      const pixels = image.pixels
      demultiply(pixels)
      place(strip, width, rows, pixels, image.width, image.height, left, columns)
    }
    const data = filteredRows(strip, width, rows)
    await new Promise<void>((resolve, reject) => deflate.write(data, (err) => (err ? reject(err) : resolve())))
  }
  deflate.end()
  await ended
  flushIdat(true)
  write(chunk('IEND', Buffer.alloc(0)))
  return tiles
}
