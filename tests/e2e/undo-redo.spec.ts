// Undo and redo after every kind of chart edit: each edit changes what the room sees,
// Undo puts back exactly what was there, Redo brings the edit back.

import { expect, test, type Page } from '@playwright/test'
import { dragCardToRole, openApp, roleNode } from './helpers'

/** Everything a viewer can see of the chart: roles, positions, lines, chips, badges, findings. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].flatMap((n) => {
      const role = n.querySelector('[data-testid="role-node"]')
      if (!role) return []
      return [
        role.getAttribute('data-role-title'),
        role.querySelector('.role-person')?.textContent,
        n.style.transform,
        [...role.querySelectorAll('[data-testid="duty-chip"]')].map((c) => c.textContent).join('|'),
        role.querySelector('[data-testid="warning-badge"]')?.textContent ?? ''
      ].join(' / ')
    })
    // A line is where it starts and ends; its bends vary with sub-pixel measuring.
    const ends = (d: string) => {
      const n = (d.match(/-?\d+(\.\d+)?/g) ?? []).map((v) => Math.round(Number(v)))
      return n.slice(0, 2).concat(n.slice(-2)).join(',')
    }
    const edges = [...document.querySelectorAll('.react-flow__edge')].map((e) => `${e.getAttribute('data-id')}: ${ends(e.querySelector('path')?.getAttribute('d') ?? '')}`).sort()
    const findings = [...document.querySelectorAll('[data-testid="finding"]')].map((f) => f.textContent)
    const accepted = document.querySelectorAll('[data-testid="accepted-exception"]').length
    return JSON.stringify({ nodes: nodes.sort(), edges, findings, accepted, title: document.querySelector('.chart-title')?.textContent })
  })
}

/** The snapshot once it stops changing: lines follow a role's new height a frame or two later. */
async function settled(page: Page): Promise<string> {
  let last = await snapshot(page)
  for (;;) {
    await page.waitForTimeout(150)
    const now = await snapshot(page)
    if (now === last) return now
    last = now
  }
}

const toolbarButton = (page: Page, name: string) => page.locator('.toolbar').getByRole('button', { name, exact: true })

/** Edit, then Undo/Redo by keyboard and by button; ends undone, back where it started. */
async function expectRoundTrip(page: Page, edit: () => Promise<void>): Promise<void> {
  const before = await settled(page)
  await edit()
  await expect.poll(() => snapshot(page)).not.toBe(before)
  const after = await settled(page)
  await page.keyboard.press('Control+z')
  await expect.poll(() => snapshot(page)).toBe(before)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => snapshot(page)).toBe(after)
  await toolbarButton(page, 'Undo').click()
  await expect.poll(() => snapshot(page)).toBe(before)
  await toolbarButton(page, 'Redo').click()
  await expect.poll(() => snapshot(page)).toBe(after)
  await toolbarButton(page, 'Undo').click()
  await expect.poll(() => snapshot(page)).toBe(before)
}

async function selectRole(page: Page, title: string): Promise<void> {
  await roleNode(page, title).locator('.role-title').click()
  await expect(page.getByLabel('Role title')).toHaveValue(title)
}

/** Keyboard shortcuts act on the chart only when focus is not in a text field. */
async function focusCanvas(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } })
}

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('adding, renaming and deleting roles', async ({ page }) => {
  await expectRoundTrip(page, async () => {
    await page.getByRole('button', { name: 'Add role' }).click()
    await focusCanvas(page)
  })
  await selectRole(page, 'IT Lead')
  await expectRoundTrip(page, async () => {
    await page.getByLabel('Role title').fill('Head of IT')
    await page.getByLabel('Role title').press('Enter')
    await focusCanvas(page)
  })
  await selectRole(page, 'Sales Manager')
  await expectRoundTrip(page, async () => {
    await page.keyboard.press('Delete')
  })
})

test('moving a role and drawing or deleting a reporting line', async ({ page }) => {
  const node = roleNode(page, 'IT Lead').locator('.role-head')
  await expectRoundTrip(page, async () => {
    const box = (await node.boundingBox())!
    await page.mouse.move(box.x + 20, box.y + 10)
    await page.mouse.down()
    // Onto empty canvas (dropped onto another role, a role now reports there).
    await page.mouse.move(box.x + 60, box.y - 90, { steps: 8 })
    await page.mouse.up()
  })
  await expectRoundTrip(page, async () => {
    const from = (await roleNode(page, 'Operations Manager').locator('.react-flow__handle-bottom').boundingBox())!
    const to = (await roleNode(page, 'IT Lead').locator('.react-flow__handle-top').boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 })
    await page.mouse.up()
  })
  await selectRole(page, 'HR Manager')
  await expectRoundTrip(page, async () => {
    await page.getByRole('combobox', { name: 'Reports to' }).selectOption({ label: 'Nobody (top of the chart)' })
    await focusCanvas(page)
  })
})

test('assigning, moving and removing cards', async ({ page }) => {
  await expectRoundTrip(page, async () => {
    await dragCardToRole(page, 'Write press releases', 'Operations Manager')
    await focusCanvas(page)
  })
  await expectRoundTrip(page, async () => {
    await roleNode(page, 'Operations Manager').locator('.chip-flagged').first().dragTo(roleNode(page, 'HR Manager').locator('.role-head'))
  })
  await expectRoundTrip(page, async () => {
    await roleNode(page, 'CEO').getByTestId('duty-chip').first().getByRole('button').click()
  })
})

test('category overrides, role types, accepted exceptions and applied suggestions', async ({ page }) => {
  await selectRole(page, 'Operations Manager')
  await expectRoundTrip(page, async () => {
    await page.getByLabel('Category of “Negotiate salaries”').selectOption({ label: 'Operations' })
    await focusCanvas(page)
  })
  await selectRole(page, 'Operations Manager')
  await expectRoundTrip(page, async () => {
    await page.getByLabel('Role type').selectOption({ label: 'Other role (no scope rules)' })
    await focusCanvas(page)
  })
  await expectRoundTrip(page, async () => {
    const item = page.getByTestId('finding').filter({ hasText: 'Write press releases' })
    await item.getByRole('button', { name: /Accept as exception/ }).click()
    await page.getByLabel('Why is this accepted?').fill('We are small: the ops manager speaks to the local paper')
    await page.getByLabel('Why is this accepted?').press('Enter')
    await focusCanvas(page)
  })
  await expectRoundTrip(page, async () => {
    await page.getByTestId('finding').filter({ hasText: 'Negotiate salaries' }).getByRole('button', { name: 'Move to HR Manager' }).click()
    await focusCanvas(page)
  })
})
