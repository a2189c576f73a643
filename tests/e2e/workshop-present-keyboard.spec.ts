// Workshop mode end to end: a facilitator walks the room through the findings in
// present mode and takes away the decision log; work is assigned from the keyboard
// alone; screen-reader users hear about new warnings.

import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { clickTool, dragCardToRole, findings, openApp, roleNode } from './helpers'

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

function present(page: Page) {
  return page.getByRole('dialog', { name: 'Present findings' })
}

async function shownDuty(page: Page): Promise<string> {
  return (await present(page).getByTestId('present-finding').getByRole('heading', { level: 2 }).textContent())!.trim()
}

test('present mode steps through findings, records three kinds of decision and exports them', async ({ page }) => {
  await dragCardToRole(page, 'Give interviews to journalists', 'Operations Manager')
  await expect(findings(page)).toHaveCount(3)

  await page.getByRole('button', { name: 'Present', exact: true }).click()
  const position = present(page).getByTestId('present-position')
  await expect(position).toHaveText('Finding 1 of 3')
  await expect(present(page)).toContainText(/usually owned by/i)
  await page.keyboard.press('ArrowRight')
  await expect(position).toHaveText('Finding 2 of 3')
  await page.keyboard.press('ArrowLeft')
  await expect(position).toHaveText('Finding 1 of 3')

  // Walk with the arrow key to the salaries finding and apply its suggestion.
  for (let i = 0; i < 3 && (await shownDuty(page)) !== 'Negotiate salaries'; i++) await page.keyboard.press('ArrowRight')
  expect(await shownDuty(page)).toBe('Negotiate salaries')
  const fix = present(page).getByRole('group', { name: 'Suggestions' }).getByRole('button').first()
  const fixTitle = (await fix.textContent())!.trim()
  await fix.click()
  await expect(position).toHaveText(/of 2$/)
  await expect(roleNode(page, 'HR Manager').getByTestId('duty-chip').filter({ hasText: 'Negotiate salaries' })).toHaveCount(1)

  // Undo still works inside present mode, and redo puts the fix back.
  await page.keyboard.press('Control+z')
  await expect(position).toHaveText(/of 3$/)
  await page.keyboard.press('Control+Shift+z')
  await expect(position).toHaveText(/of 2$/)

  // The view moved on by itself: accept this one with a note (Enter confirms).
  const accepted = await shownDuty(page)
  expect(accepted).not.toBe('Negotiate salaries')
  await present(page).getByRole('button', { name: /Accept as exception/ }).click()
  const note = present(page).getByLabel(/Why does the group keep it/)
  await note.press('Enter')
  await expect(present(page).getByRole('alert')).toContainText(/short note/)
  await note.fill('Daniel speaks for the depot at the trade fair')
  await note.press('Enter')
  await expect(position).toHaveText('Finding 1 of 1')

  const parked = await shownDuty(page)
  expect([accepted, 'Negotiate salaries']).not.toContain(parked)
  await present(page).getByRole('button', { name: 'Park for later' }).click()

  const summary = present(page).getByTestId('present-summary')
  await expect(summary).toContainText('1 suggestion applied')
  await expect(summary).toContainText('1 accepted as exception')
  await expect(summary).toContainText('1 parked for later')

  const downloading = page.waitForEvent('download')
  await summary.getByRole('button', { name: 'Export decision log' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/decision log\.md$/)
  const log = await readFile((await download.path())!, 'utf8')
  expect(log).toContain('# Decision log: Northwind Supplies')
  expect(log).toMatch(new RegExp(`\\| Negotiate salaries \\| Operations Manager \\| .* \\| ${fixTitle} \\|`))
  expect(log).toContain(`| ${accepted} | Operations Manager |`)
  expect(log).toContain('Daniel speaks for the depot at the trade fair')
  expect(log.split('## Parked for later')[1]).toContain(parked)

  await present(page).getByRole('button', { name: 'Exit', exact: true }).click()
  await expect(present(page)).toHaveCount(0)
  await expect(findings(page)).toHaveCount(1)
  await expect(findings(page)).toContainText(parked)

  // The log stays reachable outside present mode.
  await clickTool(page, /^Decision log/)
  const dialog = page.getByRole('dialog', { name: 'Decision log' })
  await expect(dialog.getByTestId('decision')).toHaveCount(3)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('Escape leaves present mode and gives focus back to the Present button', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Present', exact: true })
  await button.click()
  await expect(present(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(present(page)).toHaveCount(0)
  await expect(button).toBeFocused()
})

test('a card is assigned from the keyboard alone and the new warning is announced', async ({ page }) => {
  const ops = roleNode(page, 'Operations Manager')
  const chips = ops.getByTestId('duty-chip').filter({ hasText: 'Write press releases' })
  await expect(chips).toHaveCount(1)
  await expect(findings(page)).toHaveCount(2)

  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search roles and cards' })
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('combobox')).toBeFocused()
  await page.keyboard.type('press releases')
  await expect(palette.getByRole('option', { selected: true })).toContainText('Write press releases')
  await page.keyboard.press('Enter')

  const assign = page.getByRole('dialog', { name: 'Assign “Write press releases” to…' })
  await expect(assign).toBeVisible()
  await page.keyboard.type('Operations')
  await expect(assign.getByRole('option', { selected: true })).toContainText('Operations Manager')
  await page.keyboard.press('Enter')

  await expect(assign).toHaveCount(0)
  await expect(chips).toHaveCount(2)
  await expect(findings(page)).toHaveCount(3)
  await expect(page.getByTestId('live-announcer')).toContainText('New warning')
  await expect(page.getByTestId('live-announcer')).toContainText('Operations Manager')
})

test('with a duty chip selected, M moves it to the role typed', async ({ page }) => {
  const chip = roleNode(page, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: 'Negotiate salaries' })
  await chip.locator('.chip-label').click()
  await page.keyboard.press('m')
  const move = page.getByRole('dialog', { name: 'Move “Negotiate salaries” to…' })
  await expect(move).toBeVisible()
  await expect(move.getByRole('option').filter({ hasText: /^Operations Manager/ })).toHaveCount(0)
  await page.keyboard.type('HR')
  await page.keyboard.press('Enter')
  await expect(roleNode(page, 'HR Manager').getByTestId('duty-chip').filter({ hasText: 'Negotiate salaries' })).toHaveCount(1)
  await expect(findings(page)).toHaveCount(1)
  await expect(page.getByTestId('live-announcer')).toContainText('“Negotiate salaries” is now with HR Manager.')
})

test('choosing a role in the palette selects it, and Escape closes the palette', async ({ page }) => {
  await page.keyboard.press('Control+k')
  await page.keyboard.type('Priya')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Search roles and cards' })).toHaveCount(0)
  await expect(roleNode(page, 'HR Manager')).toHaveClass(/is-selected/)

  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Search roles and cards' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Search roles and cards' })).toHaveCount(0)
})
