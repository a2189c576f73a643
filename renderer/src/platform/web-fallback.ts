// The Platform in a plain browser, where there are no file paths to keep: charts
// open through a file picker, saves and exports (PDF included, drawn by pdf-lib) become
// downloads, and "recent files" remembers names only.
import { decodeText } from '@shared/format/decode'
import { suggestedChartName, suggestedExportName } from '@shared/ipc/file-names'
import type { OpenedChart, RecentFile } from '@shared/ipc/contract'
import { PlatformError, type Platform } from './platform'
import { readRecentNames, rememberRecentName } from './web-recent'

/** Browser handles only name the download; there is no file to write back to. */
const WEB_HANDLE_PREFIX = 'web:'

export function webPlatform(): Platform {
  return {
    isDesktop: false,
    openChartFile: () => pickChartFile(),
    saveChart: async (handle, text, suggestedName) => {
      const name = handle?.startsWith(WEB_HANDLE_PREFIX)
        ? handle.slice(WEB_HANDLE_PREFIX.length)
        : suggestedChartName(suggestedName)
      download(new Blob([text], { type: 'application/json' }), name)
      rememberRecentName(name)
      return { handle: WEB_HANDLE_PREFIX + name, name }
    },
    listRecent: async () =>
      readRecentNames().map((r): RecentFile => ({ handle: WEB_HANDLE_PREFIX + r.name, name: r.name, openedAt: r.openedAt })),
    // The browser cannot reopen a file by name; the picker lets the user choose it again.
    openRecent: () => pickChartFile(),
    saveExport: async (request) => {
      const name = suggestedExportName(request.suggestedName, request.mime)
      const part = request.bytes ? new Uint8Array(request.bytes) : request.text
      download(new Blob([part], { type: request.mime }), name)
      return name
    },
    appInfo: async () => ({ name: 'Org Workbench', version: 'web', platform: 'web', electron: '', chrome: '' }),
    onMenuCommand: () => () => undefined
  }
}

function pickChartFile(): Promise<OpenedChart | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.json,.orgchart.json,application/json'
    input.hidden = true
    input.dataset.testid = 'chart-file-input'
    const finish = () => input.remove()
    input.addEventListener('cancel', () => {
      finish()
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      finish()
      if (!file) return resolve(null)
      // Decoded as strictly as the desktop app and the command line read files.
      file.arrayBuffer().then(
        (buffer) => {
          const decoded = decodeText(new Uint8Array(buffer))
          if (!decoded.ok) return reject(new PlatformError(`“${file.name}” was not opened. ${decoded.message}`))
          rememberRecentName(file.name)
          resolve({ handle: WEB_HANDLE_PREFIX + file.name, name: file.name, text: decoded.text })
        },
        () => reject(new PlatformError(`Could not read “${file.name}”. Check that the file is still there and try again.`))
      )
    })
    document.body.append(input)
    input.click()
  })
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
