// Import roles from a spreadsheet: map the columns, see a preview and every problem
// by row, choose what happens to rows with problems, and only then add the roles, as
// one undoable edit. A file that is not UTF-8 is named as such, and read as Windows-1252
// only when the user says so.

import { useMemo, useState } from 'react'
import { decodeWindows1252 } from '@shared/format/decode'
import { guessMapping, IMPORT_FIELDS, planRoleImport, readCsv, importOps, type ColumnMapping, type ImportField, type ProblemRowChoice } from '@shared/csv/roles-import'
import { dispatch, notify, useWorkbench } from '../state/store'
import { CsvProblemRows } from './CsvProblemRows'
import { type CsvSource, useFileUi } from './file-state'

const FIELD_LABELS: Record<ImportField, string> = {
  title: 'Role title',
  person: 'Person',
  reportsTo: 'Reports to',
  department: 'Department',
  id: 'Id'
}

const close = () => useFileUi.setState({ csv: null })
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`

export function CsvImportDialog() {
  const csv = useFileUi((s) => s.csv)
  if (!csv) return null
  if ('notUtf8' in csv) return <NotUtf8 csv={csv} />
  return <CsvImportBody key={csv.name + csv.text.length} name={csv.name} text={csv.text} />
}

function NotUtf8({ csv }: { csv: Extract<CsvSource, { notUtf8: string }> }) {
  const readAs1252 = () => useFileUi.setState({ csv: { name: csv.name, text: decodeWindows1252(csv.bytes) } })
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal csv-dialog" role="dialog" aria-modal="true" aria-labelledby="csv-title">
        <h2 id="csv-title">Import roles from “{csv.name}”</h2>
        <p className="problem-summary" data-testid="csv-encoding">{csv.notUtf8}</p>
        <p className="muted">
          If the file came from an older version of Excel on Windows, it is probably Windows-1252. Reading it that way turns
          its bytes into characters by that code page; check the names in the preview before importing.
        </p>
        <div className="modal-actions">
          <button className="btn" onClick={close}>Cancel</button>
          <button className="btn btn-primary" onClick={readAs1252}>Read as Windows-1252</button>
        </div>
      </div>
    </div>
  )
}

function CsvImportBody({ name, text }: { name: string; text: string }) {
  const table = useMemo(() => readCsv(text), [text])
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(table.headers))
  const [choice, setChoice] = useState<ProblemRowChoice | null>(null)
  const chart = useWorkbench((s) => s.chart)
  const plan = useMemo(
    () => (mapping.title ? planRoleImport(table.rows, mapping, chart, { tableProblems: table.problems, problemRows: choice ?? undefined }) : null),
    [table, mapping, chart, choice]
  )
  const problems = plan?.problems ?? table.problems
  const blocking = problems.some((p) => (p.kind ?? 'file') === 'file')
  const canChoose = problems.length > 0 && !blocking
  const ready = !!plan && plan.roles.length > 0 && (problems.length === 0 || (canChoose && choice !== null))

  const runImport = () => {
    if (!plan || !ready) return
    if (dispatch(importOps(plan), `Import ${plan.roles.length} roles from CSV`)) {
      const left = plan.skipped.length ? ` ${plural(plan.skipped.length, 'row')} with problems were skipped.` : ''
      const loose = plan.withoutManager.length ? ` ${plural(plan.withoutManager.length, 'role')} came in without a manager.` : ''
      notify('success', `Imported ${plural(plan.roles.length, 'role')} from “${name}”.${left}${loose} Undo takes them all back.`)
      close()
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal csv-dialog" role="dialog" aria-modal="true" aria-labelledby="csv-title">
        <h2 id="csv-title">Import roles from “{name}”</h2>
        <p className="muted">{plural(table.rows.length, 'row')}. Match the columns, check the preview, then import.</p>
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
                <tr key={r.row}><td>{r.row}</td>{table.headers.map((h) => <td key={h}>{r.values.get(h) ?? ''}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
        {!mapping.title && <p className="problem-summary">Choose which column holds the role title.</p>}
        {problems.length > 0 && (
          <CsvProblemRows problems={problems} blocking={blocking} choice={canChoose ? choice : null} onChoice={canChoose ? setChoice : null} plan={plan} />
        )}
        <div className="modal-actions">
          <button className="btn" onClick={close}>Cancel</button>
          <button className="btn btn-primary" disabled={!ready} onClick={runImport}>
            Import {plan && ready ? plural(plan.roles.length, 'role') : 'roles'}
          </button>
        </div>
      </div>
    </div>
  )
}
