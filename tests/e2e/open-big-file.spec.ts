// Opening a big chart file: the page says what it is doing and how far it has got while the
// file is checked, built into a chart and stored, and the chart is shown after.

import { expect, test } from '@playwright/test'
import { serializeChart } from '../../shared/format/chart-file'
import { generateChart } from '../../bench/generate'
import { openApp } from './helpers'

/** Records every text the progress step line shows, in order, however briefly it shows. */
function recordProgress(): void {
  const seen: string[] = []
  ;(window as unknown as { progressSeen: string[] }).progressSeen = seen
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="file-progress-step"]')?.textContent
    if (text && seen[seen.length - 1] !== text) seen.push(text)
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

test('a big chart file shows its progress while it opens, then the chart appears', async ({ page }) => {
  test.setTimeout(90_000)
  const chart = generateChart(600)
  const buffer = Buffer.from(serializeChart(chart))
  expect(buffer.length, 'the file is big enough for the progress indicator (1 MB)').toBeGreaterThan(1024 * 1024)
  await page.addInitScript(recordProgress)
  await openApp(page)

  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'whole-company.orgchart.json', mimeType: 'application/json', buffer })

  await expect(page.getByText(`Opened “whole-company.orgchart.json”: 600 roles, ${chart.duties.length} cards.`)).toBeVisible({ timeout: 40_000 })
  // The new chart is the one shown: its name at the top and, fitted, all its roles drawn in the overview.
  await expect(page.getByRole('button', { name: new RegExp(`^${chart.title.replace(/[()]/g, '\\$&')}`) })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Overview of 600 roles/ })).toHaveAttribute('data-drawn', '600', { timeout: 30_000 })
  await expect(page.getByTestId('file-progress')).toHaveCount(0)

  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
  // Each step in order, the building step with how far it had got.
  const steps = ['Checking the file', 'Building the chart', 'Saving on this computer', 'Drawing the chart']
  const firstOf = steps.map((s) => seen.findIndex((t) => t.startsWith(s)))
  expect(firstOf.every((i) => i >= 0), `steps shown: ${seen.join(' | ')}`).toBe(true)
  expect([...firstOf].sort((a, b) => a - b)).toEqual(firstOf)
  expect(seen.some((t) => /^Building the chart \d+%… \(step 4 of 6\)$/.test(t)), `steps shown: ${seen.join(' | ')}`).toBe(true)
})
