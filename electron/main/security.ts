// Hardening applied to every web page the app creates: no navigation away from the
// app (of the page or any frame), no new windows or webviews, no devices (HID, serial,
// USB) and no screen sharing, links out only to allow-listed https hosts (in the
// system browser), every permission refused but the two the app page uses (see
// policy.ts), no remote content.
import { app, session, shell, type Session, type WebContents } from 'electron'
import { isAllowedExternalUrl } from './external-links'
import { isTrustedUrl } from './origin'
import { isBlockedRequest, isPermissionGranted } from './policy'

export function installSecurityPolicy(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins))
  applySessionPolicy(session.defaultSession, origins)
}

export function applySessionPolicy(ses: Session, origins: readonly string[]): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, origins))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, origins)
  )
  // The app uses no devices and never shares the screen: say no explicitly rather than
  // rely on defaults that differ between Electron versions.
  ses.setDevicePermissionHandler(() => false)
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}))
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback(null)
  })
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isBlockedRequest(details.url, origins)
    if (cancel) console.warn(`Blocked a request to ${details.url}: the app loads no remote content.`)
    callback({ cancel })
  })
}

function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, origins)) return
    event.preventDefault()
    openOutside(event.url)
  })
  // Frames (an iframe the page might make) are held to the same rule as the page itself.
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function openOutside(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`Refused to open ${url}: not an allowed external link.`)
    return
  }
  shell.openExternal(url).catch((error: unknown) => console.warn(`Could not open ${url} in the browser`, error))
}
