// Measures taken in Chromium, on the app and on the baseline alike: opening a chart,
// dragging a node, panning and zooming (frame times), and the JS heap once open.

import type { Page } from '@playwright/test'
import { GRAB_POINT, PANE_POINT, nodeTransform, settledFor } from './probes'
import { summarizeFrames, type FrameSummary } from './stats'

export interface Timing {
  readonly interactionSteps: number
  /** Pause between input events, ms (about a 125 Hz mouse). */
  readonly stepMs: number
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/** Waits until the view has settled, then returns when it first showed (ms after navigation start). */
export async function settledAt(page: Page, quietMs = 800): Promise<{ ms: number; nodes: number }> {
  // Polled from here: waitForFunction with a string needs eval, which the app's CSP forbids.
  const deadline = Date.now() + 60_000
  while (!(await page.evaluate(settledFor(quietMs)))) {
    if (Date.now() > deadline) throw new Error(`the page did not settle within 60 s (state: ${await page.evaluate('JSON.stringify(window.__bench)')})`)
    await sleep(100)
  }
  return page.evaluate('({ ms: window.__bench.since, nodes: window.__bench.nodes })')
}

/** Reloads the page and times navigation start → settled full view. */
export async function timeOpen(page: Page): Promise<{ ms: number; nodes: number }> {
  await page.reload({ waitUntil: 'commit' })
  const result = await settledAt(page)
  await page.evaluate('window.__bench.running = false')
  return result
}

/** JS heap in use after a forced garbage collection, in MB (CDP Performance.getMetrics). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
    return used / 2 ** 20
  } finally {
    await cdp.detach()
  }
}

/** Moves the mouse along straight segments, one input event every `stepMs`. */
async function path(page: Page, from: { x: number; y: number }, legs: readonly { dx: number; dy: number }[], t: Timing): Promise<void> {
  let { x, y } = from
  const perLeg = Math.max(2, Math.round(t.interactionSteps / legs.length))
  const start = Date.now()
  let i = 0
  for (const leg of legs) {
    for (let s = 1; s <= perLeg; s++) {
      await page.mouse.move(x + (leg.dx * s) / perLeg, y + (leg.dy * s) / perLeg)
      const wait = start + ++i * t.stepMs - Date.now()
      if (wait > 0) await sleep(wait)
    }
    x += leg.dx
    y += leg.dy
  }
}

async function recorded(page: Page, act: () => Promise<void>): Promise<FrameSummary> {
  await page.evaluate('window.__benchFrames.start()')
  await act()
  const stamps = (await page.evaluate('window.__benchFrames.stop()')) as number[]
  return summarizeFrames(stamps)
}

/** Presses on a role near the centre and drags it around a loop; frames from the first move to the last. */
export async function dragNode(page: Page, t: Timing): Promise<FrameSummary & { moved: boolean }> {
  const grab = (await page.evaluate(GRAB_POINT)) as { x: number; y: number; id: string } | null
  if (!grab) throw new Error('found no node to grab near the canvas centre')
  const before = await page.evaluate(nodeTransform(grab.id))
  await page.mouse.move(grab.x, grab.y)
  await page.mouse.down()
  const frames = await recorded(page, () =>
    path(page, grab, [{ dx: 160, dy: 0 }, { dx: 0, dy: 120 }, { dx: -160, dy: 0 }, { dx: 0, dy: -100 }], t)
  )
  await page.mouse.up()
  const after = await page.evaluate(nodeTransform(grab.id))
  return { ...frames, moved: before !== after }
}

async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  const p = (await page.evaluate(PANE_POINT)) as { x: number; y: number } | null
  if (!p) throw new Error('found no empty spot of the pane near the canvas centre')
  return p
}

/** Drags the empty pane left and back. */
export async function pan(page: Page, t: Timing): Promise<FrameSummary> {
  const p = await panePoint(page)
  await page.mouse.move(p.x, p.y)
  await page.mouse.down()
  const frames = await recorded(page, () => path(page, p, [{ dx: -300, dy: -80 }, { dx: 300, dy: 80 }], t))
  await page.mouse.up()
  return frames
}

/** Wheel-zooms in and back out over the pane. */
export async function zoom(page: Page, t: Timing): Promise<FrameSummary> {
  const p = await panePoint(page)
  await page.mouse.move(p.x, p.y)
  const notches = Math.max(4, Math.round(t.interactionSteps / 8))
  return recorded(page, async () => {
    for (const dir of [-1, 1]) {
      for (let i = 0; i < notches; i++) {
        await page.mouse.wheel(0, dir * 100)
        await sleep(t.stepMs * 2)
      }
    }
  })
}
