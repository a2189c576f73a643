// What the figures were measured on: they mean little without it.

import { cpus, totalmem, platform, release } from 'node:os'
import type { Browser } from 'playwright-core'

export interface Machine {
  readonly cpu: string
  readonly cores: number
  readonly memoryGb: number
  readonly os: string
  readonly node: string
  readonly chromium: string
}

/** `browser` is null when no browser was started (`--node-only`). */
export function describeMachine(browser: Browser | null): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browser ? browser.version() : 'not started'
  }
}
