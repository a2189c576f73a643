// `npm run live`: hosts a live session without the desktop app. Serves the built app on the
// room's network, keeps the chart in a host client here that holds the session key (so the
// session lives as long as this command runs), and prints exactly one line, `Join: <url>`.
// A browser on this computer that opens the link can take the facilitator's controls.
// Imports are relative because tsx does not apply the @shared alias here.

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import type { Chart } from '../shared/model/chart'
import { defaultChart } from '../shared/fixtures/default-chart'
import { parseChartFile, serializeChart } from '../shared/format/chart-file'
import { createChartDoc, readChart } from '../shared/doc'
import { joinUrl, newSessionSecrets } from '../shared/live/join-link'
import { LiveClient } from '../shared/live/live-client'
import { deriveSessionKeys } from '../shared/live/session-keys'
import { relayUrl } from '../shared/live/socket'
import { startLiveServer } from '../electron/main/live/server'
import { openNodeSocket } from '../electron/main/live/node-socket'
import { linkHost } from '../electron/main/live/lan-address'

const ROOT = resolve(__dirname, '..')
export const DEFAULT_PORT = 4310

const USAGE = `Usage: npm run live -- [--host H] [--port P] [--chart FILE] [--save FILE]

Hosts a live session on this computer: participants open the printed link in a browser.

  --host H      address to listen on (default 0.0.0.0: the room's network)
  --port P      port (default ${DEFAULT_PORT}; 0 picks a free one)
  --chart FILE  the chart to share (an .orgchart.json file; default: the example chart)
  --save FILE   when the session ends (Ctrl+C), write the chart as it is then to FILE`

export interface LiveArgs {
  readonly host: string
  readonly port: number
  readonly chart?: string
  readonly save?: string
}

export function parseLiveArgs(argv: readonly string[]): LiveArgs | 'help' {
  const out: { host: string; port: number; chart?: string; save?: string } = { host: '0.0.0.0', port: DEFAULT_PORT }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--help' || a === '-h') return 'help'
    const value = () => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value. Run with --help to see the options.`)
      return v
    }
    if (a === '--host') out.host = value()
    else if (a === '--port') {
      const v = value()
      const port = Number(v)
      if (!/^\d+$/.test(v) || port > 65535) throw new Error(`--port takes a port number from 0 to 65535 (got "${v}").`)
      out.port = port
    } else if (a === '--chart') out.chart = value()
    else if (a === '--save') out.save = value()
    else throw new Error(`unknown option "${a}". Run with --help to see the options.`)
  }
  return out
}

function readChartFile(file: string): Chart {
  const path = resolve(file)
  if (!existsSync(path)) throw new Error(`there is no file at ${path}.`)
  const parsed = parseChartFile(readFileSync(path, 'utf8'))
  if (!parsed.ok) {
    const list = parsed.problems.slice(0, 5).map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n')
    throw new Error(`${file} is not a chart this app can open:\n${list}`)
  }
  return parsed.chart
}

function ensureBuilt(): string {
  const dir = join(ROOT, 'out', 'renderer')
  if (existsSync(join(dir, 'index.html'))) return dir
  process.stderr.write('The app is not built yet; building it (electron-vite build)…\n')
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0 || !existsSync(join(dir, 'index.html'))) throw new Error('the app could not be built; run `npm run build` and look at its errors.')
  return dir
}

/** Resolves with an exit code on failure, or null once the session runs (it ends on Ctrl+C). */
export async function runLive(argv: readonly string[]): Promise<number | null> {
  let args: LiveArgs
  let chart: Chart
  try {
    const parsed = parseLiveArgs(argv)
    if (parsed === 'help') {
      process.stdout.write(USAGE + '\n')
      return 0
    }
    args = parsed
    chart = args.chart ? readChartFile(args.chart) : defaultChart()
  } catch (e) {
    process.stderr.write(`npm run live: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  let server
  try {
    server = await startLiveServer({ host: args.host, port: args.port, rendererDir: ensureBuilt(), facilitatorOnLoopback: true, publicBase: (port) => `http://${linkHost(args.host)}:${port}/` })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    const busy = /EADDRINUSE/.test(why) ? ` Port ${args.port} is in use: pick another with --port.` : ''
    process.stderr.write(`npm run live: could not listen on ${args.host}:${args.port} (${why}).${busy}\n`)
    return 2
  }
  const secrets = newSessionSecrets()
  const keys = await deriveSessionKeys(secrets.secret, secrets.roomId)
  server.relay.openRoom({ roomId: secrets.roomId, accessToken: keys.accessToken, hostToken: secrets.hostToken })
  const doc = createChartDoc(chart)
  const host = new LiveClient({ url: relayUrl(`http://127.0.0.1:${server.port}/`, secrets.roomId), link: secrets, doc, openSocket: openNodeSocket, seed: true })
  await host.start()
  await host.whenSettled()
  process.stdout.write(`Join: ${joinUrl(`http://${linkHost(args.host)}:${server.port}/`, secrets)}\n`)

  let ending = false
  const end = async () => {
    if (ending) return
    ending = true
    if (args.save) {
      writeFileSync(resolve(args.save), serializeChart(readChart(doc)))
      process.stderr.write(`Saved the session's chart to ${resolve(args.save)}.\n`)
    }
    // Closing the relay tells every participant the session ended.
    host.stop()
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void end())
  process.on('SIGTERM', () => void end())
  // The facilitator ended the session from their browser.
  host.subscribe(() => {
    if (host.status === 'ended') void end()
  })
  return null
}
