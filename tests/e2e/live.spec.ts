// Live workshop end to end: `npm run live` on loopback, participants in separate browser
// contexts (separate people), through the real server, relay and encryption.

import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { roleNode, settleCanvas } from './helpers'

const PORT = 4215
const ROOT = resolve(__dirname, '../..')
let host: ChildProcess
let joinUrl = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  host = spawn(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--host', '127.0.0.1', '--port', String(PORT), '--chart', 'tests/fixtures/charts/tiny.orgchart.json'], { cwd: ROOT })
  let out = ''
  joinUrl = await new Promise<string>((done, fail) => {
    host.stdout!.on('data', (d) => {
      out += String(d)
      const line = /^Join: (\S+)\n/.exec(out)
      if (line) done(line[1]!)
    })
    host.on('exit', (code) => fail(new Error(`npm run live exited (${code}) before printing its link`)))
  })
  expect(out).toMatch(/^Join: http:\/\/127\.0\.0\.1:4215\/#live=[\w-]+\.[\w-]+\n$/)
})

test.afterAll(() => {
  host?.kill('SIGTERM')
})

async function join(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(joinUrl)
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()
  await expect(page.getByTestId('live-state')).toHaveText('Live')
  const field = page.getByLabel('Your name')
  await field.fill(name)
  await field.press('Enter')
  return page
}

const chip = (page: Page, role: string, label: string) => roleNode(page, role).getByTestId('duty-chip').filter({ hasText: label })

async function moveChip(page: Page, label: string, from: string, to: string): Promise<void> {
  await settleCanvas(page)
  await chip(page, from, label).first().dragTo(roleNode(page, to).locator('.role-head'))
  await expect(chip(page, to, label)).toHaveCount(1)
}

test('a duty dragged by one participant appears for the other, with names and pointers', async ({ browser }) => {
  const ana = await join(browser, 'Ana')
  const ben = await join(browser, 'Ben')
  await expect(ana.getByTestId('live-person').filter({ hasText: 'Ben' })).toBeVisible()
  await expect(ben.getByTestId('live-person').filter({ hasText: 'Ana' })).toBeVisible()

  await moveChip(ana, 'Schedule warehouse shifts', 'Operations Manager', 'CEO')
  await expect(chip(ben, 'CEO', 'Schedule warehouse shifts')).toHaveCount(1)
  await expect(chip(ben, 'Operations Manager', 'Schedule warehouse shifts')).toHaveCount(0)

  // Ana's pointer over the canvas shows on Ben's, in her colour with her name.
  const box = (await roleNode(ana, 'CEO').boundingBox())!
  await ana.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await ana.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2 + 5)
  await expect(ben.locator('[data-testid="live-pointer"][data-name="Ana"]')).toBeVisible()
  await ana.screenshot({ path: 'test-results/live-ana.png' })
  await ben.screenshot({ path: 'test-results/live-ben.png' })

  await moveChip(ben, 'Schedule warehouse shifts', 'CEO', 'Operations Manager')
  await expect(chip(ana, 'Operations Manager', 'Schedule warehouse shifts')).toHaveCount(1)
  await ana.context().close()
  await ben.context().close()
})

/** The middle of what a page's canvas shows, in chart coordinates. */
async function viewCentre(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport')!
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform)
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect()
    return { x: (box.width / 2 - m.e) / m.a, y: (box.height / 2 - m.f) / m.a, zoom: m.a }
  })
}

test('Follow facilitator: the participant’s view follows the facilitator’s', async ({ browser }) => {
  const facilitator = await join(browser, 'Fran')
  await facilitator.getByRole('button', { name: 'Facilitate from here' }).click()
  await expect(facilitator.getByTestId('live-dialog')).toBeVisible()
  await expect(facilitator.getByTestId('live-qr')).toBeVisible()
  await expect(facilitator.getByTestId('live-join-link')).toHaveValue(joinUrl)
  await facilitator.getByRole('button', { name: 'Close' }).click()

  const sam = await join(browser, 'Sam')
  await expect(sam.getByTestId('live-person').filter({ hasText: 'Fran (facilitator)' })).toBeVisible()
  await sam.getByRole('button', { name: 'Follow facilitator' }).click()
  await expect(sam.getByRole('button', { name: 'Follow facilitator' })).toHaveAttribute('aria-pressed', 'true')

  // The facilitator zooms in on one role and pans: the participant's view goes there too.
  await settleCanvas(facilitator)
  const box = (await facilitator.getByTestId('canvas').boundingBox())!
  await facilitator.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3)
  await facilitator.mouse.wheel(0, -400)
  await settleCanvas(facilitator)
  const target = await viewCentre(facilitator)
  await expect.poll(async () => {
    const seen = await viewCentre(sam)
    return Math.hypot(seen.x - target.x, seen.y - target.y) < 2
  }).toBe(true)
  await facilitator.context().close()
  await sam.context().close()
})

test('a link without its key, or with a wrong key, is refused with a clear message', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage()
  const [, room, key] = /#live=([\w-]+)\.([\w-]+)/.exec(joinUrl)!
  await page.goto(`http://127.0.0.1:${PORT}/#live=${room}`)
  await expect(page.getByRole('alert')).toContainText('This join link has no key')
  await expect(page.getByRole('alert')).toContainText('Ask the facilitator for the link again')
  await expect(roleNode(page, 'Operations Manager')).toHaveCount(0)

  const wrong = key!.split('').reverse().join('')
  await page.goto(`http://127.0.0.1:${PORT}/#live=${room}.${wrong}`)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('does not match the live session')
  await expect(roleNode(page, 'Operations Manager')).toHaveCount(0)
  await page.context().close()
})

test('an observer of the websocket frames finds no chart text or names in them', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const frames: Buffer[] = []
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => frames.push(Buffer.from(f.payload as string | Buffer)))
    ws.on('framesent', (f) => frames.push(Buffer.from(f.payload as string | Buffer)))
  })
  await page.goto(joinUrl)
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()
  await page.getByLabel('Your name').fill('Quinn Observer')
  await page.getByLabel('Your name').press('Enter')
  await moveChip(page, 'Negotiate salaries', 'Operations Manager', 'CEO')
  await moveChip(page, 'Negotiate salaries', 'CEO', 'Operations Manager')
  expect(frames.length).toBeGreaterThan(5)
  const wire = Buffer.concat(frames)
  for (const text of ['Operations Manager', 'CEO', 'Negotiate salaries', 'Schedule warehouse shifts', 'Ada Lane', 'Tiny Co', 'Quinn', 'r-ops', 'd-salaries']) {
    expect(wire.includes(Buffer.from(text)), `"${text}" on the wire`).toBe(false)
    expect(wire.includes(Buffer.from(text, 'utf16le')), `"${text}" on the wire`).toBe(false)
  }
  await context.close()
})

test('a participant who goes offline keeps editing and merges on reconnect', async ({ browser }) => {
  const ana = await join(browser, 'Ana')
  const ben = await join(browser, 'Ben')
  await ben.context().setOffline(true)
  await expect(ben.getByTestId('live-state')).toContainText('Offline')
  await moveChip(ben, 'Negotiate salaries', 'Operations Manager', 'CEO')
  await moveChip(ana, 'Schedule warehouse shifts', 'Operations Manager', 'CEO')
  // Nothing crossed while Ben was away.
  await expect(chip(ana, 'Operations Manager', 'Negotiate salaries')).toHaveCount(1)
  await expect(chip(ben, 'Operations Manager', 'Schedule warehouse shifts')).toHaveCount(1)

  await ben.context().setOffline(false)
  await expect(ben.getByTestId('live-state')).toHaveText('Live')
  await expect(chip(ana, 'CEO', 'Negotiate salaries')).toHaveCount(1)
  await expect(chip(ben, 'CEO', 'Schedule warehouse shifts')).toHaveCount(1)
  await ana.context().close()
  await ben.context().close()
})
