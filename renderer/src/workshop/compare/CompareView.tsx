// Compare two stored charts (usually the current organisation and a proposed scenario):
// compliance side by side, then what moved and which findings a proposal fixes or adds.

import { useEffect, useMemo, useState } from 'react'
import type { Chart } from '@shared/model/chart'
import { compareCharts, type ChartFigures, type Comparison, type FindingChange } from '@shared/compare/compare-charts'
import { comparisonCsv, comparisonMarkdown } from '@shared/compare/compare-export'
import { defaultComparePair } from '@shared/compare/scenario'
import { useWorkbench } from '../../state/store'
import { flushStorage, loadStoredChart } from '../../state/session'
import { WorkshopDialog } from './WorkshopDialog'
import { saveTextExport } from './save-export'
import { loadEnglishModel } from '../../rules/english-model'

/** The open chart comes from memory (it may be ahead of storage); others from storage. */
async function chartById(id: string): Promise<Chart | null> {
  const open = useWorkbench.getState().chart
  if (open.id === id) return open
  await flushStorage()
  return loadStoredChart(id)
}

function ChartPicker({ label, value, onChange }: { label: string; value: string; onChange: (id: string) => void }) {
  const charts = useWorkbench((s) => s.charts)
  const titles = charts.map((c) => c.title)
  return (
    <label className="field compare-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {charts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
            {titles.filter((t) => t === c.title).length > 1 ? ` (edited ${new Date(c.updatedAt).toLocaleString()})` : ''}
          </option>
        ))}
      </select>
    </label>
  )
}

function Figures({ title, f, other }: { title: string; f: ChartFigures; other?: ChartFigures }) {
  const better = other && f.compliance > other.compliance
  return (
    <div className={`compare-figures${better ? ' is-better' : ''}`} data-testid="compare-figures">
      <div className="compare-chart-title">{title}</div>
      <div className="compare-compliance">
        {f.compliance.toFixed(1)}%
      </div>
      <div className="muted compare-compliance-caption">of cards held without a scope warning</div>
      <dl className="compare-counts">
        <dt>Roles</dt><dd>{f.roles}</dd>
        <dt>Cards held</dt><dd>{f.assignments}</dd>
        <dt>Open warnings</dt><dd>{f.openWarnings}</dd>
      </dl>
    </div>
  )
}

function Section({ title, items }: { title: string; items: readonly string[] }) {
  const id = `compare-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section className="compare-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? <p className="muted">None.</p> : (
        <ul>
          {items.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

const findingText = (f: FindingChange) =>
  `${f.label ? `${f.label}` : f.message}${f.role ? ` — ${f.role}` : ''}${f.owner ? ` (usually owned by ${f.owner})` : ''}${f.accepted ? ' — accepted as an exception' : ''}`

function Changes({ cmp }: { cmp: Comparison }) {
  return (
    <div className="compare-sections">
      <Section title="Roles added" items={cmp.rolesAdded.map((r) => r.title)} />
      <Section title="Roles removed" items={cmp.rolesRemoved.map((r) => r.title)} />
      <Section title="Roles retitled" items={cmp.rolesRetitled.map((r) => `${r.from} → ${r.to}`)} />
      <Section title="Duties moved" items={cmp.dutiesMoved.map((m) => `${m.label}: ${m.from ?? 'Unassigned'} → ${m.to ?? 'Unassigned'}`)} />
      <Section title="Duties added" items={cmp.dutiesAdded.map((d) => `${d.label}${d.role ? ` — ${d.role}` : ' (unassigned)'}`)} />
      <Section title="Duties removed" items={cmp.dutiesRemoved.map((d) => `${d.label}${d.role ? ` — ${d.role}` : ' (unassigned)'}`)} />
      <Section title="Findings fixed" items={cmp.findingsFixed.map(findingText)} />
      <Section title="Findings introduced" items={cmp.findingsIntroduced.map(findingText)} />
    </div>
  )
}

type Loaded = { key: string } & ({ a: Chart; b: Chart; cmp: Comparison } | { error: string })

export function CompareView({ onClose, initialA, initialB }: { onClose: () => void; initialA?: string; initialB?: string }) {
  const charts = useWorkbench((s) => s.charts)
  const currentId = useWorkbench((s) => s.chart.id)
  const guess = useMemo(() => defaultComparePair(charts, currentId), [charts, currentId])
  // Until the user picks, follow the guess: the chart list can arrive after the dialog opens.
  const [picked, setPicked] = useState<{ a?: string; b?: string }>({})
  const aId = picked.a ?? initialA ?? guess?.a ?? ''
  const bId = picked.b ?? initialB ?? guess?.b ?? ''
  const key = `${aId}|${bId}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    if (!aId || !bId) return
    let live = true
    void Promise.all([chartById(aId), chartById(bId), loadEnglishModel()]).then(([a, b]) => {
      if (!live) return
      if (!a || !b) setLoaded({ key: `${aId}|${bId}`, error: 'One of these charts is no longer on this computer. Choose another chart to compare.' })
      else setLoaded({ key: `${aId}|${bId}`, a, b, cmp: compareCharts(a, b) })
    })
    return () => {
      live = false
    }
  }, [aId, bId])

  const current = loaded?.key === key ? loaded : null
  const ready = current && 'cmp' in current ? current : null
  const exportName = ready ? `${ready.a.title} vs ${ready.b.title}` : 'Comparison'

  return (
    <WorkshopDialog
      title="Compare"
      onClose={onClose}
      className="compare-dialog"
      testId="compare-dialog"
      actions={
        <>
          <button className="btn" disabled={!ready} onClick={() => ready && void saveTextExport(comparisonMarkdown(ready.cmp, ready.a.title, ready.b.title), exportName, 'text/markdown', 'Comparison')}>
            Export Markdown
          </button>
          <button className="btn" disabled={!ready} onClick={() => ready && void saveTextExport(comparisonCsv(ready.cmp), exportName, 'text/csv', 'Comparison table')}>
            Export CSV
          </button>
        </>
      }
    >
      {charts.length < 2 ? (
        <p className="muted">There is only one chart on this computer. Use “Duplicate as scenario” to make a proposal you can compare with it.</p>
      ) : (
        <>
          <div className="compare-pickers">
            <ChartPicker label="First chart" value={aId} onChange={(a) => setPicked((p) => ({ ...p, a }))} />
            <span aria-hidden="true" className="compare-vs">vs</span>
            <ChartPicker label="Second chart" value={bId} onChange={(b) => setPicked((p) => ({ ...p, b }))} />
          </div>
          {current && 'error' in current && <p className="compare-error" role="alert">{current.error}</p>}
          {!current && <p className="muted" role="status">Comparing…</p>}
          {ready && (
            <>
              {aId === bId && <p className="muted">Both sides show the same chart; choose another chart to see differences.</p>}
              <div className="compare-summary">
                <Figures title={ready.a.title} f={ready.cmp.a} other={ready.cmp.b} />
                <Figures title={ready.b.title} f={ready.cmp.b} other={ready.cmp.a} />
              </div>
              <Changes cmp={ready.cmp} />
            </>
          )}
        </>
      )}
    </WorkshopDialog>
  )
}
