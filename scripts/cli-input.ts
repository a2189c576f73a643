// Reading the input file of the command-line tools, shared by `check` and `export`.
// Whatever path is given — a FIFO, /dev/zero, a folder, a huge or non-UTF-8 file — the
// answer is a plain sentence, never a hang or a stack trace: the file is opened without
// blocking and checked to be a regular file before a byte is read, then decoded strictly
// (shared/format/decode.ts) exactly as the app decodes it.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { decodeText } from '../shared/format/decode'

/** A problem with the input the user can fix; the tools print it and exit with status 2. */
export class CliInputError extends Error {
  override name = 'CliInputError'
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isFIFO()) return 'a pipe (FIFO)'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  return 'not a regular file'
}

function describeOpenError(err: unknown, file: string, path: string): string {
  const code = (err as { code?: string }).code
  if (code === 'ENOENT') return `cannot find "${file}" (looked at ${path}). Check the path.`
  if (code === 'EACCES' || code === 'EPERM') return `no permission to read "${file}". Check the file's permissions.`
  if (code === 'ELOOP') return `"${file}" is a link that points to itself. Give the path of the chart file.`
  if (code === 'EISDIR') return `"${file}" is a folder; give the path of a chart file.`
  return `cannot read "${file}" (${code ?? (err instanceof Error ? err.message : 'unknown error')}). Check the path.`
}

/** Reads a regular file of at most `maxBytes` and decodes it; throws CliInputError with a sentence otherwise. */
export function readInputText(file: string, maxBytes: number): { path: string; text: string } {
  const path = resolve(file)
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (err) {
    throw new CliInputError(describeOpenError(err, file, path))
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new CliInputError(`"${file}" is a folder; give the path of a chart file.`)
    if (!stat.isFile()) throw new CliInputError(`"${file}" is ${kindOf(stat)}, not a file; give the path of a chart file saved on disk.`)
    if (stat.size > maxBytes) throw new CliInputError(`"${file}" is ${mb(stat.size)}; chart files can be at most ${mb(maxBytes)}.`)
    // Read at most one byte past the limit, in case the file grows while it is read.
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(fd, bytes, length, bytes.length - length, null)
    if (length > maxBytes) throw new CliInputError(`"${file}" grew past ${mb(maxBytes)} while it was read; chart files can be at most ${mb(maxBytes)}.`)
    const decoded = decodeText(bytes.subarray(0, length))
    if (!decoded.ok) throw new CliInputError(decoded.message.replace(/^The file/, `"${file}"`))
    return { path, text: decoded.text }
  } catch (err) {
    if (err instanceof CliInputError) throw err
    throw new CliInputError(describeOpenError(err, file, path))
  } finally {
    closeSync(fd)
  }
}

/** The real path a file would have: links resolved, even when the file does not exist yet. */
function realTarget(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

/** Refuses an output path that is the input file itself (same real path, or a hard link to it). */
export function checkOutputPath(input: string, out: string): void {
  const sameRealPath = realTarget(input) === realTarget(out)
  let sameFile = false
  try {
    const a = statSync(input)
    const b = statSync(out)
    sameFile = a.dev === b.dev && a.ino === b.ino
  } catch {
    // The output does not exist yet: it cannot be the input.
  }
  if (sameRealPath || sameFile)
    throw new CliInputError(`--out "${out}" is the chart file itself; writing there would replace the chart. Choose another --out path.`)
}
