// Shared steps for the end-to-end specs: what a facilitator does, in page terms.

import { expect, type Locator, type Page } from '@playwright/test'

export function roleNode(page: Page, title: string): Locator {
  return page.locator(`[data-testid="role-node"][data-role-title="${title}"]`)
}

/** Open scope warnings listed in the Findings panel (structure notes are listed apart). */
export function findings(page: Page): Locator {
  return page.getByRole('region', { name: /^Findings/ }).locator('[data-testid="finding"].severity-warning')
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()
}

export async function libraryCard(page: Page, label: string): Promise<Locator> {
  await page.getByLabel('Filter cards').fill(label)
  const card = page.getByTestId('library-card').filter({ hasText: new RegExp(`^(Function)?${escapeRe(label)}$`) }).first()
  await expect(card).toBeVisible()
  return card
}

/** Waits until the canvas stops moving (a chart that was just opened is fitted to the view). */
export async function settleCanvas(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').getAttribute('style')
  let last = await transform()
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(120)
    const now = await transform()
    if (now === last) return
    last = now
  }
}

export async function dragCardToRole(page: Page, label: string, roleTitle: string): Promise<void> {
  await settleCanvas(page)
  const card = await libraryCard(page, label)
  await card.dragTo(roleNode(page, roleTitle).locator('.role-head'))
  await expect(roleNode(page, roleTitle).getByTestId('duty-chip').filter({ hasText: label }).first()).toBeVisible()
}

export async function createCustomDuty(page: Page, label: string): Promise<void> {
  await page.getByLabel('New duty').fill(label)
  await page.getByLabel('New duty').press('Enter')
  await expect(page.getByLabel('New duty')).toHaveValue('')
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A toolbar tool that small windows fold into More ▾: clicked where it is shown. */
export async function clickTool(page: Page, name: string | RegExp): Promise<void> {
  const inline = page.locator('.toolbar').getByRole('button', { name, exact: typeof name === 'string' })
  if (await inline.isVisible()) return inline.click()
  await page.locator('.toolbar').getByRole('button', { name: 'More ▾' }).click()
  await page.getByRole('menu', { name: 'More' }).getByRole('menuitem', { name, exact: typeof name === 'string' }).click()
}
