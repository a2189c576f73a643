import { describe, expect, it } from 'vitest'
import { trustedOrigins } from '../../../electron/main/origin'
import { isBlockedRequest, isPermissionGranted } from '../../../electron/main/policy'

const prod = trustedOrigins(undefined, true)
const dev = trustedOrigins('http://localhost:5173', false)

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock', 'unknown'])(
    'refuses %s even to the app',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://org-workbench/index.html', prod)).toBe(false)
    }
  )

  it('lets only the app page write text to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://org-workbench/index.html', prod)).toBe(true)
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://org-workbench', prod)).toBe(true)
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/', prod)).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', undefined, prod)).toBe(false)
  })

  it('lets only the app page go full screen, which present mode asks for', () => {
    expect(isPermissionGranted('fullscreen', 'app://org-workbench/index.html', prod)).toBe(true)
    expect(isPermissionGranted('fullscreen', 'http://localhost:5173/', dev)).toBe(true)
    expect(isPermissionGranted('fullscreen', 'http://localhost:5173/', prod)).toBe(false)
    expect(isPermissionGranted('fullscreen', 'https://example.com/', prod)).toBe(false)
  })
})

describe('network requests', () => {
  it('blocks all remote content in production', () => {
    expect(isBlockedRequest('https://fonts.googleapis.com/css', prod)).toBe(true)
    expect(isBlockedRequest('http://127.0.0.1:8080/', prod)).toBe(true)
    expect(isBlockedRequest('wss://example.com/socket', prod)).toBe(true)
  })

  it('lets app, data and blob URLs through', () => {
    expect(isBlockedRequest('app://org-workbench/assets/a.js', prod)).toBe(false)
    expect(isBlockedRequest('data:image/png;base64,AAAA', prod)).toBe(false)
    expect(isBlockedRequest('blob:app://org-workbench/1234', prod)).toBe(false)
  })

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false)
    expect(isBlockedRequest('ws://localhost:5173/', dev)).toBe(false)
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', prod)).toBe(true)
    expect(isBlockedRequest('https://localhost:5173/', dev)).toBe(true)
  })
})
