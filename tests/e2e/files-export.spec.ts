// Chart files, CSV and image export as a facilitator meets them: open good and bad
// files, hostile labels shown as text, exports that are whole, sharp and not blank.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { clickTool, findings, openApp, roleNode } from './helpers'

const FIXTURES = resolve(__dirname, '../fixtures/charts')

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles(resolve(FIXTURES, file))
}

async function exportAs(page: Page, format: 'PNG' | 'SVG', options: { clean?: boolean; size?: string } = {}) {
  await clickTool(page, 'Export…')
  const dialog = page.getByRole('dialog', { name: 'Export chart' })
  await dialog.getByLabel(format).check()
  if (options.size) await dialog.getByLabel('Size').selectOption({ label: options.size })
  if (options.clean) await dialog.getByLabel(/Clean/).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export' }).click()
  const file = await download
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

/** Decodes a PNG in the page and counts its distinct colours (a blank image has one). */
async function inspectPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' })
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(bitmap, 0, 0)
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
    const colours = new Set<number>()
    for (let i = 0; i < data.length && colours.size < 50; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    return { width: bitmap.width, height: bitmap.height, colours: colours.size }
  }, bytes.toString('base64'))
}

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('a good chart file opens as a new chart with its findings', async ({ page }) => {
  await openFile(page, 'tiny.orgchart.json')
  await expect(page.getByTestId('notice').filter({ hasText: /Opened “tiny.orgchart.json”/ })).toBeVisible()
  await expect(roleNode(page, 'CEO')).toBeVisible()
  await expect(page.getByTestId('role-node')).toHaveCount(2)
  await expect(findings(page)).toHaveCount(1)
})

test('a bad file is refused with the problem and its location, and the open chart is untouched', async ({ page }) => {
  await openFile(page, 'bad-cycle.orgchart.json')
  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('was not opened')
  await expect(dialog.getByTestId('file-problems')).toContainText(/loop|cycle/i)
  await expect(dialog.getByTestId('file-problems')).toContainText('reportsTo')
  await dialog.getByRole('button', { name: 'OK' }).click()
  await expect(page.locator('.chart-title')).toContainText('Northwind')
  await expect(page.getByTestId('role-node')).toHaveCount(10)

  await openFile(page, 'bad-json.orgchart.json')
  await expect(page.getByRole('alertdialog').getByTestId('file-problems')).toContainText(/line \d+/i)
})

test('labels that look like HTML are shown as text, never run', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (d) => (dialogs++, void d.dismiss()))
  await openFile(page, 'xss-labels.orgchart.json')
  await expect(roleNode(page, '<img src=x onerror=alert(1)>')).toBeVisible()
  await expect(roleNode(page, '<img src=x onerror=alert(1)>')).toContainText('<img src=x onerror=alert(1)>')
  await expect(page.locator('.react-flow img')).toHaveCount(0)
  const svg = await exportAs(page, 'SVG')
  expect(svg.bytes.toString('utf8')).toContain('&lt;img src=x onerror=alert(1)&gt;')
  expect(svg.bytes.toString('utf8')).not.toContain('<img')
  expect(dialogs).toBe(0)
})

test('SVG export holds the whole chart, every role and card, with its warnings', async ({ page }) => {
  const { name, bytes } = await exportAs(page, 'SVG')
  expect(name).toBe('Northwind Supplies.svg')
  const svg = bytes.toString('utf8')
  const titles = await page.getByTestId('role-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-role-title')!))
  expect(titles).toHaveLength(10)
  for (const t of titles) expect(svg).toContain(`>${t}<`)
  expect(svg).toContain('Negotiate salaries')
  expect(svg).toMatch(/@font-face/)
  expect(bytes.length).toBeLessThan(400_000)
})

test('PNG export at 2× decodes, is the expected size and is not blank', async ({ page }) => {
  const svg = (await exportAs(page, 'SVG', { clean: true })).bytes.toString('utf8')
  const [, w, h] = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg)!
  const png = await exportAs(page, 'PNG', { size: '2×', clean: true })
  expect(png.name).toBe('Northwind Supplies.png')
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')
  const info = await inspectPng(page, png.bytes)
  expect(info.width).toBe(Math.round(Number(w) * 2))
  expect(info.height).toBe(Math.round(Number(h) * 2))
  expect(info.colours).toBeGreaterThan(3)
})

test('roles import from CSV after mapping the columns, and bad rows are named first', async ({ page }) => {
  const csv = ['Job title,Name,Manager,Dept', 'Head of Logistics,Ana Ruiz,CEO,Ops', 'Fleet Planner,Tom Berg,Head of Logistics,Ops', 'Buyer,Lee Chan,Chief Wizard,Procurement'].join('\n')
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Import roles from CSV…' }).click()
  await (await chooser).setFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const dialog = page.getByRole('dialog', { name: /Import roles/ })
  await expect(dialog.getByLabel('Role title (required)')).toHaveValue('Job title')
  await expect(dialog.getByTestId('csv-problems')).toContainText('row 4')
  await expect(dialog.getByTestId('csv-problems')).toContainText('Chief Wizard')
  await expect(dialog.getByRole('button', { name: /Import/ })).toBeDisabled()
  await dialog.getByLabel('Reports to').selectOption('')
  await expect(dialog.getByTestId('csv-problems')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Import 3 roles' }).click()
  await expect(roleNode(page, 'Fleet Planner')).toContainText('Tom Berg')
  await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(roleNode(page, 'Fleet Planner')).toHaveCount(0)
})

test('the responsibility matrix downloads as CSV: a row per card, a column per role, empty roles too', async ({ page }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  await page.getByLabel('Role title').fill('Quality Lead')
  await page.getByLabel('Role title').press('Enter')
  await expect(roleNode(page, 'Quality Lead')).toBeVisible()
  await page.getByRole('button', { name: 'File ▾' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Export responsibility matrix (CSV)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Northwind Supplies – responsibilities.csv')
  const parsed = Papa.parse<string[]>(readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  const [header, ...rows] = parsed.data
  expect(header.slice(0, 7)).toEqual(['Card', 'Kind', 'Category', 'Held by', 'Status', 'Finding', 'Accepted exception note'])
  expect(header).toContain('Operations Manager')
  expect(header.at(-1)).toBe('Quality Lead')
  expect(rows.filter((r) => r[1] !== 'role')).toHaveLength(30)
  const salaries = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0].startsWith('Negotiate salaries'))![i]]))
  expect(salaries).toMatchObject({ 'Held by': 'Operations Manager', Status: 'open warning', 'Operations Manager': 'holds, open warning', 'HR Manager': '', 'Quality Lead': '' })
  expect(salaries.Category).not.toBe('')
  expect(rows.every((r) => r[header.length - 1] === '')).toBe(true)
})

test('a chart saved as a file reopens with the same roles, cards and positions', async ({ page }) => {
  await page.getByRole('button', { name: 'File ▾' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Save As…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Northwind Supplies.orgchart.json')
  const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'))
  expect(saved.format).toBe('org-workbench/chart@2')
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles((await file.path())!)
  await expect(page.getByTestId('notice').filter({ hasText: /Opened/ })).toBeVisible()
  await expect(page.getByTestId('role-node')).toHaveCount(10)
  await expect(findings(page)).toHaveCount(2)
})

test('edits survive the window being closed a moment later', async ({ page, context }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  await page.getByLabel('Role title').fill('Quality Lead')
  await page.getByLabel('Role title').press('Enter')
  await expect(roleNode(page, 'Quality Lead')).toBeVisible()
  await page.waitForTimeout(1000)
  await page.close()
  const again = await context.newPage()
  await openApp(again)
  await expect(roleNode(again, 'Quality Lead')).toBeVisible()
})
