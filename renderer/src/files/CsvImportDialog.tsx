// Import roles from a spreadsheet: map the columns, see a preview and every problem
// by row, and only then add the roles, as one undoable edit.

import { useMemo, useState } from 'react'
import { guessMapping, IMPORT_FIELDS, planRoleImport, readCsv, importOps, type ColumnMapping, type ImportField } from '@shared/csv/roles-import'
import { dispatch, notify, useWorkbench } from '../state/store'
import { useFileUi } from './file-state'

const FIELD_LABELS: Record<ImportField, string> = {
  title: 'Role title',
  person: 'Person',
  reportsTo: 'Reports to',
  department: 'Department',
  id: 'Id'
}

export function CsvImportDialog() {
  const csv = useFileUi((s) => s.csv)
  if (!csv) return null
  return <CsvImportBody key={csv.name + csv.text.length} name={csv.name} text={csv.text} />
}

function CsvImportBody({ name, text }: { name: string; text: string }) {
  const table = useMemo(() => readCsv(text), [text])
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(table.headers))
  const chart = useWorkbench((s) => s.chart)
  const plan = useMemo(() => (mapping.title ? planRoleImport(table.rows, mapping, chart) : null), [table, mapping, chart])
  const problems = [...table.problems, ...(plan?.problems ?? [])]
  const close = () => useFileUi.setState({ csv: null })

  const runImport = () => {
    if (!plan || problems.length) return
    if (dispatch(importOps(plan), `Import ${plan.roles.length} roles from CSV`)) {
      notify('success', `Imported ${plan.roles.length} roles from “${name}”. Undo takes them all back.`)
      close()
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal csv-dialog" role="dialog" aria-modal="true" aria-labelledby="csv-title">
        <h2 id="csv-title">Import roles from “{name}”</h2>
        <p className="muted">{table.rows.length} rows. Match the columns, check the preview, then import.</p>
        <div className="choice-grid">
          {IMPORT_FIELDS.map((f) => (
            <label key={f} className="field">
              <span>{FIELD_LABELS[f]}{f === 'title' ? ' (required)' : ''}</span>
              <select value={mapping[f] ?? ''} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value || undefined })}>
                <option value="">— not in this file —</option>
                {table.headers.map((h) => <option key={h} value={h}>{h}</option>)}
              </select>
            </label>
          ))}
        </div>
        <div className="preview-wrap">
          <table className="preview" aria-label="Preview">
            <thead>
              <tr><th>Row</th>{table.headers.map((h) => <th key={h}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.slice(0, 8).map((r) => (
                <tr key={r.row}><td>{r.row}</td>{table.headers.map((h) => <td key={h}>{r.values[h]}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
        {!mapping.title && <p className="problem-summary">Choose which column holds the role title.</p>}
        {problems.length > 0 && (
          <>
            <p className="problem-summary">{problems.length === 1 ? '1 problem' : `${problems.length} problems`} to fix before importing. Nothing has been added.</p>
            <ul className="problem-list" data-testid="csv-problems">
              {problems.slice(0, 50).map((p, i) => (
                <li key={i}><code>row {p.row}{p.column ? `, ${p.column}` : ''}</code> {p.message}</li>
              ))}
            </ul>
          </>
        )}
        <div className="modal-actions">
          <button className="btn" onClick={close}>Cancel</button>
          <button className="btn btn-primary" disabled={!plan || problems.length > 0 || plan.roles.length === 0} onClick={runImport}>
            Import {plan && !problems.length ? `${plan.roles.length} roles` : 'roles'}
          </button>
        </div>
      </div>
    </div>
  )
}
