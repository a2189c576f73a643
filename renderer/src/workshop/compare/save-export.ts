// Saves a text export (Markdown, CSV) through the platform: a save dialog on the
// desktop, a download in the browser. Failures become a notice saying what to do.

import type { ExportMime } from '@shared/ipc/contract'
import { platform, PlatformError } from '../../platform/bridge'
import { notify } from '../../state/store'

export async function saveTextExport(text: string, suggestedName: string, mime: ExportMime, what: string): Promise<void> {
  try {
    const name = await platform.saveExport({ text, suggestedName, mime })
    if (name) notify('success', `${what} saved as “${name}”.`)
  } catch (e) {
    const why = e instanceof PlatformError ? e.message : 'The file could not be written.'
    notify('error', `Could not save the ${what.toLowerCase()}. ${why} Try again, or choose another folder.`)
  }
}
