// The Rules panel: each rule pack and its rules, strictness by context, rules switched
// off for this chart, and the chart's own custom scope rules. Every change is one
// `setRuleSettings` edit (undoable), and warnings follow it live.

import { STRICTNESS_CONTEXTS, type StrictnessContext } from '@shared/model/rule-settings'
import { PACKS } from '@shared/rules/pack-engine'
import { withContext } from '@shared/rules/settings-edit'
import { dispatch, useWorkbench } from '../../state/store'
import { CustomRules } from './CustomRules'
import { PackRules } from './PackRules'

const CONTEXT_TITLES: Readonly<Record<StrictnessContext, string>> = { standard: 'Standard', 'small-company': 'Small company', regulated: 'Regulated' }

function contextHelp(context: StrictnessContext): string {
  if (context === 'standard') return 'Each pack as written.'
  return PACKS.map((p) => p.pack.contexts[context]?.description).filter(Boolean).join(' ')
}

export function RulesPanel({ onClose }: { onClose: () => void }) {
  const settings = useWorkbench((s) => s.chart.rules)
  const warnings = useWorkbench((s) => s.lint.findings.filter((f) => f.severity !== 'info').length)
  const context = settings?.context ?? 'standard'

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal rules-panel" role="dialog" aria-modal="true" aria-labelledby="rules-title">
        <h2 id="rules-title">Rules for this chart</h2>
        <p className="muted" role="status">
          {warnings === 0 ? 'No open warnings.' : `${warnings} open warning${warnings === 1 ? '' : 's'}.`} Changes apply at once and can be undone.
        </p>
        <label className="field">
          <span>Strictness</span>
          <select
            value={context}
            onChange={(e) => dispatch([{ type: 'setRuleSettings', rules: withContext(settings, e.target.value as StrictnessContext) }], 'Change rule strictness')}
          >
            {STRICTNESS_CONTEXTS.map((c) => (
              <option key={c} value={c}>
                {CONTEXT_TITLES[c]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted rules-context-help">{contextHelp(context)}</p>
        {PACKS.map((p) => (
          <PackRules key={p.pack.id} pack={p} />
        ))}
        <CustomRules />
        <div className="modal-actions">
          <button className="btn btn-primary" autoFocus onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </div>
  )
}
