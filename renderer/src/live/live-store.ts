// What the live-session UI shows: the phase of this window's session, who is here, and
// the facilitator's controls. Written only by live-session.ts.

import { create } from 'zustand'
import type { Person } from './people'

export type LivePhase = 'idle' | 'starting' | 'joining' | 'live' | 'offline' | 'ended' | 'refused' | 'diverged'

export interface LiveUi {
  readonly phase: LivePhase
  readonly role: 'host' | 'participant' | null
  /** Why the session cannot go on, for the user. */
  readonly problem: string | null
  /** The link participants open (hosts only). */
  readonly joinUrl: string | null
  readonly people: readonly Person[]
  readonly locked: boolean
  readonly follow: boolean
  /** This browser runs on the host computer of `npm run live` and may take the facilitator's controls. */
  readonly canFacilitate: boolean
  readonly dialogOpen: boolean
  /** The session's chart is in the workbench (from then on problems show in the bar, over the chart). */
  readonly chartShown: boolean
  /** Changes others sent that could not be opened (wrong key or tampering). */
  readonly undecryptable: number
}

export const useLive = create<LiveUi>()(() => ({
  phase: 'idle',
  role: null,
  problem: null,
  joinUrl: null,
  people: [],
  locked: false,
  follow: false,
  canFacilitate: false,
  dialogOpen: false,
  chartShown: false,
  undecryptable: 0
}))

export const isInSession = (s: LiveUi) => s.phase === 'live' || s.phase === 'offline' || s.phase === 'joining' || s.phase === 'starting'
