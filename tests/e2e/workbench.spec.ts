// The workbench end to end: default chart, dragging work onto roles, live findings,
// moving chips, editing roles, and everything surviving a reload.

import { expect, test } from '@playwright/test'
import { createCustomDuty, dragCardToRole, findings, libraryCard, openApp, roleNode } from './helpers'

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

test('first start shows the default chart with the Operations Manager already over scope', async ({ page }) => {
  for (const title of ['CEO', 'Operations Manager', 'HR Manager', 'Marketing Manager', 'IT Lead']) {
    await expect(roleNode(page, title)).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: /^Library/ })).toBeVisible()
  await expect(findings(page)).toHaveCount(2)
  await expect(roleNode(page, 'Operations Manager').getByTestId('warning-badge')).toHaveText('⚠ 2')
  await expect(findings(page).first()).toContainText(/usually owned by/i)
})

test('a custom out-of-scope duty dropped on the Operations Manager is flagged, explained and kept after reload', async ({ page }) => {
  await createCustomDuty(page, 'Negotiate salaries with new candidates')
  await dragCardToRole(page, 'Negotiate salaries with new candidates', 'Operations Manager')

  const item = findings(page).filter({ hasText: 'Negotiate salaries with new candidates' })
  await expect(item).toHaveCount(1)
  await expect(item).toContainText(/usually owned by HR/i)
  await expect(item).toContainText(/Flagged because of/i)
  await expect(page.getByTestId('notice').filter({ hasText: /outside/i })).toBeVisible()
  await expect(roleNode(page, 'Operations Manager').getByTestId('warning-badge')).toHaveText('⚠ 3')

  await page.reload()
  await expect(roleNode(page, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: 'Negotiate salaries with new candidates' })).toBeVisible()
  await expect(findings(page).filter({ hasText: 'Negotiate salaries with new candidates' })).toHaveCount(1)
})

test('in-scope operations work gives no warning, also after reload', async ({ page }) => {
  await dragCardToRole(page, 'Schedule warehouse shifts', 'Operations Manager')
  await createCustomDuty(page, 'Make sure customer service delivers what marketing promised')
  await dragCardToRole(page, 'Make sure customer service delivers what marketing promised', 'Operations Manager')
  await expect(findings(page)).toHaveCount(2)
  await expect(page.getByTestId('notice').filter({ hasText: /now with Operations Manager/ }).first()).toBeVisible()

  await page.reload()
  await expect(roleNode(page, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: 'Schedule warehouse shifts' })).toBeVisible()
  await expect(findings(page)).toHaveCount(2)
})

test('moving a flagged chip to the role that owns the work clears its finding', async ({ page }) => {
  const ops = roleNode(page, 'Operations Manager')
  const flagged = ops.locator('.chip-flagged').first()
  const label = (await flagged.locator('.chip-label').textContent())!
  await flagged.dragTo(roleNode(page, 'HR Manager').locator('.role-head'))
  await expect(roleNode(page, 'HR Manager').getByTestId('duty-chip').filter({ hasText: label })).toBeVisible()
  await expect(ops.getByTestId('duty-chip').filter({ hasText: label })).toHaveCount(0)
  await expect(findings(page).filter({ hasText: label })).toHaveCount(0)
  await expect(ops.getByTestId('warning-badge')).toHaveText('⚠ 1')
})

test('moving a flagged chip to another Operations Manager moves the finding with it', async ({ page }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  await page.getByLabel('Role title').fill('Head of Operations')
  await page.getByLabel('Role title').press('Enter')
  await expect(roleNode(page, 'Head of Operations')).toBeVisible()
  const flagged = roleNode(page, 'Operations Manager').locator('.chip-flagged').first()
  const label = (await flagged.locator('.chip-label').textContent())!
  await flagged.dragTo(roleNode(page, 'Head of Operations').locator('.role-head'))
  const moved = findings(page).filter({ hasText: label })
  await expect(moved).toHaveCount(1)
  await expect(moved).toContainText('Head of Operations')
})

test('roles can be added, renamed, given a person, deleted, and the edits undone', async ({ page }) => {
  await page.getByRole('button', { name: 'Add role' }).click()
  await page.getByLabel('Role title').fill('Procurement Lead')
  await page.getByLabel('Role title').press('Enter')
  await page.getByLabel('Person').fill('Dana Whitfield')
  await page.getByLabel('Person').press('Enter')
  await expect(roleNode(page, 'Procurement Lead')).toContainText('Dana Whitfield')

  await page.getByRole('button', { name: 'Delete role' }).click()
  await expect(roleNode(page, 'Procurement Lead')).toHaveCount(0)
  await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(roleNode(page, 'Procurement Lead')).toContainText('Dana Whitfield')

  await page.reload()
  await expect(roleNode(page, 'Procurement Lead')).toContainText('Dana Whitfield')
})

test('double-clicking empty canvas adds a role there', async ({ page }) => {
  const before = await page.getByTestId('role-node').count()
  const pane = page.locator('.react-flow__pane')
  const box = (await pane.boundingBox())!
  await page.mouse.dblclick(box.x + 60, box.y + 60)
  await expect(page.getByTestId('role-node')).toHaveCount(before + 1)
  await expect(page.getByLabel('Role title')).toHaveValue('New role')
})

test('clicking a finding selects and centres its role', async ({ page }) => {
  await findings(page).first().locator('.finding-main').click()
  await expect(roleNode(page, 'Operations Manager')).toHaveClass(/is-selected/)
  await expect(page.getByLabel('Role title')).toHaveValue('Operations Manager')
  const canvas = (await page.getByTestId('canvas').boundingBox())!
  await expect
    .poll(async () => {
      const node = (await roleNode(page, 'Operations Manager').boundingBox())!
      return Math.abs(node.x + node.width / 2 - (canvas.x + canvas.width / 2))
    })
    .toBeLessThan(30)
})

test('the chart list creates, renames, duplicates and deletes charts', async ({ page }) => {
  await page.getByRole('button', { name: /Northwind|chart/i }).first().click()
  const list = page.getByRole('dialog', { name: 'Charts' })
  await list.getByRole('button', { name: 'Duplicate' }).first().click()
  await expect(page.locator('.chart-title')).toContainText('(copy)')
  await page.locator('.chart-title').click()
  await expect(list.getByTestId('chart-list-item')).toHaveCount(2)
  await list.getByTestId('chart-list-item').first().getByRole('button', { name: 'Rename' }).click()
  await list.getByLabel('Chart name').fill('Proposed structure')
  await list.getByLabel('Chart name').press('Enter')
  await expect(list.getByTestId('chart-list-item').filter({ hasText: 'Proposed structure' })).toHaveCount(1)
  await list.getByRole('button', { name: 'New chart' }).click()
  await expect(page.getByTestId('role-node')).toHaveCount(0)
  await page.locator('.chart-title').click()
  await expect(list.getByTestId('chart-list-item')).toHaveCount(3)
  const blank = list.getByTestId('chart-list-item').filter({ hasText: 'Untitled chart' })
  await blank.getByRole('button', { name: 'Delete' }).click()
  await blank.getByRole('button', { name: 'Really delete' }).click()
  await expect(list.getByTestId('chart-list-item')).toHaveCount(2)
})

test('the filter box narrows the Library', async ({ page }) => {
  await libraryCard(page, 'Write press releases')
  await page.getByLabel('Filter cards').fill('zzzz no such card')
  await expect(page.getByText(/No card matches/)).toBeVisible()
})

test('hiding the panels gives the canvas the whole width, and they come back', async ({ page }) => {
  const before = (await page.getByTestId('canvas').boundingBox())!.width
  await expect(page.getByRole('button', { name: 'Panels' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Panels' }).click()
  await expect(page.getByRole('heading', { name: /^Library/ })).toHaveCount(0)
  await expect.poll(async () => (await page.getByTestId('canvas').boundingBox())!.width).toBeGreaterThan(before + 500)
  await page.getByRole('button', { name: 'Panels' }).click()
  await expect(page.getByRole('region', { name: /^Findings/ })).toBeVisible()
})

test('a reporting line is selected by clicking it and removed with Delete or the toolbar', async ({ page }) => {
  const lines = page.locator('.react-flow__edge')
  const count = await lines.count()
  // A point on the line that the line itself receives clicks at (not a handle or a role drawn
  // over it), read again until the view has stopped fitting so the click lands where it was measured.
  const pointOn = async (id: string) => {
    let last = ''
    let point = { x: 0, y: 0 }
    await expect
      .poll(async () => {
        point = await page.evaluate((edgeId) => {
          const edge = document.querySelector(`.react-flow__edge[data-id="${edgeId}"]`)!
          const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!
          const m = path.getScreenCTM()!
          // Lines to fellow reports share their bus and side rail: only the last stretch is this line's alone.
          const length = path.getTotalLength()
          for (const along of [length - 4, length - 7, length * 0.9, length * 0.5]) {
            const p = path.getPointAtLength(along)
            const at = { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f }
            if (edge.contains(document.elementFromPoint(at.x, at.y))) return at
          }
          return { x: -1, y: -1 }
        }, id)
        const seen = `${Math.round(point.x)},${Math.round(point.y)}`
        const settled = seen === last && point.x >= 0
        last = seen
        return settled
      })
      .toBe(true)
    return point
  }
  let at = await pointOn('line-role-hr')
  await page.mouse.click(at.x, at.y)
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1)
  await page.keyboard.press('Delete')
  await expect(lines).toHaveCount(count - 1)

  at = await pointOn('line-role-it')
  await page.mouse.click(at.x, at.y)
  await page.locator('.toolbar').getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(lines).toHaveCount(count - 2)
  await expect(roleNode(page, 'IT Lead')).toBeVisible()
})
