// Saving must never leave a half-written chart behind. The new content goes to a
// temporary file in the same folder (same drive, so rename is atomic), is flushed to
// disk, and only then replaces the old file. If any step fails, the old file is
// untouched and the temporary file is removed. A chart reached through a symbolic link
// is written where the link points, so the link itself survives the save.
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat' | 'realpath'>

/** Windows virus scanners and indexers briefly lock freshly written files. */
const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY'])
const RENAME_ATTEMPTS = process.platform === 'win32' ? 5 : 1

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs
): Promise<void> {
  // Renaming onto a symbolic link would replace the link with a plain file.
  const target = await fs.realpath(path).catch(() => path)
  const folder = dirname(target)
  const temp = join(folder, `.${basename(target).slice(0, 80)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await existingMode(target, fs)
  let file: nodeFs.FileHandle | undefined
  try {
    file = await fs.open(temp, 'wx', mode ?? 0o666)
    await file.writeFile(data)
    await file.sync()
    await file.close()
    file = undefined
    await renameWithRetry(temp, target, fs)
  } catch (error) {
    if (file) await file.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

async function existingMode(target: string, fs: AtomicWriteFs): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o777
  } catch {
    return undefined
  }
}

async function renameWithRetry(from: string, to: string, fs: AtomicWriteFs): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (attempt >= RENAME_ATTEMPTS || !RETRYABLE_RENAME.has(code)) throw error
      await new Promise((r) => setTimeout(r, 40 * attempt))
    }
  }
}

/** Makes the rename itself durable on POSIX; folders cannot be opened this way on Windows. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const dir = await nodeFs.open(folder, 'r')
    try {
      await dir.sync()
    } finally {
      await dir.close()
    }
  } catch {
    // The file is already in place; a folder that refuses fsync only weakens crash durability.
  }
}
