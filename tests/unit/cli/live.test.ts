import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseLiveArgs, DEFAULT_PORT } from '../../../scripts/live-cli'
import { LiveClient } from '@shared/live/live-client'
import { parseFragment } from '@shared/live/join-link'
import { relayUrl } from '@shared/live/socket'
import { openNodeSocket } from '../../../electron/main/live/node-socket'
import { readChart } from '@shared/doc'

const ROOT = resolve(__dirname, '../../..')

describe('npm run live: arguments', () => {
  it('defaults to the room network on the default port', () => {
    expect(parseLiveArgs([])).toEqual({ host: '0.0.0.0', port: DEFAULT_PORT })
    expect(parseLiveArgs(['--host', '127.0.0.1', '--port', '0', '--chart', 'a.orgchart.json'])).toEqual({ host: '127.0.0.1', port: 0, chart: 'a.orgchart.json' })
    expect(parseLiveArgs(['--help'])).toBe('help')
  })

  it('says what is wrong with bad arguments', () => {
    expect(() => parseLiveArgs(['--port', 'x'])).toThrow(/--port takes a port number/)
    expect(() => parseLiveArgs(['--port', '70000'])).toThrow(/--port takes a port number/)
    expect(() => parseLiveArgs(['--chart'])).toThrow(/--chart needs a value/)
    expect(() => parseLiveArgs(['--bogus'])).toThrow(/unknown option "--bogus"/)
  })
})

describe('npm run live: a session', () => {
  it('prints exactly one line, Join: <url>, and a participant gets the chart from it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--host', '127.0.0.1', '--port', '4218', '--chart', 'tests/fixtures/charts/tiny.orgchart.json'], { cwd: ROOT })
    let out = ''
    const line = await new Promise<string>((resolveLine, reject) => {
      child.stdout.on('data', (d) => {
        out += String(d)
        if (out.includes('\n')) resolveLine(out)
      })
      child.on('exit', (code) => reject(new Error(`exited with ${code}`)))
    })
    try {
      expect(line).toMatch(/^Join: http:\/\/127\.0\.0\.1:4218\/#live=[\w-]+\.[\w-]+\n$/)
      const url = line.slice('Join: '.length).trim()
      const parsed = parseFragment(url.slice(url.indexOf('#')))
      if (!parsed.ok) throw new Error(parsed.problem)
      const p = new LiveClient({ url: relayUrl(url, parsed.link.roomId), link: parsed.link, doc: new Y.Doc(), openSocket: openNodeSocket })
      await p.start()
      expect(await p.whenSettled()).toBe('live')
      expect(readChart(p.doc).roles.length).toBeGreaterThan(0)
      p.stop()
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)
})
