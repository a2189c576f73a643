// Export the whole chart as PNG, SVG or PDF, drawn from the chart itself (never a
// screenshot of the canvas), clean for sharing or annotated for the workshop record.

import { useState } from 'react'
import { chartToSvg } from '@shared/export/chart-svg'
import { pngPlan, PNG_PRESETS, type PngPreset } from '@shared/export/png-size'
import { PAGE_PRESET_IDS, PAGE_PRESETS, type PagePreset } from '@shared/export/page-presets'
import { safeFileName } from '@shared/ipc/file-names'
import { platform, PlatformError } from '../platform/bridge'
import { notify, useWorkbench } from '../state/store'
import { useFileUi } from '../files/file-state'
import { exportFontCss } from './export-fonts'
import { svgToPng } from './rasterise'
import { renderPdf } from './render-pdf'
import { BranchPicker } from './BranchPicker'
import './export.css'

type Format = 'png' | 'svg' | 'pdf'
const PRESET_LABELS: Record<PngPreset, string> = { '1x': '1×', '2x': '2×', '3x': '3×', 'print-300dpi': 'Print (300 dpi)' }


const today = () => new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' })

export function ExportDialog() {
  const open = useFileUi((s) => s.exportOpen)
  const [format, setFormat] = useState<Format>('png')
  const [preset, setPreset] = useState<PngPreset>('2x')
  const [background, setBackground] = useState<'white' | 'transparent'>('white')
  const [annotated, setAnnotated] = useState(true)
  const [page, setPage] = useState<PagePreset>('a4')
  const [branch, setBranch] = useState<string>('')
  const [cards, setCards] = useState(true)
  const [busy, setBusy] = useState<string | null>(null)
  if (!open) return null
  const close = () => useFileUi.setState({ exportOpen: false })

  const run = async () => {
    const { chart, lint } = useWorkbench.getState()
    const name = safeFileName(chart.title, 'Org chart')
    try {
      setBusy('Drawing the chart…')
      await new Promise((r) => setTimeout(r, 0))
      const { svg, width, height } = chartToSvg(chart, {
        annotated,
        findings: lint.findings,
        background,
        title: chart.title,
        date: today(),
        fontCss: exportFontCss()
      })
      let saved: string | null
      if (format === 'svg') {
        saved = await platform.saveExport({ text: svg, suggestedName: `${name}.svg`, mime: 'image/svg+xml' })
      } else if (format === 'png') {
        const plan = pngPlan(width, height, PNG_PRESETS[preset])
        // Too big to read once scaled down: say so and keep the dialog open for PDF or SVG.
        if (plan.refused) {
          notify('error', plan.refused)
          return
        }
        if (plan.clamped && plan.message) notify('warning', plan.message)
        setBusy(`Rendering ${plan.width.toLocaleString()} × ${plan.height.toLocaleString()} px…`)
        const bytes = await svgToPng(svg, plan, background)
        saved = await platform.saveExport({ bytes, suggestedName: `${name}.png`, mime: 'image/png' })
      } else {
        setBusy('Laying out the pages…')
        const pdf = await renderPdf(chart, { preset: page, branch: branch || undefined, cards, findings: annotated ? lint.findings : undefined, date: today() })
        saved = await platform.saveExport({ bytes: pdf.bytes, suggestedName: `${name}.pdf`, mime: 'application/pdf' })
        if (saved) notify('info', `${pdf.pages} ${PAGE_PRESETS[page].label} page${pdf.pages === 1 ? '' : 's'}; role titles ${Math.round(pdf.smallestTitlePt * 10) / 10} pt or larger.`)
      }
      if (saved) notify('success', `Exported “${saved}”.`)
      close()
    } catch (e) {
      const why = e instanceof PlatformError ? e.message : `The export failed: ${e instanceof Error ? e.message : String(e)}. Your chart is unchanged; try SVG, or a smaller scale.`
      notify('error', why)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && !busy && close()}>
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <h2 id="export-title">Export chart</h2>
        <fieldset className="choice-row">
          <legend>Format</legend>
          {(['png', 'svg', 'pdf'] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} /> {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
        {format === 'png' && (
          <label className="field">
            <span>Size</span>
            <select value={preset} onChange={(e) => setPreset(e.target.value as PngPreset)}>
              {(Object.keys(PNG_PRESETS) as PngPreset[]).map((p) => (
                <option key={p} value={p}>{PRESET_LABELS[p]}</option>
              ))}
            </select>
          </label>
        )}
        {format === 'pdf' && (
          <div className="choice-grid">
            <label className="field">
              <span>Page</span>
              <select value={page} onChange={(e) => setPage(e.target.value as PagePreset)}>
                {PAGE_PRESET_IDS.map((p) => <option key={p} value={p}>{PAGE_PRESETS[p].label}</option>)}
              </select>
            </label>
            <BranchPicker value={branch} onChange={setBranch} />
            <label className="field-inline">
              <input type="checkbox" checked={cards} onChange={(e) => setCards(e.target.checked)} /> List each role's cards
            </label>
            <p className="muted export-note">Role titles stay at 8 pt or larger; a chart too big for one page is split by branch, with an overview first.</p>
          </div>
        )}
        {format !== 'pdf' && (
          <fieldset className="choice-row">
            <legend>Background</legend>
            <label><input type="radio" name="bg" checked={background === 'white'} onChange={() => setBackground('white')} /> White</label>
            <label><input type="radio" name="bg" checked={background === 'transparent'} onChange={() => setBackground('transparent')} /> Transparent</label>
          </fieldset>
        )}
        <fieldset className="choice-row">
          <legend>Warnings</legend>
          <label><input type="radio" name="ann" checked={annotated} onChange={() => setAnnotated(true)} /> Annotated (workshop record)</label>
          <label><input type="radio" name="ann" checked={!annotated} onChange={() => setAnnotated(false)} /> Clean (for sharing)</label>
        </fieldset>
        {busy && <p className="progress" role="status"><span className="spinner" aria-hidden="true" /> {busy}</p>}
        <div className="modal-actions">
          <button className="btn" onClick={close} disabled={!!busy}>Cancel</button>
          <button className="btn btn-primary" onClick={() => void run()} disabled={!!busy}>Export</button>
        </div>
      </div>
    </div>
  )
}
