// PNG for the export command: sized by the same plan as the app (scaled down to the image
// limits while titles stay readable, refused past that), then drawn in strips so memory
// stays bounded whatever the chart's size.

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PreparedSvg } from '../shared/export/chart-svg'
import { BUNDLED_FONT_FILES, FONT_FAMILY } from '../shared/export/fonts'
import { MIN_TITLE_PX, parseScale, pngPlan, type PngPlan } from '../shared/export/png-size'
import { UserError, writeInParts } from './export-output'
import { writePngInStrips } from './png-strips'

const ROOT = resolve(__dirname, '..')

export function fontPath(relative: string): string {
  const full = resolve(ROOT, relative)
  if (!existsSync(full)) throw new Error(`The bundled font file ${relative} is missing; reinstall or restore resources/fonts.`)
  return full
}

export interface PngResult {
  readonly plan: PngPlan
  readonly bytes: number
  /** Notes for stderr: scaled down, or small titles at a scale the user chose. */
  readonly notes: readonly string[]
}

/** Plans, refuses or writes the PNG of the prepared chart drawing to `out` (`file` names the chart in hints). */
export async function exportPng(drawing: PreparedSvg, scaleArg: string | undefined, out: string, file: string): Promise<PngResult> {
  const { width, height } = drawing
  const scale = scaleArg === undefined ? 2 : parseScale(scaleArg)
  if (scale === null) throw new UserError(`--scale "${scaleArg}" is not a scale. Use 1, 2, 3 or print (300 dpi).`)
  const plan = pngPlan(width, height, scale)
  if (plan.refused) {
    const name = JSON.stringify(file)
    throw new UserError(`${plan.refused}\nFor example: npm run export -- ${name} --format pdf --page a3 (or --format svg).`)
  }
  const notes: string[] = []
  if (plan.clamped && plan.message) notes.push(plan.message)
  else if (plan.titlePx < MIN_TITLE_PX) notes.push(`At ${scale}× role titles are ${Math.round(plan.titlePx * 10) / 10} px high; use --scale 1 or more for readable text.`)

  const { Resvg } = await import('@resvg/resvg-js')
  const fontFiles = [fontPath(BUNDLED_FONT_FILES.regular), fontPath(BUNDLED_FONT_FILES.semibold)]
  // Zoom by the longer side, which the plan fixed first, so rounding cannot push the other past the limit.
  const zoom = width >= height ? plan.width / width : plan.height / height
  const rendererFor = (region: Parameters<PreparedSvg['svg']>[0]) =>
    new Resvg(drawing.svg(region), { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'zoom', value: zoom } })
  const strip = { svgX: drawing.x, svgY: drawing.y, svgWidth: width, svgHeight: height, width: plan.width, height: plan.height }
  const bytes = await writeInParts(out, (write) => writePngInStrips(rendererFor, strip, write).then(() => undefined))
  return { plan, bytes, notes }
}
