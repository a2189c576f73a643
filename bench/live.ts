// Live-session figures for `npm run bench`: simulated participants (Node clients through
// the real protocol: websockets, sealing, Yjs sync and awareness, the real relay) edit a
// generated chart once a second each; we time each edit from the sender's change to its
// arrival in every other participant's document, and the host's CPU. Then the time a new
// participant needs to join a big chart (connected, synced, chart materialised).
// All participants share this one process (and this machine's cores with the host), so
// the latency includes queueing behind 29 other clients' work: a laptop per person does better.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface } from 'node:readline'
import { resolve } from 'node:path'
import * as Y from 'yjs'
import { readChart } from '../shared/doc'
import { parseFragment, type JoinSecrets } from '../shared/live/join-link'
import { LiveClient } from '../shared/live/live-client'
import { relayUrl } from '../shared/live/socket'
import { openNodeSocket } from '../electron/main/live/node-socket'
import { percentile } from './stats'

export interface LiveOptions {
  readonly participants: number
  readonly roles: number
  readonly seconds: number
  readonly joinRoles: number
  readonly log: (s: string) => void
}

export interface LiveFigures {
  readonly latencyP50: number
  readonly latencyP95: number
  readonly deliveries: number
  readonly edits: number
  /** Share of one core the host process used while the participants edited. */
  readonly hostCpu: number
  readonly joinMs: number
}

export interface Host {
  child: ChildProcessWithoutNullStreams
  ask(line: string): Promise<Record<string, unknown>>
  base: string
  link: JoinSecrets
}

export async function startHost(roles: number): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'live-host.ts'), String(roles)], { cwd: resolve(__dirname, '..') })
  child.stderr.on('data', (d) => process.stderr.write(d))
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>
  const ready = await next()
  const parsed = parseFragment(String(ready.fragment))
  if (!parsed.ok) throw new Error(parsed.problem)
  return {
    child,
    base: String(ready.base),
    link: parsed.link,
    ask: async (line) => {
      child.stdin.write(line + '\n')
      return next()
    }
  }
}

async function join(host: Host): Promise<LiveClient> {
  const c = new LiveClient({ url: relayUrl(host.base, host.link.roomId), link: { roomId: host.link.roomId, secret: host.link.secret }, doc: new Y.Doc(), openSocket: openNodeSocket })
  await c.start()
  if ((await c.whenSettled()) !== 'live') throw new Error(`a participant could not join: ${c.problem}`)
  return c
}

export async function liveFigures(o: LiveOptions): Promise<LiveFigures> {
  o.log(`  live: ${o.participants} participants, ${o.roles} roles, one edit per second each for ${o.seconds} s`)
  const host = await startHost(o.roles)
  const clients: LiveClient[] = []
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let edits = 0
  try {
    for (let i = 0; i < o.participants; i++) clients.push(await join(host))
    const chart = readChart(clients[0]!.doc)
    const roleIds = chart.roles.map((r) => r.id)
    // Each participant moves its own duties, so every edit is a real change somewhere.
    const dutiesOf = clients.map((_, i) => chart.duties.filter((_d, k) => k % clients.length === i).map((d) => d.id))
    for (const c of clients) {
      c.doc.getMap<Y.Map<unknown>>('duties').observeDeep((events, tr) => {
        if (tr.origin !== c.remoteOrigin) return
        const now = performance.now()
        for (const e of events) {
          const dutyId = e.path[0] === undefined ? null : String(e.path[0])
          if (!dutyId || !(e.target instanceof Y.Map)) continue
          const at = sentAt.get(`${dutyId}>${String(e.target.get('roleId'))}`)
          if (at !== undefined) latencies.push(now - at)
        }
      })
    }
    await host.ask('mark')
    const started = performance.now()
    await new Promise<void>((done) => {
      const timers = clients.map((c, i) =>
        setTimeout(function edit() {
          if (performance.now() - started > o.seconds * 1000) return
          const duties = dutiesOf[i]!
          const dutyId = duties[edits % duties.length]!
          const roleId = roleIds[Math.floor(Math.random() * roleIds.length)]!
          sentAt.set(`${dutyId}>${roleId}`, performance.now())
          // The field write an assignDuty edit makes; the app's validation before it is not what is timed here.
          c.doc.getMap<Y.Map<unknown>>('duties').get(dutyId)?.set('roleId', roleId)
          edits++
          timers[i] = setTimeout(edit, 1000)
        }, (i * 1000) / clients.length)
      )
      setTimeout(() => {
        timers.forEach(clearTimeout)
        done()
      }, o.seconds * 1000 + 1500)
    })
    const cpu = await host.ask('cpu')
    const hostCpu = Number(cpu.cpuMs) / Number(cpu.wallMs)
    for (const c of clients) c.stop()
    await host.ask('quit').catch(() => undefined)

    o.log(`  live: join a ${o.joinRoles}-role chart`)
    const big = await startHost(o.joinRoles)
    // Three participants join one after another: the median, as for every other figure.
    const joins: number[] = []
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now()
      const joiner = await join(big)
      readChart(joiner.doc)
      joins.push(performance.now() - t0)
      joiner.stop()
    }
    const joinMs = percentile(joins, 50)
    big.child.stdin.write('quit\n')
    return {
      latencyP50: percentile(latencies, 50),
      latencyP95: percentile(latencies, 95),
      deliveries: latencies.length,
      edits,
      hostCpu,
      joinMs
    }
  } finally {
    for (const c of clients) c.stop()
    host.child.kill()
  }
}

// `npx tsx bench/live.ts [--quick]`: just these figures.
if (require.main === module) {
  const quick = process.argv.includes('--quick')
  liveFigures({ participants: 30, roles: 500, seconds: quick ? 15 : 60, joinRoles: 2000, log: console.log })
    .then((f) => console.log(JSON.stringify(f, null, 2)))
    .catch((e: unknown) => {
      console.error(e)
      process.exitCode = 1
    })
}
