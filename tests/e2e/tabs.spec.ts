// The same chart open in two tabs of one browser: an edit in one shows in the other,
// a rename in one does not bring back a role deleted in the other, and after a reload
// both show the merged chart.

import { expect, test, type Page } from '@playwright/test'
import { dragCardToRole, openApp, roleNode } from './helpers'

async function renameRole(page: Page, from: string, to: string): Promise<void> {
  await roleNode(page, from).locator('.role-title').click()
  await expect(page.getByLabel('Role title')).toHaveValue(from)
  await page.getByLabel('Role title').fill(to)
  await page.getByLabel('Role title').press('Enter')
}

test('an edit in one tab shows in the other, and both tabs reload to the merged chart', async ({ page, context }) => {
  await openApp(page)
  const second = await context.newPage()
  await openApp(second)

  await renameRole(page, 'IT Lead', 'Head of IT')
  await expect(roleNode(second, 'Head of IT')).toBeVisible()
  await expect(roleNode(second, 'IT Lead')).toHaveCount(0)

  await dragCardToRole(second, 'Write advertising copy', 'Operations Manager')
  await expect(roleNode(page, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: 'Write advertising copy' })).toBeVisible()
  // The other tab's change is a finding here too: findings are computed in each tab.
  await expect(roleNode(page, 'Operations Manager').getByTestId('warning-badge')).toHaveText('⚠ 3')

  await page.reload()
  await second.reload()
  for (const p of [page, second]) {
    await expect(roleNode(p, 'Head of IT')).toBeVisible()
    await expect(roleNode(p, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: 'Write advertising copy' })).toBeVisible()
  }
})

test('a rename in one tab does not bring back a role deleted in the other', async ({ page, context }) => {
  await openApp(page)
  const second = await context.newPage()
  await openApp(second)

  // The second tab has the role open in its inspector when the first deletes it.
  await roleNode(second, 'Sales Manager').locator('.role-title').click()
  await expect(second.getByLabel('Role title')).toHaveValue('Sales Manager')
  await roleNode(page, 'Sales Manager').locator('.role-title').click()
  await page.getByRole('button', { name: 'Delete role' }).click()
  await expect(roleNode(page, 'Sales Manager')).toHaveCount(0)
  await expect(roleNode(second, 'Sales Manager')).toHaveCount(0)

  const title = second.getByLabel('Role title')
  if (await title.isVisible()) {
    await title.fill('Head of Sales')
    await title.press('Enter')
  }
  await expect(roleNode(second, 'Head of Sales')).toHaveCount(0)
  await page.reload()
  await second.reload()
  for (const p of [page, second]) {
    await expect(roleNode(p, 'Operations Manager')).toBeVisible()
    await expect(roleNode(p, 'Sales Manager')).toHaveCount(0)
    await expect(roleNode(p, 'Head of Sales')).toHaveCount(0)
  }
})

test('undo in one tab undoes only that tab’s own edit', async ({ page, context }) => {
  await openApp(page)
  const second = await context.newPage()
  await openApp(second)
  await renameRole(page, 'IT Lead', 'Head of IT')
  await renameRole(second, 'HR Manager', 'People Lead')
  await expect(roleNode(page, 'People Lead')).toBeVisible()
  await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(roleNode(page, 'IT Lead')).toBeVisible()
  await expect(roleNode(page, 'People Lead')).toBeVisible()
  await expect(roleNode(second, 'IT Lead')).toBeVisible()
  await expect(roleNode(second, 'People Lead')).toBeVisible()
})
