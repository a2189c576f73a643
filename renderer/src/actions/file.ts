// Chart files and exports, shared by the File menu in the toolbar and the desktop menu bar.

import { createBlankChart } from '../state/session'
import { openChartFile, saveChart } from '../files/file-actions'
import { exportResponsibilityMatrix, pickCsvFile } from '../files/csv-actions'
import { useFileUi } from '../files/file-state'
import { useWorkbench } from '../state/store'
import { defineAction } from './define'

const always = () => true

export const newChart = defineAction({ id: 'new-chart', label: 'New chart', enabled: always, perform: () => void createBlankChart() })
export const openFile = defineAction({ id: 'open', label: 'Open…', enabled: always, perform: () => void openChartFile() })
export const save = defineAction({ id: 'save', label: 'Save', enabled: always, perform: () => void saveChart(false) })
export const saveAs = defineAction({ id: 'save-as', label: 'Save As…', enabled: always, perform: () => void saveChart(true) })
export const importCsv = defineAction({ id: 'import-csv', label: 'Import roles from CSV…', enabled: always, perform: () => void pickCsvFile() })
export const exportMatrix = defineAction({
  id: 'export-matrix',
  label: 'Export responsibility matrix (CSV)',
  enabled: always,
  perform: () => void exportResponsibilityMatrix(useWorkbench.getState())
})
export const exportImage = defineAction({ id: 'export', label: 'Export…', enabled: always, perform: () => useFileUi.setState({ exportOpen: true }) })
