// How the export command writes files: next to the target first, then renamed over it, so
// a crash or a refused export never leaves a half-written file behind. Big exports (a
// tiled PNG, a responsibility matrix of thousands of roles) are written piece by piece.

import { closeSync, existsSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** A problem the user can fix: printed without a stack trace, exit code 2. */
export class UserError extends Error {}

type Write = (data: string | Uint8Array) => void

/**
 * Runs `produce` with a function that appends to a temporary file beside `path`, then
 * renames it into place. On any failure the temporary file is removed and `path` is left
 * as it was. Returns the size written in bytes.
 */
export async function writeInParts(path: string, produce: (write: Write) => Promise<void> | void): Promise<number> {
  if (!existsSync(dirname(path))) throw new UserError(`The folder "${dirname(path)}" does not exist. Create it or choose another --out path.`)
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`
  let fd: number | null = null
  try {
    fd = openSync(temp, 'w')
    const out = fd
    await produce((data) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      // writeSync may write less than asked; keep going until all of it is on disk.
      for (let done = 0; done < bytes.length; ) done += writeSync(out, bytes, done, bytes.length - done)
    })
    closeSync(fd)
    fd = null
    renameSync(temp, path)
  } catch (err) {
    if (fd !== null) closeSync(fd)
    if (existsSync(temp)) unlinkSync(temp)
    if (err instanceof UserError) throw err
    // A refusal raised while producing (a RangeError with a user-facing sentence) passes through as is.
    if (err instanceof RangeError) throw new UserError(err.message)
    throw new UserError(`Could not write "${path}": ${err instanceof Error ? err.message : String(err)}`)
  }
  return statSync(path).size
}

/** One-piece form of writeInParts. */
export function writeAtomically(path: string, data: string | Uint8Array): Promise<number> {
  return writeInParts(path, (write) => write(data))
}
