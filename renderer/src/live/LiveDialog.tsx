// The facilitator's live-session panel: the join link and its QR code to put on the
// projector, who is here (with Remove), Lock structure, and End session.

import { useEffect, useState } from 'react'
import QRCode from 'qrcode'
import { WorkshopDialog } from '../workshop/compare/WorkshopDialog'
import { useLive } from './live-store'
import { endLiveSession, removePerson, setLocked } from './live-session'

function useQr(url: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    if (!url) return
    let live = true
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((text) => live && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`))
      .catch(() => live && setSvg(null))
    return () => {
      live = false
    }
  }, [url])
  return svg
}

export function LiveDialog() {
  const open = useLive((s) => s.dialogOpen)
  const role = useLive((s) => s.role)
  const url = useLive((s) => s.joinUrl)
  const people = useLive((s) => s.people)
  const locked = useLive((s) => s.locked)
  const phase = useLive((s) => s.phase)
  const qr = useQr(open ? url : null)
  const [copied, setCopied] = useState(false)
  if (!open || role !== 'host') return null
  const close = () => useLive.setState({ dialogOpen: false })
  const copy = () => {
    if (!url) return
    navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))
  }

  return (
    <WorkshopDialog
      title="Live session"
      onClose={close}
      className="live-dialog"
      testId="live-dialog"
      actions={
        <button className="btn btn-danger" onClick={endLiveSession} disabled={phase !== 'live' && phase !== 'offline'}>
          End session
        </button>
      }
    >
      <div className="live-share">
        {qr ? <img className="live-qr" src={qr} alt="QR code of the join link" data-testid="live-qr" /> : <div className="live-qr" />}
        <div>
          <p>Participants open this link in a browser on the same network, or scan the code. Anyone with the link can join until you end the session.</p>
          <input className="live-link" readOnly value={url ?? ''} aria-label="Join link" data-testid="live-join-link" onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button className="btn btn-small" onClick={copy}>{copied ? 'Copied' : 'Copy link'}</button>
          </p>
        </div>
      </div>
      <h3>Here now ({people.length})</h3>
      <ul className="live-people">
        {people.map((p) => (
          <li key={p.client} className="live-person">
            <span>
              <span className="live-swatch" style={{ background: p.colour }} aria-hidden="true" /> {p.name}
              {p.host ? ' (facilitator)' : ''}
              {p.me ? ' (you)' : ''}
            </span>
            {!p.host && !p.me && (
              <button className="btn btn-small btn-danger" onClick={() => removePerson(p.client, p.name)} aria-label={`Remove ${p.name}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="live-controls">
        <label>
          <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} /> Lock structure{' '}
          <span className="muted">(participants can only move duties between roles)</span>
        </label>
      </div>
    </WorkshopDialog>
  )
}
