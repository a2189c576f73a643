// The whole chart, always visible: branches collapse to a count and expand again, a
// branch can be shown alone with a way back, a 2,000-role chart fits whole as an
// overview, and a click on the overview zooms in until role titles are real text.

import { expect, test, type Page } from '@playwright/test'
import { serializeChart } from '../../shared/format/chart-file'
import { generateChart } from '../../bench/generate'
import { openApp, roleNode, settleCanvas } from './helpers'

const OPS_TEAM = ['Warehouse Team Lead', 'Customer Service Team Lead', 'Logistics Coordinator']

/** Opens chart text through File → Open…, as a file the user picked. */
async function openChart(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'File ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Open…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

type Box = { x: number; y: number; width: number; height: number }
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

test('collapsing a branch hides its roles and shows how many; expanding brings them back', async ({ page }) => {
  await openApp(page)
  await settleCanvas(page)
  const collapse = page.getByRole('button', { name: 'Collapse branch of Operations Manager (3 roles below)' })
  await expect(collapse).toBeVisible()
  await collapse.click()
  for (const title of OPS_TEAM) await expect(roleNode(page, title)).toHaveCount(0)
  const expand = page.getByRole('button', { name: 'Expand branch of Operations Manager (3 roles hidden)' })
  await expect(expand).toHaveText('+3')
  await expect(expand).toHaveAttribute('aria-expanded', 'false')
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()
  await expect(page.getByTestId('role-node')).toHaveCount(7)
  await expand.click()
  for (const title of OPS_TEAM) await expect(roleNode(page, title)).toBeVisible()
  await expect(page.getByTestId('role-node')).toHaveCount(10)

  // From the keyboard: B on the selected role does the same.
  await roleNode(page, 'Operations Manager').click({ position: { x: 20, y: 12 } })
  await page.keyboard.press('b')
  for (const title of OPS_TEAM) await expect(roleNode(page, title)).toHaveCount(0)
  await expect(roleNode(page, 'Operations Manager')).toBeFocused()
  await page.keyboard.press('b')
  for (const title of OPS_TEAM) await expect(roleNode(page, title)).toBeVisible()
})

test('a branch shown alone, and "Show whole chart" brings every role back', async ({ page }) => {
  await openApp(page)
  await roleNode(page, 'Operations Manager').click({ position: { x: 20, y: 12 } })
  await page.keyboard.press('Control+k')
  await page.keyboard.type('Show this branch alone')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('role-node')).toHaveCount(4)
  for (const title of ['Operations Manager', ...OPS_TEAM]) await expect(roleNode(page, title)).toBeVisible()
  await expect(roleNode(page, 'CEO')).toHaveCount(0)
  await expect(page.getByTestId('focus-bar')).toContainText('Showing the branch of Operations Manager: 4 of 10 roles')
  await page.getByRole('button', { name: 'Show whole chart' }).click()
  await expect(page.getByTestId('role-node')).toHaveCount(10)
  await expect(page.getByRole('button', { name: 'Show whole chart' })).toHaveCount(0)
})

test('a chart is shown fitted from its first frame, with no second view after it', async ({ page }) => {
  // Every frame, the view's transform while some role is drawn and visible.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { seenViews: string[] }).seenViews = seen
    const tick = () => {
      const shown = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].some((n) => n.style.visibility !== 'hidden')
      const view = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform
      if (shown && view && seen[seen.length - 1] !== view) seen.push(view)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  await openApp(page)
  await settleCanvas(page)
  const views = await page.evaluate(() => (window as unknown as { seenViews: string[] }).seenViews)
  expect(views).toHaveLength(1)
})

test('the minimap sits beside the fitted default chart at 1366 × 768, covering no role', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp(page)
  await settleCanvas(page)
  const minimap = (await page.getByRole('img', { name: 'Minimap' }).boundingBox())!
  expect(minimap.width).toBeGreaterThan(100)
  const boxes = await page.getByTestId('role-node').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height } }))
  expect(boxes).toHaveLength(10)
  expect(boxes.filter((b) => overlaps(b, minimap))).toEqual([])
})

test('Fit view shows every role of a 2,000-role chart as an overview; a click there zooms in to readable roles', async ({ page }) => {
  test.setTimeout(150_000)
  await openApp(page)
  await openChart(page, 'two-thousand.orgchart.json', serializeChart(generateChart(2000)))
  await expect(page.getByText(/Opened “two-thousand.orgchart.json”: 2,?000 roles/)).toBeVisible({ timeout: 90_000 })
  await settleCanvas(page)
  const overview = page.getByRole('img', { name: 'Overview of 2,000 roles: click anywhere to zoom in there' })
  await expect(overview).toBeVisible()
  await page.getByRole('button', { name: 'Fit View' }).click()
  await settleCanvas(page)
  // Every role is drawn, all of them inside the canvas, and none as a DOM node.
  await expect(overview).toHaveAttribute('data-drawn', '2000')
  await expect(overview).toHaveAttribute('data-in-view', '2000')
  const canvas = (await page.locator('.react-flow').boundingBox())!
  const [x, y, width, height] = (await overview.getAttribute('data-extent'))!.split(',').map(Number)
  expect(inside({ x: canvas.x + x, y: canvas.y + y, width, height }, canvas)).toBe(true)
  expect(width * height).toBeGreaterThan(canvas.width * canvas.height * 0.3)
  await expect(page.getByTestId('role-node')).toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible()

  // Zoomed a little with the wheel, still in the overview: once the view rests it is drawn sharp, closer in.
  await page.mouse.move(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.45)
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100)
  await expect(overview).toHaveAttribute('data-sharp', 'true')
  await expect.poll(async () => Number(await overview.getAttribute('data-in-view'))).toBeLessThan(2000)
  await expect(overview).toBeVisible()
  await page.getByRole('button', { name: 'Fit View' }).click()
  await settleCanvas(page)
  await expect(overview).toHaveAttribute('data-in-view', '2000')

  await page.mouse.click(canvas.x + canvas.width * 0.5, canvas.y + canvas.height * 0.45)
  await settleCanvas(page)
  await expect(overview).toBeHidden()
  const titles = page.locator('[data-testid="role-node"] .role-title')
  await expect(titles.first()).toBeVisible()
  expect(await page.getByTestId('role-node').count()).toBeLessThan(200)
  // Real text, drawn big enough to read.
  const first = titles.first()
  expect((await first.textContent())!.trim().length).toBeGreaterThan(2)
  const fontPx = await first.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth)
  expect(fontPx).toBeGreaterThanOrEqual(10)

  // Fit view from here goes straight to the overview: the roles are hidden before the view
  // moves, so no role node is drawn on the way (moved first, every role would be, for a frame).
  await page.evaluate(() => {
    const w = window as unknown as { __rolesAdded: number }
    w.__rolesAdded = 0
    const isRole = (n: Node) => n instanceof Element && (n.matches('[data-testid="role-node"]') || !!n.querySelector('[data-testid="role-node"]'))
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (isRole(n)) w.__rolesAdded++
    }).observe(document.body, { subtree: true, childList: true })
  })
  await page.getByRole('button', { name: 'Fit View' }).click()
  await settleCanvas(page)
  await expect(overview).toHaveAttribute('data-in-view', '2000')
  expect(await page.evaluate(() => (window as unknown as { __rolesAdded: number }).__rolesAdded)).toBe(0)
})
