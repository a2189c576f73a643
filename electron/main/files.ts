// Chart files and exports on disk: open, save, save as, recent files. Native dialogs
// are passed in (dialogs.ts adapts Electron's), which keeps this module free of
// Electron so the disk behaviour is unit tested in Node.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ExportMime, ExportRequest, OpenedChart, RecentFile, SavedChart } from '@shared/ipc/contract'
import { decodeText } from '@shared/format/decode'
import { parseChartFile } from '@shared/format/chart-file'
import { IPC_LIMITS } from '@shared/ipc/schemas'
import { writeFileAtomic } from './atomic-write'
import { UserFacingError } from './errors'
import { describeFileError, type FileAction } from './file-errors'
import { HandleRegistry } from './handles'
import type { RecentFiles } from './recent-files'

/** Each returns the chosen absolute path, or null when the user cancelled. */
export interface FileDialogs {
  chooseChartToOpen(): Promise<string | null>
  chooseChartSaveAs(suggestedName: string): Promise<string | null>
  chooseExportPath(suggestedName: string, mime: ExportMime): Promise<string | null>
}

const UNKNOWN_HANDLE =
  'Org Workbench no longer knows where this chart is stored (the app was restarted or the file was never saved). ' +
  'Nothing was written. Use Save As to choose a location.'

export class ChartFiles {
  /**
   * Tokens in the recent list only reopen a file: a handle that can be written through is
   * issued when the user picks that file (openRecent), never for the whole list.
   */
  private readonly recentTokens = new HandleRegistry()

  constructor(
    private readonly recent: RecentFiles,
    private readonly handles: HandleRegistry = new HandleRegistry()
  ) {}

  async openWithDialog(dialogs: FileDialogs): Promise<OpenedChart | null> {
    const path = await dialogs.chooseChartToOpen()
    return path === null ? null : this.openPath(path)
  }

  async openRecent(handle: string): Promise<OpenedChart> {
    const path = this.recentTokens.resolve(handle)
    if (!path) throw new UserFacingError('That recent file is no longer known to Org Workbench. Use Open… to pick the file.')
    try {
      return await this.openPath(path)
    } catch (error) {
      if (error instanceof UserFacingError && (error.cause as { code?: string } | undefined)?.code === 'ENOENT') {
        await this.recent.remove(path)
      }
      throw error
    }
  }

  async listRecent(): Promise<RecentFile[]> {
    const entries = await this.recent.list()
    return entries.map((e) => ({ handle: this.recentTokens.issue(e.path), name: e.name, openedAt: e.openedAt }))
  }

  async save(handle: string, text: string): Promise<SavedChart> {
    const path = this.handles.resolve(handle)
    if (!path) throw new UserFacingError(UNKNOWN_HANDLE)
    refuseNonChart(text)
    await writeOrExplain(path, text, 'save')
    await this.recent.touch(path)
    return { handle, name: basename(path) }
  }

  async saveAs(dialogs: FileDialogs, text: string, suggestedName: string): Promise<SavedChart | null> {
    refuseNonChart(text)
    const path = await dialogs.chooseChartSaveAs(suggestedName)
    if (path === null) return null
    await writeOrExplain(path, text, 'save')
    await this.recent.touch(path)
    return { handle: this.handles.issue(path), name: basename(path) }
  }

  async saveExport(dialogs: FileDialogs, request: ExportRequest): Promise<{ name: string } | null> {
    const path = await dialogs.chooseExportPath(request.suggestedName, request.mime)
    if (path === null) return null
    await writeOrExplain(path, request.bytes ?? request.text, 'export')
    return { name: basename(path) }
  }


  private async openPath(path: string): Promise<OpenedChart> {
    const name = basename(path)
    const text = await readChartText(path)
    await this.recent.touch(path)
    return { handle: this.handles.issue(path), name, text }
  }
}

export async function readChartText(path: string): Promise<string> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    // A FIFO or device would block the read or never end: only regular files are charts.
    if (!info.isFile()) throw new UserFacingError(`Could not open “${name}”: it is not a regular file. Choose a chart file saved on disk.`)
    if (info.size > IPC_LIMITS.chartTextChars) {
      const mb = Math.round(info.size / (1024 * 1024))
      throw new UserFacingError(
        `Could not open “${name}”: at ${mb} MB it is far larger than any org chart. Choose a chart file saved by Org Workbench.`
      )
    }
    // Decoded exactly as the web build and the command line decode files.
    const decoded = decodeText(await readFile(path))
    if (!decoded.ok) throw new UserFacingError(`Could not open “${name}”. ${decoded.message}`)
    return decoded.text
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeFileError(error, 'open', name), { cause: error })
  }
}

/** The renderer is untrusted: only text that is a valid chart file may go to a chart's path. */
function refuseNonChart(text: string): void {
  const parsed = parseChartFile(text)
  if (!parsed.ok)
    throw new UserFacingError(
      `Nothing was written: the text to save is not a valid chart file (${parsed.problems[0]?.message ?? 'unknown problem'}). Your file on disk is unchanged; try Save As, or report this.`
    )
}

async function writeOrExplain(path: string, data: string | Uint8Array, action: FileAction): Promise<void> {
  try {
    await writeFileAtomic(path, data)
  } catch (error) {
    throw new UserFacingError(describeFileError(error, action, basename(path)), { cause: error })
  }
}
