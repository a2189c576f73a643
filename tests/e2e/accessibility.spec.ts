// An axe-core scan of every view and dialog a facilitator meets: the default view, the
// Inspector, Room view, Present mode and each dialog. Any violation fails the test with
// its rule, impact and the elements concerned.

import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { clickTool, openApp, roleNode } from './helpers'

// The app's Content Security Policy would block the injected axe script.
test.use({ bypassCSP: true })
// An axe scan takes a few seconds on a busy machine; the dialog walk runs a dozen of them.
test.setTimeout(300_000)

async function expectNoViolations(page: Page, scene: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const report = violations.map((v) => `${scene}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`)
  expect(report).toEqual([])
}

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('default view, Inspector, Room view and Present mode have no axe violations', async ({ page }) => {
  await expectNoViolations(page, 'default view')
  await roleNode(page, 'Operations Manager').locator('.role-title').click()
  await expect(page.getByLabel('Role title')).toHaveValue('Operations Manager')
  await expectNoViolations(page, 'Inspector')
  await page.getByRole('button', { name: 'Room view' }).click()
  await expect(page.locator('.toolbar')).toHaveCount(0)
  await expectNoViolations(page, 'Room view')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Present findings' })).toBeVisible()
  await expectNoViolations(page, 'Present mode')
  await page.getByRole('button', { name: /Accept as exception/ }).click()
  await expectNoViolations(page, 'Present mode, accepting')
})

test('every dialog has no axe violations', async ({ page }) => {
  const scenes: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ['chart list', () => page.locator('.chart-title').click(), () => page.getByRole('button', { name: 'Close chart list' }).click()],
    ['File menu', () => page.getByRole('button', { name: 'File ▾' }).click(), () => page.getByRole('button', { name: 'File ▾' }).click()],
    ['export', () => clickTool(page, 'Export…'), () => page.getByRole('dialog', { name: 'Export chart' }).getByRole('button', { name: 'Cancel' }).click()],
    ['command palette', () => page.keyboard.press('Control+k'), () => page.keyboard.press('Escape')],
    ['duplicate as scenario', () => clickTool(page, 'Duplicate as scenario'), () => page.keyboard.press('Escape')],
    ['compare', () => clickTool(page, 'Compare'), () => page.keyboard.press('Escape')],
    ['decision log', () => clickTool(page, /^Decision log/), () => page.keyboard.press('Escape')],
    [
      'role profile',
      async () => {
        await roleNode(page, 'HR Manager').locator('.role-title').click()
        await page.getByRole('button', { name: 'Role profile' }).click()
      },
      () => page.keyboard.press('Escape')
    ],
    [
      'accept a finding',
      () => page.getByTestId('finding').first().getByRole('button', { name: /Accept as exception/ }).click(),
      () => page.getByTestId('finding').first().getByRole('button', { name: 'Cancel' }).click()
    ],
    [
      'file refused',
      async () => {
        await page.getByRole('button', { name: 'File ▾' }).click()
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('menuitem', { name: 'Open…' }).click()
        await (await chooser).setFiles(resolve(__dirname, '../fixtures/charts/bad-json.orgchart.json'))
        await expect(page.getByRole('alertdialog')).toBeVisible()
      },
      () => page.getByRole('button', { name: 'OK' }).click()
    ],
    [
      'CSV import',
      async () => {
        await page.getByRole('button', { name: 'File ▾' }).click()
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('menuitem', { name: 'Import roles from CSV…' }).click()
        await (await chooser).setFiles({ name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from('Job title,Name,Manager\nBuyer,Ana Ruiz,Operations Manager\n') })
        await expect(page.getByRole('dialog', { name: /Import roles/ })).toBeVisible()
      },
      () => page.keyboard.press('Escape')
    ]
  ]
  for (const [scene, open, close] of scenes) {
    await open()
    await expectNoViolations(page, scene)
    await close()
  }
})
