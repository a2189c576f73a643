// The Rules panel end to end: strictness changes the warning count, a rule can be
// switched off for the chart, and a custom scope rule fires on the canvas.

import { expect, test } from '@playwright/test'
import { dragCardToRole, openApp, roleNode } from './helpers'

test('strictness by context changes the warning count live', async ({ page }) => {
  await openApp(page)
  const count = page.getByTestId('status-warnings')
  await expect(count).toHaveText('⚠ 2 warnings')
  await page.getByRole('button', { name: 'Rules' }).click()
  const panel = page.getByRole('dialog', { name: 'Rules for this chart' })
  await panel.getByLabel('Strictness').selectOption({ label: 'Small company' })
  // A small company's Operations Manager may negotiate salaries; the press release still warns.
  await expect(count).toHaveText('⚠ 1 warning')
  await expect(roleNode(page, 'Operations Manager').getByTestId('warning-badge')).toHaveText('⚠ 1')
  await panel.getByLabel('Strictness').selectOption({ label: 'Standard' })
  await expect(count).toHaveText('⚠ 2 warnings')
})

test('a rule switched off for the chart stops warning, and comes back on', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Rules' }).click()
  const panel = page.getByRole('dialog', { name: 'Rules for this chart' })
  const pr = panel.locator('[data-testid="pack-rule"][data-rule-id="ops-manager/public-relations"]')
  await expect(pr.getByLabel('Public relations and media')).toBeChecked()
  await pr.getByLabel('Public relations and media').uncheck()
  await expect(page.getByTestId('status-warnings')).toHaveText('⚠ 1 warning')
  await pr.getByLabel('Public relations and media').check()
  await expect(page.getByTestId('status-warnings')).toHaveText('⚠ 2 warnings')
})

test('a custom scope rule fires on the canvas and in the Findings panel', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Rules' }).click()
  const panel = page.getByRole('dialog', { name: 'Rules for this chart' })
  await panel.getByLabel('Role title').fill('Finance Manager')
  await panel.getByLabel('Work domain').selectOption({ label: 'IT and software' })
  await panel.getByLabel('Reason').fill('Servers belong with the IT team')
  await panel.getByRole('button', { name: 'Add rule' }).click()
  await expect(panel.getByTestId('custom-rule')).toContainText('Finance Manager')
  await panel.getByRole('button', { name: 'Done' }).click()
  await expect(roleNode(page, 'Finance Manager').getByTestId('warning-badge')).toHaveCount(0)
  await dragCardToRole(page, 'Manage servers', 'Finance Manager')
  await expect(roleNode(page, 'Finance Manager').getByTestId('warning-badge')).toHaveText('⚠ 1')
  const finding = page.locator('[data-testid="finding"][data-rule-id="custom/finance-manager-it-software"]')
  await expect(finding).toContainText('Servers belong with the IT team')
  await expect(finding.getByTestId('finding-why')).toContainText('IT and software')
  await expect(page.getByTestId('status-warnings')).toHaveText('⚠ 3 warnings')
})
