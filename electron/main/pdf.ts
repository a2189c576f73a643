// Prints a chart SVG to PDF. The page is rendered in a hidden window that can do
// nothing but draw: sandboxed, no preload, JavaScript off, a CSP that loads nothing,
// its own in-memory session. The page goes through a temporary file because data:
// URLs of large charts exceed Chromium's URL length limit.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import type { PdfRequest } from '@shared/ipc/contract'
import { buildPrintPage, PRINT_MARGIN_MM } from '@shared/ipc/print-page'
import { UserFacingError } from './errors'
import { applySessionPolicy } from './security'
import { printWindowWebPreferences } from './web-preferences'

const PRINT_PARTITION = 'org-workbench-print'
const RENDER_TIMEOUT_MS = 60_000
const MM_PER_INCH = 25.4

let printSessionReady = false

export async function renderPdf(request: PdfRequest): Promise<Uint8Array> {
  const folder = await mkdtemp(join(app.getPath('temp'), 'org-workbench-print-'))
  const page = join(folder, 'chart.html')
  let win: BrowserWindow | undefined
  try {
    win = new BrowserWindow({
      show: false,
      width: 1200,
      height: 900,
      webPreferences: printWindowWebPreferences(PRINT_PARTITION)
    })
    if (!printSessionReady) {
      // No origin is trusted here: the print page may request nothing at all.
      applySessionPolicy(session.fromPartition(PRINT_PARTITION), [])
      printSessionReady = true
    }
    await writeFile(page, buildPrintPage(request), 'utf8')
    await withTimeout(win.loadFile(page))
    const margin = PRINT_MARGIN_MM / MM_PER_INCH
    const pdf = await withTimeout(
      win.webContents.printToPDF({
        pageSize: request.pageSize,
        landscape: request.landscape,
        printBackground: true,
        margins: { top: margin, bottom: margin, left: margin, right: margin }
      })
    )
    return new Uint8Array(pdf)
  } catch (error) {
    console.error('PDF rendering failed', error)
    throw new UserFacingError(
      'Could not create the PDF: the chart page did not render. Nothing was saved. ' +
        'Try a smaller page size or export as SVG or PNG instead.',
      { cause: error }
    )
  } finally {
    if (win && !win.isDestroyed()) win.destroy()
    await rm(folder, { recursive: true, force: true }).catch(() => undefined)
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${RENDER_TIMEOUT_MS} ms`)), RENDER_TIMEOUT_MS)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
