// Every window the app opens is isolated and sandboxed with no Node access, and the
// hidden print window cannot run script at all. The options come from one builder;
// a scan of the main-process sources makes sure no window is created without it.

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  appWindowWebPreferences,
  LOCKED_WEB_PREFERENCES,
  secureWebPreferences
} from '../../../electron/main/web-preferences'

const MAIN_DIR = resolve(__dirname, '../../../electron/main')

function expectLockedDown(prefs: ReturnType<typeof secureWebPreferences>): void {
  expect(prefs.contextIsolation).toBe(true)
  expect(prefs.sandbox).toBe(true)
  expect(prefs.nodeIntegration).toBe(false)
  expect(prefs.nodeIntegrationInWorker).toBe(false)
  expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  expect(prefs.webSecurity).toBe(true)
  expect(prefs.allowRunningInsecureContent).toBe(false)
  expect(prefs.webviewTag).toBe(false)
  expect(prefs).not.toHaveProperty('experimentalFeatures', true)
  expect(prefs).not.toHaveProperty('enableBlinkFeatures')
}

describe('web preferences of every window', () => {
  it.each([
    ['the app window, packaged', appWindowWebPreferences({ preloadPath: '/app/out/preload/index.js', isPackaged: true })],
    ['the app window, in development', appWindowWebPreferences({ preloadPath: '/app/out/preload/index.js', isPackaged: false })],
    ['a window built with no extra settings', secureWebPreferences()]
  ])('%s: context isolation, sandbox, no Node integration, web security on', (_name, prefs) => {
    expectLockedDown(prefs)
  })

  it('cannot be loosened by a caller passing the locked settings anyway', () => {
    const inverted = Object.fromEntries(Object.entries(LOCKED_WEB_PREFERENCES).map(([key, value]) => [key, !value]))
    const prefs = secureWebPreferences(inverted as Parameters<typeof secureWebPreferences>[0])
    expect(prefs).toMatchObject(LOCKED_WEB_PREFERENCES)
    expectLockedDown(prefs)
  })

  it('gives the app window the preload bridge and devtools only when unpackaged', () => {
    const packaged = appWindowWebPreferences({ preloadPath: '/p/index.js', isPackaged: true })
    const dev = appWindowWebPreferences({ preloadPath: '/p/index.js', isPackaged: false })
    expect(packaged.preload).toBe('/p/index.js')
    expect(packaged.devTools).toBe(false)
    expect(dev.devTools).toBe(true)
  })

})

describe('windows created by the main process', () => {
  const sources = readdirSync(MAIN_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(MAIN_DIR, f), 'utf8') }))
  const creating = sources.filter((s) => /new BrowserWindow\(/.test(s.text))

  it('are the app window alone (PDFs are drawn by pdf-lib, no print window)', () => {
    expect(creating.map((s) => s.file).sort()).toEqual(['window.ts'])
  })

  it.each(creating.map((s) => [s.file, s.text] as const))('%s takes its web preferences from the builder', (_file, text) => {
    const windows = text.match(/new BrowserWindow\(/g) ?? []
    const built = text.match(/webPreferences: (appWindowWebPreferences|secureWebPreferences)\(/g) ?? []
    expect(built.length).toBe(windows.length)
    expect(text).not.toMatch(/webPreferences: \{/)
  })

  it('never turn on Node integration or turn off isolation, sandbox or web security anywhere', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/nodeIntegration\w*: true|contextIsolation: false|sandbox: false|webSecurity: false/)
    }
  })

  it('sandbox every renderer process, app-wide', () => {
    const index = sources.find((s) => s.file === 'index.ts')!.text
    expect(index).toMatch(/app\.enableSandbox\(\)/)
  })
})
