// Fault soak: a few hundred seeded random edits (through the same dispatch as the UI, plus
// some real clicks), with local-storage writes made to fail now and then and reloads at
// random moments. After every reload the chart shown (read back from storage) must equal
// the last chart the user saw before it, unless the user was warned: "Not saved locally"
// was showing, or the browser asked before leaving.
// SOAK_SEED=<n> replays another sequence.

import { expect, test, type Page } from '@playwright/test'
import { roleNode } from './helpers'
import { seededRandom } from '../../bench/generate'

const SEED = Number(process.env.SOAK_SEED ?? 20261201)
const EDITS = 300

interface Hooks {
  dispatch: (ops: unknown[], label: string) => unknown
  undo: () => void
  redo: () => void
  chart: () => { id: string; roles: { id: string }[]; duties: { id: string; roleId?: string | null }[] }
  storageError: () => string | null
  setWriteFailures: (on: boolean) => void
}

/** One random edit, built in the page from the chart it shows. */
async function randomEdit(page: Page, kind: number, a: number, b: number, n: number): Promise<void> {
  await page.evaluate(
    ({ kind, a, b, n }) => {
      const t = (window as unknown as { __orgWorkbenchTest: Hooks }).__orgWorkbenchTest
      const chart = t.chart()
      const pick = <T,>(list: T[], k: number): T | undefined => list[Math.floor(k * list.length)]
      const role = pick(chart.roles, a)
      const other = pick(chart.roles, b)
      const duty = pick(chart.duties, b)
      const labels = ['Negotiate salaries', 'Plan delivery routes', 'Approve the marketing budget', 'Schedule warehouse shifts', 'Order stock']
      switch (kind) {
        case 0:
          return void t.dispatch([{ type: 'addRole', role: { id: `soak-r${n}`, title: `Soak role ${n}`, reportsTo: other?.id ?? null, x: 40 * (n % 20), y: 900 + 10 * n } }], 'Add role')
        case 1:
          return void (role && t.dispatch([{ type: 'updateRole', roleId: role.id, patch: { title: `Renamed ${n}` } }], 'Rename role'))
        case 2:
          return void (role && t.dispatch([{ type: 'setReportsTo', roleId: role.id, reportsTo: b < 0.2 ? null : (other?.id ?? null) }], 'Change manager'))
        case 3:
          return void (duty && t.dispatch([{ type: 'assignDuty', dutyId: duty.id, roleId: role?.id ?? null }], 'Move duty'))
        case 4:
          return void t.dispatch([{ type: 'addDuty', duty: { id: `soak-d${n}`, label: labels[n % labels.length], roleId: role?.id ?? null } }], 'Add duty')
        case 5:
          return void (duty && t.dispatch([{ type: 'removeDuty', dutyId: duty.id }], 'Remove duty'))
        case 6:
          return void (role && chart.roles.length > 3 && t.dispatch([{ type: 'removeRole', roleId: role.id }], 'Delete role'))
        case 7:
          return void t.dispatch([{ type: 'addCard', card: { id: `soak-k${n}`, label: `Custom card ${n}`, kind: 'duty', group: 'Custom cards', category: '' } }], 'Add card')
        case 8:
          return t.undo()
        default:
          return t.redo()
      }
    },
    { kind, a, b, n }
  )
}

const hooks = (page: Page) => page.evaluate(() => {
  const t = (window as unknown as { __orgWorkbenchTest: Hooks }).__orgWorkbenchTest
  return { chart: JSON.stringify(t.chart()), error: t.storageError() }
})

test('random edits, injected write failures and reloads lose no chart without a warning', async ({ page }) => {
  test.setTimeout(120_000)
  const rnd = seededRandom(SEED)
  let dialogs = 0
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') dialogs++
    void d.accept()
  })
  await page.goto('/?test-hooks')
  await expect(roleNode(page, 'Operations Manager')).toBeVisible()

  let faults = 0
  let failing = 0
  let reloads = 0
  let warned = 0
  let lost = 0
  let matched = 0
  let sawBadge = false
  for (let n = 0; n < EDITS; n++) {
    if (failing === 0 && rnd() < 0.06) {
      failing = 1 + Math.floor(rnd() * 6)
      faults++
      await page.evaluate(() => (window as unknown as { __orgWorkbenchTest: Hooks }).__orgWorkbenchTest.setWriteFailures(true))
    } else if (failing > 0 && --failing === 0) {
      await page.evaluate(() => (window as unknown as { __orgWorkbenchTest: Hooks }).__orgWorkbenchTest.setWriteFailures(false))
    }
    if (n % 40 === 17) {
      // A real click now and then: the toolbar's Add role goes through the same path.
      await page.getByRole('button', { name: 'Add role' }).click()
    } else {
      await randomEdit(page, Math.floor(rnd() * 10), rnd(), rnd(), n)
    }
    if (!sawBadge && failing > 0 && (await page.locator('.storage-error').isVisible())) sawBadge = true

    if (rnd() < 0.04 || n === EDITS - 1) {
      const seen = await hooks(page)
      const before = dialogs
      const failingAtReload = failing
      await page.reload()
      await page.waitForFunction(() => (window as unknown as { __orgWorkbenchTest?: { ready: () => boolean } }).__orgWorkbenchTest?.ready())
      await expect(page.locator('.toolbar')).toBeVisible()
      reloads++
      failing = 0
      const wasWarned = seen.error !== null || dialogs > before
      if (wasWarned) warned++
      const after = await hooks(page)
      if (process.env.SOAK_DEBUG) console.log(`reload ${reloads}: failing ${failingAtReload}, error ${seen.error !== null}, prompt ${dialogs > before}, equal ${after.chart === seen.chart}`)
      if (after.chart === seen.chart) matched++
      else if (!wasWarned) lost++
      expect(after.chart === seen.chart || wasWarned, `reload ${reloads} after edit ${n}: the stored chart differs from the one shown and nobody was warned`).toBe(true)
    }
  }
  console.log(`Fault soak (seed ${SEED}): edits ${EDITS}, injected faults ${faults}, reloads ${reloads}, reloads with a warning ${warned} (beforeunload prompts ${dialogs}), reloads where storage equalled the chart shown ${matched}, charts lost: ${lost}`)
  expect(lost).toBe(0)
  expect(faults).toBeGreaterThan(3)
  expect(reloads).toBeGreaterThan(5)
  expect(sawBadge).toBe(true)
})
