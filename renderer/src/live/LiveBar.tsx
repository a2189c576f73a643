// The strip above the workbench during a live session: connection state, who is here (names
// and colours), Follow facilitator, this participant's name, and why the session stopped.

import { useState } from 'react'
import { isInSession, useLive } from './live-store'
import { rememberName } from './my-name'
import { leaveSession, rename, setFollow, takeFacilitatorControls } from './live-session'

const STATE_TEXT = {
  live: 'Live',
  joining: 'Connecting…',
  starting: 'Starting…',
  offline: 'Offline — your changes are kept and merge when the connection is back',
  ended: 'Session ended',
  refused: 'Not in the session',
  diverged: 'Out of step with the session',
  idle: ''
} as const

export function LiveBar() {
  const phase = useLive((s) => s.phase)
  const role = useLive((s) => s.role)
  const people = useLive((s) => s.people)
  const follow = useLive((s) => s.follow)
  const problem = useLive((s) => s.problem)
  const canFacilitate = useLive((s) => s.canFacilitate)
  const shown = useLive((s) => s.chartShown)
  const me = people.find((p) => p.me)
  const [name, setName] = useState<string | null>(null)
  if (phase === 'idle' || !shown) return null
  const stopped = !isInSession(useLive.getState())
  const hasFacilitator = people.some((p) => p.host && !p.me)

  return (
    <div className={`live-bar${stopped ? ' is-problem' : ''}`} role="region" aria-label="Live session" data-testid="live-bar">
      {!stopped && <span className={`live-dot${phase === 'offline' ? ' is-offline' : ''}`} aria-hidden="true" />}
      <strong data-testid="live-state">{STATE_TEXT[phase]}</strong>
      {stopped && problem && <span role="alert">{problem}</span>}
      {stopped && phase === 'diverged' && <button className="btn" onClick={() => location.reload()}>Reload</button>}
      {stopped && role === 'host' && <button className="btn" onClick={leaveSession}>Close</button>}
      {!stopped && (
        <>
          <ul className="live-people" aria-label="People in this session" data-testid="live-people">
            {people.map((p) => (
              <li key={p.client} className="live-person" data-testid="live-person">
                <span className="live-swatch" style={{ background: p.colour }} aria-hidden="true" />
                {p.name}
                {p.host ? ' (facilitator)' : ''}
                {p.me ? ' (you)' : ''}
              </li>
            ))}
          </ul>
          <span className="live-spacer" />
          {role === 'participant' && (
            <button className="btn" aria-pressed={follow} disabled={!hasFacilitator && !follow} onClick={() => setFollow(!follow)} title="Your view follows what the facilitator shows">
              Follow facilitator
            </button>
          )}
          {canFacilitate && role === 'participant' && (
            <button className="btn" onClick={() => void takeFacilitatorControls()} title="This computer hosts the session: take the facilitator’s controls">
              Facilitate from here
            </button>
          )}
          {me && (
            <label>
              <span className="wd-hidden">Your name</span>
              <input
                className="live-name"
                aria-label="Your name"
                value={name ?? me.name}
                maxLength={40}
                onChange={(e) => setName(e.target.value)}
                onBlur={() => {
                  if (name === null) return
                  rename(name)
                  rememberName(name)
                  setName(null)
                }}
                onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              />
            </label>
          )}
        </>
      )}
    </div>
  )
}
