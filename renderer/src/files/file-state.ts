// What the file dialogs show: problems of a file that could not be opened, and a CSV
// waiting for its column mapping. Kept apart from the chart store on purpose.

import { create } from 'zustand'
import type { FileProblem } from '@shared/format/chart-file'

export interface RefusedFile {
  readonly name: string
  readonly problems: readonly FileProblem[]
  /** The file's real number of problems; only the first ones are listed. */
  readonly count?: number
}

/** A CSV waiting for the import dialog: its text, or its bytes when they are not UTF-8 (the user may choose Windows-1252). */
export type CsvSource =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly bytes: Uint8Array; readonly notUtf8: string }

export interface FileUiState {
  readonly refused: RefusedFile | null
  readonly csv: CsvSource | null
  readonly exportOpen: boolean
}

export const useFileUi = create<FileUiState>()(() => ({ refused: null, csv: null, exportOpen: false }))
