// The room view: what a workshop sees on the projector. Sizes are measured as drawn
// (font size × the canvas zoom), never timed: the default chart is legible at the two
// common projector sizes with every role in view and its cards shown; Room view hides
// the chrome; Present mode puts the finding's role, highlighted, beside the card.

import { expect, test, type Page } from '@playwright/test'
import { openApp, roleNode, settleCanvas } from './helpers'

/** What the canvas shows now: the smallest title and card text on screen, and roles outside the canvas. */
function legibility(page: Page) {
  return page.evaluate(() => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)![1])
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect()
    const onScreen = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * zoom
    const roles = [...document.querySelectorAll<HTMLElement>('[data-testid="role-node"]')]
    const titles = roles.map((r) => r.querySelector('.role-title')!)
    const chips = [...document.querySelectorAll('[data-testid="duty-chip"] .chip-label')]
    const outside = roles
      .filter((r) => {
        const b = r.getBoundingClientRect()
        return b.left < canvas.left - 1 || b.top < canvas.top - 1 || b.right > canvas.right + 1 || b.bottom > canvas.bottom + 1
      })
      .map((r) => r.dataset.roleTitle)
    return {
      zoom,
      roles: roles.length,
      title: Math.min(...titles.map(onScreen)),
      // A drawn title line is at least as tall as its text.
      titleBox: Math.min(...titles.map((t) => t.getBoundingClientRect().height)),
      chip: chips.length ? Math.min(...chips.map(onScreen)) : 0,
      chips: chips.length,
      summaries: document.querySelectorAll('.chips-summary').length,
      outside,
      // Roles the canvas's own overlays (minimap, zoom buttons) are drawn over.
      covered: roles
        .filter((r) => {
          const b = r.getBoundingClientRect()
          return [...document.querySelectorAll('.overview-minimap, .react-flow__controls')].some((o) => {
            const c = o.getBoundingClientRect()
            return b.left < c.right && b.right > c.left && b.top < c.bottom && b.bottom > c.top
          })
        })
        .map((r) => r.dataset.roleTitle)
    }
  })
}

for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
  test.describe(`the default view at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } })

    test('shows every role with titles of 12 px or more and cards of 10 px or more, nothing drawn over them', async ({ page }) => {
      await openApp(page)
      // Once the chart is fitted: every role inside the canvas and nothing drawn over any.
      await expect.poll(async () => { const s = await legibility(page); return [...s.outside, ...s.covered] }).toEqual([])
      await settleCanvas(page)
      const seen = await legibility(page)
      expect(seen.roles).toBe(10)
      expect(seen.outside).toEqual([])
      expect(seen.covered).toEqual([])
      expect(seen.summaries).toBe(0)
      expect(seen.chips).toBeGreaterThanOrEqual(25)
      expect(seen.title).toBeGreaterThanOrEqual(12)
      expect(seen.chip).toBeGreaterThanOrEqual(10)
      // The toolbar stays on one row.
      const bar = (await page.locator('.toolbar').boundingBox())!
      expect(bar.height).toBeLessThan(60)
    })
  })
}

test.describe('Room view and Present mode at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('Room view hides all chrome and fits the chart; Esc brings it back', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'Room view' }).click()
    await expect(page.locator('.toolbar')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: /^(Library|Inspector|Findings)/ })).toHaveCount(0)
    await expect.poll(async () => (await page.getByTestId('canvas').boundingBox())!.width).toBe(1920)
    await settleCanvas(page)
    const seen = await legibility(page)
    expect(seen.outside).toEqual([])
    expect(seen.title).toBeGreaterThanOrEqual(16)
    await page.keyboard.press('Escape')
    await expect(page.locator('.toolbar')).toBeVisible()
  })

  test('a 40-role chart keeps its titles at 12 px or more in Room view', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'File ▾' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('menuitem', { name: 'Open…' }).click()
    await (await chooser).setFiles({ name: 'forty.orgchart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fortyRoles())) })
    await expect(page.getByTestId('role-node')).toHaveCount(40)
    await page.getByRole('button', { name: 'Room view' }).click()
    // The facilitator tidies the chart for the room's screen from the palette.
    await page.keyboard.press('Control+k')
    await page.keyboard.type('Auto layout')
    await page.keyboard.press('Enter')
    await settleCanvas(page)
    const seen = await legibility(page)
    expect(seen.outside).toEqual([])
    expect(seen.title).toBeGreaterThanOrEqual(12)
  })

  test('Present mode shows the finding beside the chart, its role highlighted and centred, the app inert', async ({ page }) => {
    await openApp(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    const present = page.getByRole('dialog', { name: 'Present findings' })
    await expect(present).toBeVisible()
    const ops = roleNode(page, 'Operations Manager')
    await expect(ops).toHaveClass(/is-presented/)
    await expect(page.locator('main')).toHaveJSProperty('inert', true)
    const stage = (await present.locator('.present-stage').boundingBox())!
    // Centred once the view has glided there.
    await expect.poll(async () => {
      const b = (await ops.boundingBox())!
      return Math.abs(b.x + b.width / 2 - (stage.x + stage.width / 2))
    }).toBeLessThan(40)
    await settleCanvas(page)
    const box = (await ops.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(stage.y)
    expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height)
    expect((await legibility(page)).title).toBeGreaterThanOrEqual(24)
    await page.keyboard.press('Escape')
    await expect(present).toHaveCount(0)
    await expect(page.locator('main')).toHaveJSProperty('inert', false)
  })
})

/** A CEO, six heads of function and 33 team members, two cards each; no positions (the app lays it out). */
function fortyRoles() {
  const roles: { id: string; title: string; reportsTo: string | null }[] = [{ id: 'ceo', title: 'Managing Director', reportsTo: null }]
  const heads = ['Operations', 'Finance', 'People', 'Sales', 'Marketing', 'Technology']
  heads.forEach((h, i) => {
    roles.push({ id: `head-${i}`, title: `Head of ${h}`, reportsTo: 'ceo' })
    for (let j = 0; j < (i < 3 ? 6 : 5); j++) roles.push({ id: `m-${i}-${j}`, title: `${h} Specialist ${j + 1}`, reportsTo: `head-${i}` })
  })
  const duties = roles.flatMap((r, i) => [
    { id: `d-${i}-a`, label: 'Plan the weekly rota', roleId: r.id },
    { id: `d-${i}-b`, label: 'Report progress to the team', roleId: r.id }
  ])
  return { format: 'org-workbench/chart@1', title: 'Forty roles', roles, duties, exceptions: [] }
}
