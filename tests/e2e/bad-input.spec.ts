// Bad input answered in the app: hostile CSV headers, CSV rows with problems the user
// decides about, files that are not UTF-8, characters that hide what a name says, and a
// workbench that fails to draw without losing the chart.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openApp, roleNode } from './helpers'

const FIXTURES = resolve(__dirname, '../fixtures/charts')

async function importCsv(page: Page, name: string, bytes: Buffer) {
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Import roles from CSV…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes })
  return page.getByRole('dialog', { name: /Import roles/ })
}

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('CSV headers named __proto__ and constructor are ordinary columns, in the preview and as any field', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const csv = ['Title,__proto__,constructor', 'Fleet Planner,Tom Berg,Logistics', 'Yard Lead,Ana Ruiz,Yard'].join('\n')
  const dialog = await importCsv(page, 'proto.csv', Buffer.from(csv))
  const preview = dialog.getByRole('table', { name: 'Preview' })
  await expect(preview).toContainText('__proto__')
  await expect(preview).toContainText('Tom Berg')
  await dialog.getByLabel('Person').selectOption('__proto__')
  await dialog.getByLabel('Department').selectOption('constructor')
  await dialog.getByLabel('Reports to').selectOption('constructor')
  await expect(dialog.getByTestId('csv-problems')).toContainText('"Logistics"')
  await dialog.getByLabel('Reports to').selectOption('')
  await dialog.getByRole('button', { name: 'Import 2 roles' }).click()
  await expect(roleNode(page, 'Fleet Planner')).toContainText('Tom Berg')
  expect(errors).toEqual([])
})

test('4 problem rows of 30: the user skips them, or imports the unknown managers without one', async ({ page }) => {
  const lines = ['Title,Name,Reports to', 'Depot Director,Ada Lane,']
  for (let i = 3; i <= 31; i++) {
    if (i === 8) lines.push('Buyer,Bo,Chief Buyer')
    else if (i === 20) lines.push('Driver,Di,Head of Fleet')
    else if (i === 12) lines.push(',Cy,Depot Director')
    else if (i === 25) lines.push(lines[lines.length - 1])
    else lines.push(`Depot Role ${i},Person ${i},Depot Director`)
  }
  const dialog = await importCsv(page, 'depot.csv', Buffer.from(lines.join('\n')))
  await expect(dialog.getByTestId('csv-problems').locator('li')).toHaveCount(4)
  const importButton = dialog.getByRole('button', { name: /^Import/ })
  await expect(importButton).toBeDisabled()

  await dialog.getByLabel('Skip rows with problems').check()
  await expect(dialog.getByTestId('csv-outcome')).toHaveText('Rows 8, 12, 20, 25 will be skipped. 26 roles will be imported.')
  await expect(importButton).toHaveText('Import 26 roles')

  await dialog.getByLabel(/Import without a manager/).check()
  await expect(dialog.getByTestId('csv-outcome')).toContainText('Rows 8, 20 will come in without a manager.')
  await dialog.getByRole('button', { name: 'Import 28 roles' }).click()
  await expect(page.getByTestId('notice').filter({ hasText: 'Imported 28 roles' })).toContainText('2 rows with problems were skipped')
  await expect(roleNode(page, 'Driver')).toHaveCount(1)
  await expect(roleNode(page, 'Depot Role 30')).toHaveCount(1)
})

test('a CSV that is not UTF-8 is named as such, and read as Windows-1252 only when the user says so', async ({ page }) => {
  const dialog = await importCsv(page, 'excel.csv', Buffer.from('Title,Name\nBuyer,Jos\xe9 N\xfa\xf1ez\n', 'latin1'))
  await expect(dialog.getByTestId('csv-encoding')).toContainText('not UTF-8 at line 2, column 10')
  await expect(dialog.getByRole('table')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Read as Windows-1252' }).click()
  await expect(dialog.getByRole('table', { name: 'Preview' })).toContainText('José Núñez')
  await dialog.getByRole('button', { name: 'Import 1 role' }).click()
  await expect(roleNode(page, 'Buyer')).toContainText('José Núñez')
})

test('chart files in UTF-16 open; a chart with a hidden text-direction character is refused with where it is', async ({ page }) => {
  const text = readFileSync(resolve(FIXTURES, 'tiny.orgchart.json'), 'utf8')
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  await page.getByRole('button', { name: 'File ▾' }).click()
  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name: 'tiny-utf16.orgchart.json', mimeType: 'application/json', buffer: utf16 })
  await expect(page.getByTestId('notice').filter({ hasText: /Opened “tiny-utf16.orgchart.json”/ })).toBeVisible()

  await page.getByRole('button', { name: 'File ▾' }).click()
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles(resolve(FIXTURES, 'bad-characters.orgchart.json'))
  const refused = page.getByRole('alertdialog')
  await expect(refused).toContainText('was not opened')
  await expect(refused.getByTestId('file-problems')).toContainText('right-to-left override')
  await expect(refused.getByTestId('file-problems')).toContainText('NUL character')
})

test('when the workbench fails to draw, the chart stays in memory and Save As… saves it', async ({ page }) => {
  // The fault is injected from the test: the chart list formats dates with
  // Date.prototype.toLocaleString while it renders, so making that throw breaks a render.
  await page.evaluate(() => {
    const original = Date.prototype.toLocaleString
    Date.prototype.toLocaleString = function (this: Date, ...args: []) {
      if ((window as { injectRenderFault?: boolean }).injectRenderFault) throw new Error('injected render fault')
      return original.apply(this, args)
    }
  })
  await page.evaluate(() => ((window as { injectRenderFault?: boolean }).injectRenderFault = true))
  await page.locator('.chart-title').click()

  const crash = page.getByRole('alertdialog', { name: 'The workbench stopped drawing' })
  await expect(crash).toContainText('injected render fault')
  await expect(crash).toContainText('“Northwind Supplies” is still in memory with 10 roles')
  await page.evaluate(() => ((window as { injectRenderFault?: boolean }).injectRenderFault = false))
  const download = page.waitForEvent('download')
  await crash.getByRole('button', { name: 'Save As…' }).click()
  const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8'))
  expect(saved.title).toBe('Northwind Supplies')
  expect(saved.roles).toHaveLength(10)
  await expect(crash.getByRole('status')).toContainText('Saved')

  await crash.getByRole('button', { name: 'Reload' }).click()
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()
})
