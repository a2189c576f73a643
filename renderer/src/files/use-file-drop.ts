// Dropping a chart file (or a CSV of roles) anywhere on the window opens it.

import { useEffect } from 'react'
import { notify } from '../state/store'
import { openDroppedFile } from './file-actions'

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')

export function useFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      const file = e.dataTransfer?.files[0]
      if (file) void openDroppedFile(file).catch((err: unknown) => notify('error', `Could not read “${file.name}”: ${err instanceof Error ? err.message : String(err)}.`))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
}
