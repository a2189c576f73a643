import { describe, expect, it } from 'vitest'
import { safeFileName, suggestedChartName, suggestedExportName } from '@shared/ipc/file-names'

describe('file names offered for saving', () => {
  it('keeps only a base name: folders and reserved characters become spaces', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd')
    expect(safeFileName('Ops/Finance: plan?')).toBe('Ops Finance plan')
    expect(safeFileName('a\\b')).toBe('a b')
    expect(safeFileName('a\u0000b\nc\u007f')).toBe('a b c')
  })

  it('never returns an empty, hidden or reserved name', () => {
    expect(safeFileName('   ')).toBe('Untitled')
    expect(safeFileName('...')).toBe('Untitled')
    expect(safeFileName('.bashrc')).toBe('bashrc')
    expect(safeFileName('CON')).toBe('Untitled')
    expect(safeFileName('Plan. ')).toBe('Plan')
  })

  it('gives charts the .orgchart.json extension exactly once', () => {
    expect(suggestedChartName('Plan')).toBe('Plan.orgchart.json')
    expect(suggestedChartName('Plan.orgchart.json')).toBe('Plan.orgchart.json')
    expect(suggestedChartName('Plan.json')).toBe('Plan.orgchart.json')
  })

  it('gives exports the extension of their type', () => {
    expect(suggestedExportName('Chart', 'image/png')).toBe('Chart.png')
    expect(suggestedExportName('Chart.SVG', 'image/svg+xml')).toBe('Chart.SVG')
    expect(suggestedExportName('Duties', 'text/markdown')).toBe('Duties.md')
  })
})
