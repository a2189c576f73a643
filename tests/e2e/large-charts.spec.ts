// Large organisations as a facilitator meets them: files without positions open laid
// out, Fit view shows a whole 2,000-role chart, branches collapse to a count, and the
// browser build saves a real PDF file.

import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { serializeChart } from '../../shared/format/chart-file'
import type { Chart } from '../../shared/model/chart'
import { generateChart } from '../../bench/generate'
import { clickTool, openApp, settleCanvas } from './helpers'

/** Opens chart text through File → Open…, as a file the user picked. */
async function openChart(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

const withoutPositions = (chart: Chart): Chart => ({ ...chart, roles: chart.roles.map(({ x: _x, y: _y, ...r }) => r) })

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('a chart file without positions opens laid out: every role in view, none overlapping', async ({ page }) => {
  // Wide enough that the fitted 40 roles are drawn as role cards, not as the zoomed-out overview.
  await page.setViewportSize({ width: 1920, height: 1080 })
  const chart = withoutPositions(generateChart(40, { dutiesPerRole: 2 }))
  await openChart(page, 'no-positions.orgchart.json', serializeChart(chart))
  await expect(page.getByText(/Opened “no-positions.orgchart.json”: 40 roles/)).toBeVisible()
  await settleCanvas(page)
  const nodes = page.getByTestId('role-node')
  await expect(nodes).toHaveCount(40)
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  const boxesOf = () => nodes.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height } }))
  // The opened chart is fitted to the view: every role ends up inside the canvas.
  await expect.poll(async () => (await boxesOf()).filter((b) => b.x < canvas.x - 1 || b.x + b.w > canvas.x + canvas.width + 1 || b.y < canvas.y - 1 || b.y + b.h > canvas.y + canvas.height + 1).length).toBe(0)
  const boxes = await boxesOf()
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `roles ${i} and ${j} overlap`).toBe(false)
    }
})

test('the browser build downloads a real PDF file of the chart', async ({ page }) => {
  await clickTool(page, 'Export…')
  const dialog = page.getByRole('dialog', { name: 'Export chart' })
  await dialog.getByLabel('PDF').check()
  await dialog.getByLabel('Page').selectOption({ label: 'A4' })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Northwind Supplies.pdf')
  const bytes = readFileSync((await file.path())!)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pdf = await PDFDocument.load(bytes)
  expect(pdf.getPageCount()).toBe(1)
  const { width, height } = pdf.getPage(0).getSize()
  expect([Math.round(width), Math.round(height)]).toEqual([842, 595])
  await expect(page.getByText(/1 A4 page; role titles [\d.]+ pt or larger/)).toBeVisible()
})
