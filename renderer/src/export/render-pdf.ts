// PDF export in the page: pdf-lib draws it from the chart (no print dialog), loaded on
// first use so it does not slow the app's start.

import type { Chart } from '@shared/model/chart'
import type { PdfExport, PdfExportOptions } from '@shared/export/pdf'

export async function renderPdf(chart: Chart, options: PdfExportOptions): Promise<PdfExport> {
  const { chartToPdf } = await import('@shared/export/pdf')
  return chartToPdf(chart, { title: chart.title, ...options })
}
