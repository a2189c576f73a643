// Never a blank window: if drawing the workbench throws, this shows what happened and
// keeps the way out open. The chart lives in the store, outside React, so it is still in
// memory; Save As… writes it through the app's usual save path, and Reload starts the
// window again from local storage.

import { Component, type ErrorInfo, type ReactNode } from 'react'
import { saveChart } from '../files/file-actions'
import { useWorkbench } from '../state/store'

interface State {
  readonly error: Error | null
  readonly saved: string | null
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null, saved: null }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the user gets the short version on screen.
    console.error('The workbench stopped drawing', error, info.componentStack)
  }

  private readonly saveAs = async () => {
    const before = useWorkbench.getState().notices.at(-1)?.id
    await saveChart(true)
    const notice = useWorkbench.getState().notices.at(-1)
    this.setState({ saved: notice && notice.id !== before ? notice.text : null })
  }

  override render(): ReactNode {
    const { error, saved } = this.state
    if (!error) return this.props.children
    const chart = useWorkbench.getState().chart
    return (
      <div className="fatal crash" role="alertdialog" aria-labelledby="crash-title" aria-describedby="crash-what">
        <h1 id="crash-title">The workbench stopped drawing</h1>
        <p id="crash-what">
          Something in the app went wrong while showing your chart ({error.message || error.name}). Your chart “{chart.title}” is
          still in memory with {chart.roles.length} roles and {chart.duties.length} cards.
        </p>
        <p>Save a copy with Save As…, then Reload to carry on. If it happens again, please report what you did just before.</p>
        <div className="modal-actions">
          <button className="btn" onClick={() => void this.saveAs()}>Save As…</button>
          <button className="btn btn-primary" onClick={() => window.location.reload()}>Reload</button>
        </div>
        {saved && <p role="status">{saved}</p>}
      </div>
    )
  }
}
