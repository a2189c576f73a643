// Local types for the part of papaparse used in shared/. The package's own typings
// reference Node's types, which would quietly make Node APIs look available to code
// that must also run in the renderer; importing the file by path avoids them.

declare module 'papaparse/papaparse.js' {
  export interface PapaError {
    readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch'
    readonly code: string
    readonly message: string
    /** Index of the record the error is in (0 = first record of the text). */
    readonly row?: number
  }
  export interface PapaResult {
    readonly data: string[][]
    readonly errors: PapaError[]
    readonly meta: { readonly delimiter: string; readonly linebreak: string }
  }
  export interface PapaParseConfig {
    readonly delimiter?: string
    readonly skipEmptyLines?: boolean | 'greedy'
  }
  export interface PapaUnparseConfig {
    /** true: quote every cell; a function: quote the cells it returns true for. */
    readonly quotes?: boolean | ((value: unknown, column: number) => boolean)
    readonly newline?: string
    readonly delimiter?: string
    /** Prefixes cells starting with = + - @ tab or CR with an apostrophe. */
    readonly escapeFormulae?: boolean
  }
  const Papa: {
    parse(text: string, config?: PapaParseConfig): PapaResult
    unparse(input: { fields: string[]; data: string[][] } | string[][], config?: PapaUnparseConfig): string
  }
  export default Papa
}
