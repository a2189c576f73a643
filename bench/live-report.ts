// The live-session rows of `npm run bench` (bench/live.ts measures them), each with its target.
import { loadavg } from 'node:os'
import { liveFigures } from './live'
import type { Results } from './report'

export async function addLiveFigures(results: Results, quick: boolean, log: (s: string) => void): Promise<void> {
  const roles = 500
  const joinRoles = 2000
  try {
    const f = await liveFigures({ participants: 30, roles, seconds: quick ? 15 : 60, joinRoles, log })
    const load = `load average ${loadavg()[0]!.toFixed(1)}`
    const verdict = (v: number, max: number) => `target ≤ ${max} ms: ${v <= max ? 'met' : 'MISSED'}`
    results.add('live.edit-to-visible-p50', roles, f.latencyP50, 'ms', { note: `30 participants, ${f.edits} edits, ${f.deliveries} deliveries` })
    results.add('live.edit-to-visible-p95', roles, f.latencyP95, 'ms', { note: `${verdict(f.latencyP95, 100)}; ${load}` })
    results.add('live.host-cpu', roles, f.hostCpu * 100, '% of a core', { note: 'server, relay and the host client, while 30 participants edit' })
    results.add('live.join', joinRoles, f.joinMs, 'ms', { note: `median of 3 new participants: connect, sync, chart read; ${verdict(f.joinMs, 2000)}` })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    results.skip('live.edit-to-visible-p95', roles, 'ms', why)
    results.skip('live.join', joinRoles, 'ms', why)
  }
}
