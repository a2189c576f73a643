// Workshop tools end to end: auto layout (one undoable step), scenarios compared with
// the current chart, and the role profile with its "Not responsible for" section.

import { readFile } from 'node:fs/promises'
import { expect, type Page, test } from '@playwright/test'
import { clickTool, escapeRe, findings, openApp, roleNode, settleCanvas } from './helpers'

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

/**
 * Each role's position in chart units, by title, read from React Flow's node transform
 * (independent of zoom and pan). Rounded as the chart stores them after a drag.
 */
async function positions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {}
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="role-node"]')) {
      const transform = el.closest<HTMLElement>('.react-flow__node')?.style.transform ?? ''
      const [x, y] = (transform.match(/-?\d+(?:\.\d+)?/g) ?? []).map((n) => Math.round(Number(n)))
      out[el.dataset.roleTitle ?? ''] = `${x},${y}`
    }
    return out
  })
}

async function overlappingNodes(page: Page): Promise<string[]> {
  const nodes = page.getByTestId('role-node')
  const boxes: { title: string; x: number; y: number; width: number; height: number }[] = []
  for (let i = 0; i < (await nodes.count()); i++) {
    const box = (await nodes.nth(i).boundingBox())!
    boxes.push({ title: (await nodes.nth(i).getAttribute('data-role-title'))!, ...box })
  }
  const hits: string[] = []
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hits.push(`${a.title} / ${b.title}`)
    }
  }
  return hits
}

test('auto layout untangles overlapping roles in one step that undo takes back', async ({ page }) => {
  // Pile the IT Lead onto the HR Manager first, letting go just beside it (let go over a
  // role, a role is moved under it instead). The IT Lead is held by the middle of its
  // header, so letting go a few pixels right of the HR Manager leaves half of it lying
  // over the HR Manager, whatever the zoom. Boxes are read once the opened chart has
  // been fitted to the view, or the pointer would aim at where the HR Manager was.
  await settleCanvas(page)
  const hr = (await roleNode(page, 'HR Manager').boundingBox())!
  const it = roleNode(page, 'IT Lead').locator('.role-head')
  const from = (await it.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + 10)
  await page.mouse.down()
  await page.mouse.move(hr.x + hr.width + 8, hr.y + 20, { steps: 12 })
  await page.mouse.up()
  await expect.poll(() => overlappingNodes(page)).toContain('HR Manager / IT Lead')
  await expect(page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true })).toBeEnabled()
  const before = await positions(page)

  await page.getByRole('button', { name: 'Auto layout', exact: true }).click()
  await expect.poll(async () => JSON.stringify(await positions(page))).not.toBe(JSON.stringify(before))
  await expect.poll(() => overlappingNodes(page)).toEqual([])
  const laidOut = await positions(page)
  const ceo = (await roleNode(page, 'CEO').boundingBox())!
  for (const title of ['Operations Manager', 'HR Manager', 'IT Lead']) {
    expect((await roleNode(page, title).boundingBox())!.y).toBeGreaterThan(ceo.y + ceo.height)
  }

  await page.locator('.toolbar').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect.poll(() => positions(page)).toEqual(before)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect.poll(() => positions(page)).toEqual(laidOut)
})

test('auto layout can run left to right', async ({ page }) => {
  await page.getByLabel('Layout direction').selectOption({ label: 'Left-right' })
  await page.getByRole('button', { name: 'Auto layout', exact: true }).click()
  await expect.poll(() => overlappingNodes(page)).toEqual([])
  await expect
    .poll(async () => (await roleNode(page, 'Operations Manager').boundingBox())!.x)
    .toBeGreaterThan((await roleNode(page, 'CEO').boundingBox())!.x + 100)
})

test('a scenario that moves a flagged duty to HR shows the move and the fixed finding in Compare', async ({ page }) => {
  await clickTool(page, 'Duplicate as scenario')
  const scenario = page.getByRole('dialog', { name: 'Duplicate as scenario' })
  await expect(scenario.getByLabel('Scenario name')).toHaveValue('Northwind Supplies – Proposed')
  await scenario.getByRole('button', { name: 'Create scenario' }).click()
  await expect(page.locator('.chart-title')).toContainText('Northwind Supplies – Proposed')
  await settleCanvas(page)

  const flagged = roleNode(page, 'Operations Manager').locator('.chip-flagged').first()
  const label = (await flagged.locator('.chip-label').textContent())!
  await flagged.dragTo(roleNode(page, 'HR Manager').locator('.role-head'))
  await expect(roleNode(page, 'HR Manager').getByTestId('duty-chip').filter({ hasText: label })).toBeVisible()
  await expect(findings(page).filter({ hasText: label })).toHaveCount(0)

  await clickTool(page, 'Compare')
  const compare = page.getByRole('dialog', { name: 'Compare' })
  await compare.getByLabel('First chart').selectOption({ label: 'Northwind Supplies' })
  await compare.getByLabel('Second chart').selectOption({ label: 'Northwind Supplies – Proposed' })

  const moved = compare.getByRole('region', { name: /^Duties moved/ })
  await expect(moved.getByRole('listitem')).toHaveCount(1)
  await expect(moved).toContainText(new RegExp(`${escapeRe(label)}: Operations Manager → HR Manager`))
  const fixed = compare.getByRole('region', { name: /^Findings fixed/ })
  await expect(fixed.getByRole('listitem')).toHaveCount(1)
  await expect(fixed).toContainText(label)
  await expect(fixed).toContainText('Operations Manager')
  await expect(compare.getByRole('region', { name: /^Findings introduced/ })).toContainText('None.')

  const [current, proposed] = await compare.getByTestId('compare-figures').locator('.compare-compliance').allTextContents()
  expect(parseFloat(proposed)).toBeGreaterThan(parseFloat(current))

  const downloading = page.waitForEvent('download')
  await compare.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await readFile((await (await downloading).path())!, 'utf8')
  expect(csv.split(/\r?\n/)[0]).toBe('kind,item,from,to,detail')
  expect(csv).toContain(`Duty moved,${label},Operations Manager,HR Manager,`)
})

test('the Operations Manager\'s role profile names who owns what it is not responsible for, and exports it', async ({ page }) => {
  await roleNode(page, 'Operations Manager').locator('.role-head').click()
  await expect(page.getByLabel('Role title')).toHaveValue('Operations Manager')
  await page.getByRole('button', { name: 'Role profile' }).click()

  const profile = page.getByRole('dialog', { name: 'Role profile: Operations Manager' })
  const notResponsible = profile.getByRole('region', { name: /^Not responsible for/ })
  await expect(notResponsible.getByTestId('not-responsible-item').filter({ hasText: 'HR beyond operations' })).toContainText(/usually owned by HR \(in this chart: HR Manager\)/)
  await expect(profile.getByRole('region', { name: /^Open findings/ }).getByRole('listitem')).toHaveCount(2)

  const downloading = page.waitForEvent('download')
  await profile.getByRole('button', { name: 'Export Markdown' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/Operations Manager role profile\.md$/)
  const md = await readFile((await download.path())!, 'utf8')
  expect(md).toContain('# Role profile: Operations Manager')
  const section = md.split('## Not responsible for')[1]
  expect(section).toBeTruthy()
  expect(section).toContain('usually owned by HR')

  await page.keyboard.press('Escape')
  await expect(profile).toHaveCount(0)
})
