// One rule pack in the Rules panel: who it covers and its rules, each with an On
// switch for this chart and the count of open findings it raises now.

import type { CompiledPack } from '@shared/rules/pack-engine'
import { withRuleEnabled } from '@shared/rules/settings-edit'
import { dispatch, useWorkbench } from '../../state/store'

export function PackRules({ pack }: { pack: CompiledPack }) {
  const settings = useWorkbench((s) => s.chart.rules)
  const findings = useWorkbench((s) => s.lint.findings)
  const off = new Set(settings?.disabled ?? [])
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1)

  const toggle = (ruleId: string, title: string, on: boolean) =>
    dispatch([{ type: 'setRuleSettings', rules: withRuleEnabled(settings, ruleId, on) }], `${on ? 'Turn on' : 'Turn off'} rule “${title}”`)

  return (
    <section className="rules-pack" aria-labelledby={`pack-${pack.pack.id}`}>
      <h3 id={`pack-${pack.pack.id}`}>{pack.pack.title} pack</h3>
      <p className="muted">{pack.pack.description}</p>
      <ul className="rules-list">
        {pack.rules.map(({ ruleId, rule }) => {
          const on = !off.has(ruleId)
          const n = counts.get(ruleId) ?? 0
          return (
            <li key={ruleId} className={on ? '' : 'rule-off'} data-testid="pack-rule" data-rule-id={ruleId}>
              <label className="rule-toggle">
                <input type="checkbox" checked={on} onChange={(e) => toggle(ruleId, rule.title, e.target.checked)} />
                <span className="rule-title">{rule.title}</span>
              </label>
              <span className="rule-count" aria-label={`${n} open findings`}>{on ? (n ? `⚠ ${n}` : '') : 'off'}</span>
              <span className="rule-id muted">{ruleId}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
