// Tells the user why a file was not opened: every problem with where it is.

import { useFileUi } from './file-state'

export function RefusedFileDialog() {
  const refused = useFileUi((s) => s.refused)
  if (!refused) return null
  const close = () => useFileUi.setState({ refused: null })
  const count = refused.count ?? refused.problems.length
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="refused-title">
        <h2 id="refused-title">“{refused.name}” was not opened</h2>
        <p>The file has {count === 1 ? 'a problem' : `${count.toLocaleString('en-US')} problems`}. Your open chart was not changed.</p>
        <ul className="problem-list" data-testid="file-problems">
          {refused.problems.map((p, i) => (
            <li key={i}>
              {p.path && <code>{p.path}</code>} {p.message}
            </li>
          ))}
        </ul>
        <p className="muted">Fix the file in a text editor, or open another one.</p>
        <div className="modal-actions">
          <button className="btn btn-primary" autoFocus onClick={close}>
            OK
          </button>
        </div>
      </div>
    </div>
  )
}
