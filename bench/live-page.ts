// A participant joining a live session in Chromium, as people do: the join link opened in
// a fresh browser context (nothing cached, nothing stored), timed from navigation start to
// the first frame of the settled, fully rendered view (the same probe as opening a chart).
// The host is bench/live-host.ts: the real server serving the built app, its relay, and a
// host client holding a generated chart.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { settledAt } from './measure-page'
import { formatFragment } from '../shared/live/join-link'
import { startHost } from './live'
import { initProbe } from './probes'
import { median } from './stats'

export interface JoinPageFigures {
  readonly ms: number
  readonly nodes: number
  readonly runs: readonly number[]
}

export async function joinInPage(browser: Browser, roles: number, runs: number): Promise<JoinPageFigures> {
  const host = await startHost(roles)
  try {
    const url = `${host.base}#${formatFragment(host.link)}`
    const times: { ms: number; nodes: number }[] = []
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
      await context.addInitScript({ content: initProbe(true) })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      try {
        await page.goto(url, { waitUntil: 'commit' })
        // A big chart fitted shows as the overview canvas, with no role nodes in the DOM.
        await page.locator('[data-testid=role-node], [data-testid=chart-overview]').first().waitFor({ timeout: 60_000 })
        times.push(await settledAt(page))
      } catch (e) {
        await page.screenshot({ path: join(tmpdir(), 'org-workbench-bench-live-join.png') }).catch(() => undefined)
        throw new Error(`joining in the browser failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}${errors.length ? ` (page errors: ${errors.slice(0, 2).join(' | ')})` : ''}; screenshot: ${join(tmpdir(), 'org-workbench-bench-live-join.png')}`)
      } finally {
        await context.close()
      }
    }
    return { ms: median(times.map((t) => t.ms)), nodes: median(times.map((t) => t.nodes)), runs: times.map((t) => t.ms) }
  } finally {
    await host.ask('quit').catch(() => undefined)
    host.child.kill()
  }
}
