// Opening a big chart file in the app (issue target: a 19 MB file in ≤ 5 s, with progress
// shown). The file goes through the browser build's own File → Open… picker; the time runs
// from the picker's change event (the file chosen) to the first frame of the settled view
// of the new chart, so Playwright's upload of the bytes is not counted.

import type { Browser } from '@playwright/test'
import type { Chart } from '../shared/model/chart'
import { serializeChart } from '../shared/format/chart-file'
import { settledFor, initProbe } from './probes'
import { median } from './stats'

export interface FileOpenFigures {
  readonly ms: number
  readonly bytes: number
  readonly progressShown: boolean
  readonly runs: readonly number[]
}

/** Notes when the file is chosen and whether the progress indicator ever showed. */
const WATCH = `(() => {
  window.__benchFile = { chosenAt: NaN, progress: false };
  document.addEventListener('change', () => { window.__benchFile.chosenAt = performance.now(); }, true);
  new MutationObserver(() => { if (document.querySelector('[data-testid=file-progress]')) window.__benchFile.progress = true; })
    .observe(document, { subtree: true, childList: true });
})()`

/** Notes added to duty labels so a chart at the file format's limits (5,000 roles, 50,000 duties) is about 19 MB, as big files from other tools are. */
const DETAIL = ['weekly, with the regional team', 'reported in the monthly review', 'agreed with the branch head', 'kept in the shared register', 'checked each quarter by finance']

/** The benchmark's chart of `roles` roles with longer duty labels, until its file is at least `bytes` long. */
export function bigFileChart(base: Chart, bytes: number): Chart {
  let chart = base
  for (let words = 1; serializeChart(chart).length < bytes && words <= DETAIL.length; words++) {
    const note = DETAIL.slice(0, words).join('; ')
    chart = { ...base, duties: base.duties.map((d) => ({ ...d, label: `${d.label} (${note})`.slice(0, 200) })) }
  }
  return chart
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

export async function openFileInPage(browser: Browser, url: string, chart: Chart, runs: number): Promise<FileOpenFigures> {
  const buffer = Buffer.from(serializeChart(chart))
  const name = 'bench-big.orgchart.json'
  const times: number[] = []
  let progressShown = true
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    await context.addInitScript({ content: initProbe(true) })
    const page = await context.newPage()
    try {
      await page.goto(url)
      await page.locator('[data-testid=role-node]').first().waitFor({ timeout: 30_000 })
      await page.evaluate(WATCH)
      await page.getByRole('button', { name: 'File ▾' }).click()
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('menuitem', { name: 'Open…' }).click()
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer })
      await page.getByText(`Opened “${name}”`).first().waitFor({ timeout: 120_000 })
      const deadline = Date.now() + 60_000
      while (!(await page.evaluate(settledFor(800)))) {
        if (Date.now() > deadline) throw new Error('the opened chart did not settle within 60 s')
        await sleep(100)
      }
      const r = (await page.evaluate('({ since: window.__bench.since, file: window.__benchFile })')) as { since: number; file: { chosenAt: number; progress: boolean } }
      times.push(r.since - r.file.chosenAt)
      progressShown &&= r.file.progress
    } finally {
      await context.close()
    }
  }
  return { ms: median(times), bytes: buffer.length, progressShown, runs: times }
}
