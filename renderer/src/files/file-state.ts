// What the file dialogs show: problems of a file that could not be opened, and a CSV
// waiting for its column mapping. Kept apart from the chart store on purpose.

import { create } from 'zustand'
import type { FileProblem } from '@shared/format/chart-file'

export interface RefusedFile {
  readonly name: string
  readonly problems: readonly FileProblem[]
}

export interface FileUiState {
  readonly refused: RefusedFile | null
  readonly csv: { readonly name: string; readonly text: string } | null
  readonly exportOpen: boolean
}

export const useFileUi = create<FileUiState>()(() => ({ refused: null, csv: null, exportOpen: false }))
