// Electron's native open/save dialogs behind the FileDialogs interface of files.ts.
// Dialogs start in the folder the user last used, else in Documents.
import { dirname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { ExportMime } from '@shared/ipc/contract'
import type { FileDialogs } from './files'
import { exportFormat, suggestedChartName, suggestedExportName } from '@shared/ipc/file-names'

const CHART_FILTERS = [
  { name: 'Org Workbench charts', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] }
]

let lastFolder: string | undefined

function startFolder(): string {
  return lastFolder ?? app.getPath('documents')
}

function remember(path: string): string {
  lastFolder = dirname(path)
  return path
}

async function openDialog(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const path = result.canceled ? undefined : result.filePaths[0]
  return path ? remember(path) : null
}

async function saveDialog(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const full: SaveDialogOptions = { properties: ['createDirectory', 'showOverwriteConfirmation'], ...options }
  const result = parent ? await dialog.showSaveDialog(parent, full) : await dialog.showSaveDialog(full)
  return !result.canceled && result.filePath ? remember(result.filePath) : null
}

export function electronDialogs(parent: BrowserWindow | null): FileDialogs {
  return {
    chooseChartToOpen: () =>
      openDialog(parent, { title: 'Open chart', defaultPath: startFolder(), properties: ['openFile'], filters: CHART_FILTERS }),
    chooseChartSaveAs: (suggestedName) =>
      saveDialog(parent, {
        title: 'Save chart as',
        defaultPath: join(startFolder(), suggestedChartName(suggestedName)),
        filters: CHART_FILTERS
      }),
    chooseExportPath: (suggestedName: string, mime: ExportMime) => {
      const format = exportFormat(mime)
      return saveDialog(parent, {
        title: 'Export',
        defaultPath: join(startFolder(), suggestedExportName(suggestedName, mime)),
        filters: [{ name: format.label, extensions: [format.extension.slice(1)] }]
      })
    }
  }
}
