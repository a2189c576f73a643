import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startLiveServer, type LiveServer } from '../../../../electron/main/live/server'
import { resolveInside } from '../../../../electron/main/live/static-files'
import { openNodeSocket } from '../../../../electron/main/live/node-socket'
import { linkHost, lanAddress } from '../../../../electron/main/live/lan-address'
import { LiveClient } from '@shared/live/live-client'
import { newSessionSecrets } from '@shared/live/join-link'
import { deriveSessionKeys } from '@shared/live/session-keys'
import { toBase64Url } from '@shared/live/bytes'
import { relayUrl } from '@shared/live/socket'

const PORT = 4216
let server: LiveServer
let root: string

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; bytes: Buffer; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, headers: res.headers })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'live-server-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Org Workbench</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'big.js'), `const names = ${JSON.stringify(Array.from({ length: 5000 }, (_, i) => `Regional Operations Manager ${i}`))}`)
  server = await startLiveServer({ host: '127.0.0.1', port: PORT, rendererDir: root, facilitatorOnLoopback: true })
})
afterAll(() => server.close())

describe('live server', () => {
  it('serves the built app with its security headers, and nothing outside it', async () => {
    const index = await get('/')
    expect(index.status).toBe(200)
    expect(index.body).toContain('Org Workbench')
    expect(index.headers['content-security-policy']).toContain("script-src 'self'")
    expect(index.headers['x-content-type-options']).toBe('nosniff')
    expect((await get('/assets/app.js')).headers['content-type']).toMatch(/javascript/)
    expect((await get('/../package.json')).status).toBe(404)
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
    expect(resolveInside(root, '/../x')).toBeNull()
    expect(resolveInside(root, '/%00')).toBeNull()
  })

  it('sends the app gzipped to browsers that accept it, the same bytes once unpacked, and plain to others', async () => {
    const plain = await get('/assets/big.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    const packed = await get('/assets/big.js', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers.vary).toBe('Accept-Encoding')
    expect(packed.headers['content-security-policy']).toContain("script-src 'self'")
    expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 4)
    expect(gunzipSync(packed.bytes).equals(plain.bytes)).toBe(true)
    expect((await get('/assets/big.js', { 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined()
    // A file rebuilt while the session runs is sent as it is now, not as first compressed.
    writeFileSync(join(root, 'assets', 'big.js'), 'console.log("rebuilt")')
    expect(gunzipSync((await get('/assets/big.js', { 'Accept-Encoding': 'gzip' })).bytes).toString()).toBe('console.log("rebuilt")')
  })

  it('gives the facilitator token only to a browser on this computer that asks for it explicitly', async () => {
    const s = newSessionSecrets()
    const keys = await deriveSessionKeys(s.secret, s.roomId)
    server.relay.openRoom({ roomId: s.roomId, accessToken: keys.accessToken, hostToken: s.hostToken })
    const path = `/live/${s.roomId}/facilitator`
    expect((await get(path)).status).toBe(404)
    expect((await get(path, { 'X-Org-Workbench': 'facilitate', Host: 'evil.example:4216' })).status).toBe(404)
    const ok = await get(path, { 'X-Org-Workbench': 'facilitate' })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).hostToken).toBe(toBase64Url(s.hostToken))
    server.relay.endRoom(s.roomId)
  })

  it('relays a session between two Node clients over real websockets', async () => {
    const s = newSessionSecrets()
    const keys = await deriveSessionKeys(s.secret, s.roomId)
    server.relay.openRoom({ roomId: s.roomId, accessToken: keys.accessToken, hostToken: s.hostToken })
    const url = relayUrl(`http://127.0.0.1:${PORT}/`, s.roomId)
    const seeded = new Y.Doc()
    seeded.getMap('meta').set('title', 'Warehouse reorganisation')
    const host = new LiveClient({ url, link: s, doc: seeded, openSocket: openNodeSocket, seed: true })
    await host.start()
    expect(await host.whenSettled()).toBe('live')
    const p = new LiveClient({ url, link: { roomId: s.roomId, secret: s.secret }, doc: new Y.Doc(), openSocket: openNodeSocket })
    await p.start()
    expect(await p.whenSettled()).toBe('live')
    expect(p.doc.getMap('meta').get('title')).toBe('Warehouse reorganisation')
    host.stop()
    p.stop()
    server.relay.endRoom(s.roomId)
  })

  it('refuses websockets anywhere but /live/<room>', async () => {
    const closed = await new Promise<number>((resolve) => {
      openNodeSocket(`ws://127.0.0.1:${PORT}/elsewhere`, { open: () => undefined, message: () => undefined, close: (code) => resolve(code) })
    })
    expect(closed).toBe(1006)
  })

  it('links use the LAN address when listening on every interface', () => {
    const nets = { eth0: [{ address: '192.168.1.20', family: 'IPv4', internal: false }], lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] }
    expect(lanAddress(nets as never)).toBe('192.168.1.20')
    expect(linkHost('0.0.0.0', nets as never)).toBe('192.168.1.20')
    expect(linkHost('127.0.0.1', nets as never)).toBe('127.0.0.1')
  })
})
