// This window's part in a live session: joining from a link (participants, and the
// facilitator of `npm run live` on the host computer), hosting from the desktop app, and
// the facilitator's controls. The chart lives in the session's Y.Doc, shown in the
// workbench like any chart; the live client keeps that doc in step with everyone else's.

import * as Y from 'yjs'
import { fromBase64Url } from '@shared/live/bytes'
import { joinUrl, parseFragment, type JoinSecrets } from '@shared/live/join-link'
import { LiveClient, type LiveStatus } from '@shared/live/live-client'
import { colourFor } from '@shared/live/presence'
import { relayUrl, type OpenSocket } from '@shared/live/socket'
import { showDoc } from '../state/chart-doc'
import { setEditRefusal } from '../state/store'
import { allowedWhileLocked, LOCKED_MESSAGE } from '@shared/live/lock-ops'
import { openBrowserSocket } from './browser-socket'
import { useLive, type LivePhase } from './live-store'
import { peopleOf } from './people'
import { publish, setPresenceClient } from './presence-publish'
import { myName } from './my-name'

let client: LiveClient | null = null
let unbind: (() => void) | null = null
let shown = false

const PHASES: Record<LiveStatus, LivePhase> = {
  connecting: 'joining',
  syncing: 'joining',
  live: 'live',
  offline: 'offline',
  ended: 'ended',
  refused: 'refused',
  diverged: 'diverged'
}

// A participant's own edits are checked against Lock structure before they are made.
setEditRefusal((ops) => (client && !client.isHost && client.control.locked && !allowedWhileLocked(ops) ? LOCKED_MESSAGE : null))

export function liveClient(): LiveClient | null {
  return client
}

/** Mirrors the client into the UI store, at most once per frame (pointers move often). */
function bind(c: LiveClient): void {
  unbind?.()
  client = c
  setPresenceClient(c)
  let frame = 0
  const sync = () => {
    frame = 0
    const phase = shown || c.status !== 'live' ? PHASES[c.status] : 'joining'
    useLive.setState({
      phase: phase === 'joining' && shown && c.status !== 'connecting' ? 'offline' : phase,
      problem: c.problem,
      people: peopleOf(c),
      locked: c.control.locked,
      undecryptable: c.stats.undecryptable
    })
  }
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(sync)
  }
  const offStatus = c.subscribe(soon)
  c.awareness.on('change', soon)
  const online = () => c.setOffline(false)
  const offline = () => c.setOffline(true)
  window.addEventListener('online', online)
  window.addEventListener('offline', offline)
  unbind = () => {
    offStatus()
    c.awareness.off('change', soon)
    window.removeEventListener('online', online)
    window.removeEventListener('offline', offline)
    cancelAnimationFrame(frame)
  }
  sync()
}

async function run(link: JoinSecrets, doc: Y.Doc, url: string, openSocket: OpenSocket, seed: boolean): Promise<LiveStatus> {
  const c = new LiveClient({ url, link, doc, openSocket, seed })
  c.awareness.setLocalState({ name: myName(doc.clientID, !!link.hostToken), colour: colourFor(doc.clientID), host: !!link.hostToken })
  bind(c)
  await c.start()
  return c.whenSettled()
}

/** The page was opened with a join link: join it and show its chart. */
export async function joinFromLink(hash: string = location.hash): Promise<void> {
  const parsed = parseFragment(hash)
  if (!parsed.ok) {
    useLive.setState({ phase: 'refused', role: 'participant', problem: parsed.problem })
    return
  }
  const { link } = parsed
  useLive.setState({ phase: 'joining', role: link.hostToken ? 'host' : 'participant', joinUrl: link.hostToken ? joinUrl(location.href, link) : null })
  const doc = new Y.Doc()
  const status = await run(link, doc, relayUrl(location.href, link.roomId), openBrowserSocket, false)
  if (status !== 'live') return
  shown = true
  showDoc(doc, { persist: false })
  useLive.setState({ phase: 'live', chartShown: true })
  if (!link.hostToken) void probeFacilitator(link)
}

// `npm run live` has no window: a browser on the host computer may take the facilitator's
// controls. The server answers only loopback requests that name it as localhost.
let facilitator: { hostToken: Uint8Array; joinBase: string } | null = null

async function probeFacilitator(link: JoinSecrets): Promise<void> {
  if (!/^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname)) return
  try {
    const res = await fetch(`/live/${link.roomId}/facilitator`, { headers: { 'X-Org-Workbench': 'facilitate' } })
    if (!res.ok) return
    const body = (await res.json()) as { hostToken?: string; joinBase?: string }
    const hostToken = body.hostToken ? fromBase64Url(body.hostToken) : null
    if (!hostToken) return
    facilitator = { hostToken, joinBase: body.joinBase ?? location.href }
    useLive.setState({ canFacilitate: true })
  } catch {
    // Not the host computer, or an older host: participants simply do not get the offer.
  }
}

/** Reconnects this window as the facilitator, keeping its copy of the chart. */
export async function takeFacilitatorControls(): Promise<void> {
  const c = client
  if (!c || !facilitator) return
  const link = { ...c.linkSecrets, hostToken: facilitator.hostToken }
  c.stop()
  useLive.setState({ role: 'host', canFacilitate: false, joinUrl: joinUrl(facilitator.joinBase, link), dialogOpen: true })
  await run(link, c.doc, relayUrl(location.href, link.roomId), openBrowserSocket, false)
}

/** Hosts the open chart from the desktop app (the server runs in the main process). */
export async function hostOpenChart(doc: Y.Doc, link: Required<JoinSecrets>, joinBase: string, openSocket: OpenSocket): Promise<void> {
  shown = true
  useLive.setState({ phase: 'starting', role: 'host', joinUrl: joinUrl(joinBase, link), dialogOpen: true, problem: null, chartShown: true })
  await run(link, doc, 'ipc://live', openSocket, true)
}

export function setLocked(locked: boolean): void {
  client?.setLocked(locked)
}

export function removePerson(clientId: number, name: string): void {
  client?.removeParticipant(clientId, name)
}

export function endLiveSession(): void {
  client?.endSession()
}

export function setFollow(follow: boolean): void {
  useLive.setState({ follow })
}

export function rename(name: string): void {
  const clean = name.trim().slice(0, 40)
  if (clean) publish('name', clean)
}

/** Closes this window's connection (the desktop host after the session ended). */
export function leaveSession(): void {
  unbind?.()
  client?.stop()
  client = null
  setPresenceClient(null)
  shown = false
  useLive.setState({ phase: 'idle', role: null, people: [], joinUrl: null, dialogOpen: false, follow: false, canFacilitate: false, chartShown: false, problem: null })
}
