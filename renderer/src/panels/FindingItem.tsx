// One finding: what, where, why, who usually owns it, and the ways to settle it.

import { memo, useState } from 'react'
import type { Finding } from '@shared/rules/types'
import { indexChart } from '@shared/model/index-chart'
import { DOMAIN_TITLES } from '@shared/rules/domains'
import { describeMode } from '@shared/rules/scope-findings'
import { useWorkbench } from '../state/store'
import { focusRole } from '../state/selection'
import { acceptFinding, applySuggestion, run } from '../actions'

export const FindingItem = memo(function FindingItem({ finding }: { finding: Finding }) {
  const role = useWorkbench((s) => (finding.roleId ? indexChart(s.chart).roleById.get(finding.roleId) : undefined))
  const duty = useWorkbench((s) => (finding.dutyId ? indexChart(s.chart).dutyById.get(finding.dutyId) : undefined))
  const [accepting, setAccepting] = useState(false)
  const [note, setNote] = useState('')

  const accept = () => run(acceptFinding, { finding, note, accepted: (ok) => ok && setAccepting(false) })

  return (
    <li className={`finding severity-${finding.severity}`} data-testid="finding" data-rule-id={finding.ruleId}>
      <button className="finding-main" onClick={() => finding.roleId && focusRole(finding.roleId)} title="Show this role on the canvas">
        <span className="finding-duty">{duty?.label ?? finding.message}</span>
        <span className="finding-role">{role ? `${role.title}${role.person ? ` · ${role.person}` : ''}` : 'Held by nobody'}</span>
      </button>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-reason">{finding.reason}</p>
      {finding.owner && <p className="finding-owner">Usually owned by {finding.owner}.</p>}
      {finding.instead && <p className="finding-instead">Instead: {finding.instead}</p>}
      {finding.evidence.length > 0 && <p className="finding-evidence">Flagged because of: {finding.evidence.map((w) => `“${w}”`).join(', ')}</p>}
      {finding.domain && (
        <p className="finding-why" data-testid="finding-why">
          Work: {DOMAIN_TITLES[finding.domain]} · held as: {describeMode(finding)}
        </p>
      )}
      <div className="finding-actions">
        {finding.suggestions.map((s) => (
          <button key={s.id} className="btn btn-small btn-primary" onClick={() => run(applySuggestion, { suggestion: s })}>
            {s.title}
          </button>
        ))}
        {!accepting && (
          <button className="btn btn-small" onClick={() => setAccepting(true)}>
            Accept as exception…
          </button>
        )}
      </div>
      {accepting && (
        <div className="accept-form">
          <label className="field">
            <span>Why is this accepted?</span>
            <input
              autoFocus
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') accept()
                if (e.key === 'Escape') setAccepting(false)
              }}
              placeholder="Small company: the ops manager also recruits"
            />
          </label>
          <button className="btn btn-small btn-primary" onClick={accept}>Accept</button>
          <button className="btn btn-small" onClick={() => setAccepting(false)}>Cancel</button>
        </div>
      )}
    </li>
  )
})
