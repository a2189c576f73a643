// App-only steps: putting a generated chart into the app's local database, dropping
// a card on a role and timing the warning, and fitting the view between runs.

import type { Page } from '@playwright/test'
import * as Y from 'yjs'
import { createChartDoc } from '../shared/doc'
import type { Chart } from '../shared/model/chart'

/**
 * Writes the chart straight into the app's IndexedDB (the layout of
 * renderer/src/storage/db.ts, version 2: a summary row in `charts` and the chart's Yjs
 * document as one row of `updates`) and makes it the chart opened at start. The app must
 * have started once in this context, so its database and tables exist.
 */
const SEED = `async (d, b64) => {
  const bin = atob(b64);
  const update = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) update[i] = bin.charCodeAt(i);
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('org-workbench'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const want = ['charts', 'updates', 'settings'];
  const missing = want.filter((s) => !db.objectStoreNames.contains(s));
  if (missing.length) { db.close(); throw new Error('the app database has no ' + missing.join(', ') + ' table'); }
  const tx = db.transaction(want, 'readwrite');
  const now = Date.now();
  tx.objectStore('charts').put({ id: d.id, title: d.title, roleCount: d.roleCount, createdAt: now, updatedAt: now });
  tx.objectStore('updates').add({ chartId: d.id, update });
  tx.objectStore('settings').put({ key: 'lastChartId', value: d.id });
  await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error); });
  const version = db.version;
  db.close();
  return version;
}`

export async function seedChart(page: Page, chart: Chart): Promise<number> {
  const doc = createChartDoc(chart)
  const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')
  doc.destroy()
  const summary = { id: chart.id, title: chart.title, roleCount: chart.roles.length }
  return (await page.evaluate(`(${SEED})(${JSON.stringify(summary)}, ${JSON.stringify(update)})`)) as number
}

/** The card dropped in the drop test: catalogue work that is outside an Operations Manager's scope. */
export const OUT_OF_SCOPE_CARD = {
  label: 'Negotiate salaries',
  kind: 'duty',
  group: 'Human Resources',
  category: 'hr-beyond-operations',
  cardId: 'card-negotiate-salaries'
} as const

/**
 * Drops the card on a rendered Operations Manager with in-page DragEvents carrying the
 * app's drag payload, and times the drop event → the Findings count going up (the
 * MutationObserver callback after React has committed the new warning to the DOM).
 */
const DROP = `async (n, card) => {
  const read = () => { const c = document.querySelector('[data-testid=findings-count]'); return c ? Number(c.textContent) : NaN; };
  const targets = [...document.querySelectorAll('[data-testid=role-node]')]
    .filter((el) => el.querySelector('.role-type-tag') || /Operations Manager$/.test(el.getAttribute('data-role-title') || ''));
  if (!targets.length) return { error: 'no Operations Manager role is rendered on the canvas' };
  const target = targets[n % targets.length];
  const count = document.querySelector('[data-testid=findings-count]');
  if (!count) return { error: 'the Findings count is not on the page' };
  const before = read();
  const box = target.getBoundingClientRect();
  return await new Promise((resolve) => {
    let t0 = 0;
    const mo = new MutationObserver(() => {
      if (read() > before) { const ms = performance.now() - t0; mo.disconnect(); clearTimeout(timer); resolve({ ms }); }
    });
    const timer = setTimeout(() => { mo.disconnect(); resolve({ error: 'no new warning within 3 s of the drop (Findings count stayed at ' + read() + ')' }); }, 3000);
    mo.observe(count.parentElement || document.body, { subtree: true, childList: true, characterData: true });
    const dt = new DataTransfer();
    dt.setData('application/x-org-workbench-card', JSON.stringify(card));
    dt.setData('text/plain', card.label);
    const at = { bubbles: true, cancelable: true, dataTransfer: dt, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    target.dispatchEvent(new DragEvent('dragenter', at));
    target.dispatchEvent(new DragEvent('dragover', at));
    t0 = performance.now();
    target.dispatchEvent(new DragEvent('drop', at));
  });
}`

export async function dropCard(page: Page, n: number): Promise<{ ms?: number; error?: string }> {
  return (await page.evaluate(`(${DROP})(${n}, ${JSON.stringify(OUT_OF_SCOPE_CARD)})`)) as { ms?: number; error?: string }
}

/** Fits the whole chart (React Flow's own fit-view control, present whatever the toolbar holds), then lets the view settle. */
export async function fitApp(page: Page): Promise<void> {
  const control = page.locator('.react-flow__controls-fitview')
  if ((await control.count()) > 0) await control.first().click({ timeout: 10_000 })
  else await page.getByRole('button', { name: 'Fit view', exact: true }).click({ timeout: 10_000 })
  await page.waitForTimeout(600)
}

export async function fitBaseline(page: Page): Promise<void> {
  await page.evaluate('window.__benchFit && window.__benchFit()')
  await page.waitForTimeout(300)
}

/** React Flow's default nodes and edges at the chart's positions, for the baseline page. */
export function baselineGraph(chart: Chart, width: number, height: number): string {
  const nodes = chart.roles.map((r) => ({ id: r.id, position: { x: r.x ?? 0, y: r.y ?? 0 }, data: { label: r.title } }))
  const edges = chart.roles.filter((r) => r.reportsTo).map((r) => ({ id: `e-${r.id}`, source: r.reportsTo, target: r.id }))
  const graph = { nodes, edges, width, height, onlyRenderVisible: chart.roles.length > 400 }
  return `window.__BENCH_GRAPH__ = ${JSON.stringify(graph)};`
}
