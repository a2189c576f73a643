// The English model the classifier reads free-text cards with is most of the app's code by
// size, so it arrives in its own file after the chart is on screen. Until it is here the
// chart works and shows the findings of catalogue cards; free-text cards are read once it
// arrives, and their warnings appear then.

import { expect, test, type Route } from '@playwright/test'
import { createCustomDuty, dragCardToRole, findings, openApp, roleNode } from './helpers'

test('the chart works before the English model arrives; a free-text card is read as soon as it does', async ({ page }) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  const modelRequests: string[] = []
  await page.route(/\/assets\/model-[^/]*\.js$/, async (route: Route) => {
    modelRequests.push(route.request().url())
    await held
    await route.continue()
  })
  await openApp(page)
  await expect(findings(page)).toHaveCount(2)
  // The model is asked for on its own, after the chart is shown: it is not part of the app's main file.
  await expect.poll(() => modelRequests.length).toBe(1)

  const label = 'Write the press release announcing our new product range'
  await createCustomDuty(page, label)
  await dragCardToRole(page, label, 'Operations Manager')
  await expect(roleNode(page, 'Operations Manager').getByTestId('duty-chip').filter({ hasText: label })).toBeVisible()
  // The catalogue cards' findings stay while the free-text card waits to be read.
  await expect(findings(page)).toHaveCount(2)
  await roleNode(page, 'Operations Manager').locator('.role-head').click()
  const automatic = page.getByLabel(`Category of “${label}”`).locator('option').first()
  await expect(automatic).toHaveText('Automatic (reading the card…)')

  release()
  await expect(findings(page)).toHaveCount(3)
  await expect(automatic).not.toHaveText('Automatic (reading the card…)')
  await expect(findings(page).filter({ hasText: label })).toHaveCount(1)
  // The notice for the drop waited for the model too: it says the card is outside the role's scope.
  await expect(page.getByTestId('notice').filter({ hasText: /outside/i })).toBeVisible()
})
