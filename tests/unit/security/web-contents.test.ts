// The hardening security.ts installs on every page, run against stand-ins for Electron's
// app, session and shell: navigation away from the app is stopped, window.open is always
// denied, only allow-listed https links reach the system browser, webviews are refused,
// permission requests are denied and remote requests cancelled.

import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  const appListeners = new Map<string, Listener[]>()
  const fakeSession = () => ({
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    setPermissionRequestHandler(fn: Listener) {
      this.permissionRequest = fn
    },
    setPermissionCheckHandler(fn: Listener) {
      this.permissionCheck = fn
    },
    deviceCheck: undefined as Listener | undefined,
    displayMedia: undefined as Listener | undefined,
    sessionListeners: new Map<string, Listener>(),
    setDevicePermissionHandler(fn: Listener) {
      this.deviceCheck = fn
    },
    setDisplayMediaRequestHandler(fn: Listener) {
      this.displayMedia = fn
    },
    on(event: string, fn: Listener) {
      this.sessionListeners.set(event, fn)
    },
    webRequest: {
      onBeforeRequest(fn: Listener) {
        defaultSession.beforeRequest = fn
      }
    }
  })
  const defaultSession = fakeSession()
  return {
    appListeners,
    defaultSession,
    openExternal: vi.fn(async (_url: string) => undefined),
    module: {
      app: {
        on(event: string, fn: Listener) {
          appListeners.set(event, [...(appListeners.get(event) ?? []), fn])
        }
      },
      session: { defaultSession },
      shell: { openExternal: (url: string) => electron.openExternal(url) }
    }
  }
})
vi.mock('electron', () => electron.module)

const { installSecurityPolicy } = await import('../../../electron/main/security')
const { trustedOrigins } = await import('../../../electron/main/origin')
const { isAllowedExternalUrl } = await import('../../../electron/main/external-links')

const APP_PAGE = 'app://org-workbench/index.html'
const origins = trustedOrigins(undefined, true)

/** A stand-in for a WebContents: records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, ((event: unknown) => void)[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  return {
    on(event: string, fn: (event: unknown) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
      return this
    },
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      openHandler = fn
    },
    /** Emits `name` with an event for `url`; true when a listener prevented it. */
    emit(name: string, url: string): boolean {
      const event = { url, preventDefault: vi.fn() }
      for (const fn of listeners.get(name) ?? []) fn(event)
      return event.preventDefault.mock.calls.length > 0
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window-open handler installed')
      return openHandler({ url })
    }
  }
}

beforeEach(() => {
  electron.openExternal.mockClear()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

installSecurityPolicy(origins)

function hardenedPage() {
  const contents = fakeContents()
  const created = electron.appListeners.get('web-contents-created') ?? []
  expect(created).toHaveLength(1)
  for (const fn of created) fn({}, contents)
  return contents
}

describe('navigation', () => {
  it('stays possible within the app origin', () => {
    const page = hardenedPage()
    expect(page.emit('will-navigate', 'app://org-workbench/index.html#/chart/2')).toBe(false)
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it.each([
    ['a remote page', 'https://evil.example/phish'],
    ['plain http', 'http://github.com/'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['another app host', 'app://evil/index.html'],
    ['a javascript URL', 'javascript:alert(1)']
  ])('is blocked to %s, which is not opened anywhere', (_what, url) => {
    const page = hardenedPage()
    expect(page.emit('will-navigate', url)).toBe(true)
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('to an allow-listed https link is blocked in the app and opened in the system browser instead', () => {
    const page = hardenedPage()
    expect(page.emit('will-navigate', 'https://github.com/org-workbench')).toBe(true)
    expect(electron.openExternal).toHaveBeenCalledWith('https://github.com/org-workbench')
  })

  it('is blocked when a redirect leaves the app origin', () => {
    const page = hardenedPage()
    expect(page.emit('will-redirect', 'https://evil.example/')).toBe(true)
    expect(page.emit('will-redirect', APP_PAGE)).toBe(false)
  })

  it('cannot attach a webview', () => {
    expect(hardenedPage().emit('will-attach-webview', APP_PAGE)).toBe(true)
  })
})

const url = fc
  .tuple(
    fc.constantFrom('https', 'http', 'file', 'app', 'smb', 'javascript', 'vscode'),
    fc.constantFrom('github.com', 'GitHub.com', 'www.electronjs.org', 'org-workbench', 'evil.example', 'github.com.evil.io', 'user:pw@github.com', 'github.com:8443'),
    fc.string({ maxLength: 20 })
  )
  .map(([scheme, host, path]) => `${scheme}://${host}/${encodeURI(path)}`)

describe('window.open', () => {
  it('is denied for every URL, and only allow-listed https links open in the system browser', () => {
    const page = hardenedPage()
    for (const url of [APP_PAGE, 'https://github.com/x', 'https://evil.example/', 'file:///etc/passwd', 'about:blank', 'smb://server/share']) {
      expect(page.open(url)).toEqual({ action: 'deny' })
    }
    expect(electron.openExternal.mock.calls).toEqual([['https://github.com/x']])
  })

  it('is denied whatever the page asks for', () => {
    const page = hardenedPage()
    fc.assert(
      fc.property(fc.oneof(url, fc.string(), fc.constantFrom('https://github.com/', APP_PAGE)), (url) => {
        electron.openExternal.mockClear()
        expect(page.open(url)).toEqual({ action: 'deny' })
        for (const [opened] of electron.openExternal.mock.calls) expect(isAllowedExternalUrl(opened)).toBe(true)
      }),
      { numRuns: 100 }
    )
  })
})

describe('the default session', () => {
  const ask = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined
    electron.defaultSession.permissionRequest!({}, permission, (ok: boolean) => (granted = ok), { requestingUrl })
    return granted!
  }

  it.each(['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'openExternal', 'clipboard-read', 'display-capture'])(
    'denies a %s permission request, even from the app page',
    (permission) => {
      expect(ask(permission, APP_PAGE)).toBe(false)
      expect(electron.defaultSession.permissionCheck!({}, permission, 'app://org-workbench')).toBe(false)
    }
  )

  it('grants clipboard writes only to the app page', () => {
    expect(ask('clipboard-sanitized-write', APP_PAGE)).toBe(true)
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false)
  })

  it('lets the app page, and no other, go full screen for present mode', () => {
    expect(ask('fullscreen', APP_PAGE)).toBe(true)
    expect(ask('fullscreen', 'https://evil.example/')).toBe(false)
  })

  it('cancels requests for remote content', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined
      electron.defaultSession.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel))
      return cancel
    }
    expect(decide('https://fonts.googleapis.com/css')).toBe(true)
    expect(decide('app://org-workbench/assets/index.js')).toBe(false)
  })
})

describe('devices and screen sharing', () => {
  const ses = electron.defaultSession

  it('refuses every device permission check (HID, serial, USB), even for the app page', () => {
    for (const deviceType of ['hid', 'serial', 'usb']) expect(ses.deviceCheck?.({ deviceType, origin: 'app://org-workbench' })).toBe(false)
  })

  it.each([
    ['select-hid-device', [{ deviceList: [{ deviceId: 'keyboard' }] }], null],
    ['select-serial-port', [[{ portId: 'COM1' }], {}], ''],
    ['select-usb-device', [{ deviceList: [{ deviceId: 'stick' }] }], undefined]
  ])('answers %s by choosing no device', (name, args, chosen) => {
    const listener = ses.sessionListeners.get(name)
    expect(listener, name).toBeDefined()
    const event = { preventDefault: vi.fn() }
    const callback = vi.fn()
    listener!(event, ...args, callback)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback.mock.calls[0][0]).toBe(chosen)
  })

  it('denies screen sharing: the display-media handler grants no video and no audio', () => {
    const callback = vi.fn()
    ses.displayMedia?.({ frame: {}, securityOrigin: 'app://org-workbench' }, callback)
    expect(callback).toHaveBeenCalledWith({})
  })

  it('stops a frame from navigating away from the app', () => {
    const page = hardenedPage()
    expect(page.emit('will-frame-navigate', 'https://evil.example/')).toBe(true)
    expect(page.emit('will-frame-navigate', 'app://org-workbench/index.html')).toBe(false)
  })
})
