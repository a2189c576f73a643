// The chart's custom scope rules ("a Finance Manager should not hold IT work, because
// …"): listed with a Remove button, and a form to add one. Stored in the chart file.

import { useState } from 'react'
import { DOMAIN_IDS, DOMAIN_TITLES, type DomainId } from '@shared/rules/domains'
import { withCustomRule, withoutCustomRule } from '@shared/rules/settings-edit'
import { dispatch, notify, useWorkbench } from '../../state/store'

const OUT_OF_SCOPE_DOMAINS = DOMAIN_IDS.filter((d) => d !== 'operations' && d !== 'general')

export function CustomRules() {
  const settings = useWorkbench((s) => s.chart.rules)
  const [roleTitle, setRoleTitle] = useState('')
  const [domain, setDomain] = useState<DomainId>('it-software')
  const [reason, setReason] = useState('')
  const custom = settings?.custom ?? []

  const add = () => {
    const title = roleTitle.trim()
    const why = reason.trim()
    if (!title) return notify('error', 'Name the role the rule is about, for example “Finance Manager”.')
    if (!why) return notify('error', 'Say why this role should not hold that work; the reason is shown with every warning the rule raises.')
    const ok = dispatch([{ type: 'setRuleSettings', rules: withCustomRule(settings, { roleTitle: title, domain, reason: why }) }], 'Add custom rule')
    if (ok) {
      setRoleTitle('')
      setReason('')
    }
  }

  return (
    <section className="rules-custom" aria-labelledby="custom-rules-title">
      <h3 id="custom-rules-title">Custom rules</h3>
      {custom.length === 0 ? (
        <p className="muted">None yet. A custom rule says a role should not hold a kind of work.</p>
      ) : (
        <ul className="rules-list">
          {custom.map((c) => (
            <li key={c.id} data-testid="custom-rule">
              <span>
                A <strong>{c.roleTitle}</strong> should not hold <strong>{DOMAIN_TITLES[c.domain as DomainId]?.toLowerCase() ?? c.domain}</strong> work: {c.reason}
              </span>
              <button className="btn btn-small" onClick={() => dispatch([{ type: 'setRuleSettings', rules: withoutCustomRule(settings, c.id) }], 'Remove custom rule')}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="rules-custom-form">
        <label className="field">
          <span>Role title</span>
          <input value={roleTitle} onChange={(e) => setRoleTitle(e.target.value)} placeholder="Finance Manager" />
        </label>
        <label className="field">
          <span>Work domain</span>
          <select value={domain} onChange={(e) => setDomain(e.target.value as DomainId)}>
            {OUT_OF_SCOPE_DOMAINS.map((d) => (
              <option key={d} value={d}>
                {DOMAIN_TITLES[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Reason</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} placeholder="IT work belongs with the IT team" />
        </label>
        <button className="btn btn-primary" onClick={add}>
          Add rule
        </button>
      </div>
    </section>
  )
}
