// The host side of the live-session benchmark, in its own process so its CPU time is its
// own: the real server and relay plus a Node host client holding a generated chart, as
// `npm run live` runs them. Talks to bench/live.ts over stdin/stdout, one JSON line each.

import { createInterface } from 'node:readline'
import { resolve } from 'node:path'
import { createChartDoc } from '../shared/doc'
import { formatFragment, newSessionSecrets } from '../shared/live/join-link'
import { LiveClient } from '../shared/live/live-client'
import { deriveSessionKeys } from '../shared/live/session-keys'
import { relayUrl } from '../shared/live/socket'
import { openNodeSocket } from '../electron/main/live/node-socket'
import { startLiveServer } from '../electron/main/live/server'
import { generateChart } from './generate'

async function main(): Promise<void> {
  const roles = Number(process.argv[2] ?? 500)
  const server = await startLiveServer({ host: '127.0.0.1', port: 0, rendererDir: resolve(__dirname, '../out/renderer') })
  const secrets = newSessionSecrets()
  const keys = await deriveSessionKeys(secrets.secret, secrets.roomId)
  server.relay.openRoom({ roomId: secrets.roomId, accessToken: keys.accessToken, hostToken: secrets.hostToken })
  const doc = createChartDoc(generateChart(roles))
  const host = new LiveClient({ url: relayUrl(`http://127.0.0.1:${server.port}/`, secrets.roomId), link: secrets, doc, openSocket: openNodeSocket, seed: true })
  await host.start()
  await host.whenSettled()
  const say = (o: object) => process.stdout.write(JSON.stringify(o) + '\n')
  say({ ready: true, base: `http://127.0.0.1:${server.port}/`, fragment: formatFragment(secrets) })
  let mark = { cpu: process.cpuUsage(), at: process.hrtime.bigint() }
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'mark') {
      mark = { cpu: process.cpuUsage(), at: process.hrtime.bigint() }
      say({ marked: true })
    } else if (line === 'cpu') {
      const used = process.cpuUsage(mark.cpu)
      const wallMs = Number(process.hrtime.bigint() - mark.at) / 1e6
      say({ cpuMs: (used.user + used.system) / 1000, wallMs, backlogBytes: server.relay.room(secrets.roomId)?.backlogBytes ?? 0 })
    } else if (line === 'quit') break
  }
  host.stop()
  await server.close()
  process.exit(0)
}

void main()
