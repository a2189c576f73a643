// The recent-files list, kept by main in the user-data folder so it survives restarts.
// Paths stay in main; the renderer only ever sees names and handles for them.
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { writeFileAtomic } from './atomic-write'

export interface RecentEntry {
  readonly path: string
  readonly name: string
  readonly openedAt: string
}

const FORMAT = 'org-workbench/recent@1'
export const MAX_RECENT = 10

export class RecentFiles {
  private entries: RecentEntry[] | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly storeFile: string,
    private readonly now: () => Date = () => new Date(),
    private readonly max = MAX_RECENT
  ) {}

  async list(): Promise<readonly RecentEntry[]> {
    return [...(await this.load())]
  }

  /** Moves a path to the top of the list (or adds it) and persists the list. */
  async touch(path: string): Promise<void> {
    const full = resolve(path)
    const rest = (await this.load()).filter((e) => e.path !== full)
    this.entries = [{ path: full, name: basename(full), openedAt: this.now().toISOString() }, ...rest].slice(0, this.max)
    await this.persist()
  }

  async remove(path: string): Promise<void> {
    const full = resolve(path)
    const entries = await this.load()
    if (!entries.some((e) => e.path === full)) return
    this.entries = entries.filter((e) => e.path !== full)
    await this.persist()
  }

  private async load(): Promise<RecentEntry[]> {
    if (this.entries) return this.entries
    this.entries = parseStore(await readFile(this.storeFile, 'utf8').catch(() => ''), this.max)
    return this.entries
  }

  /** Writes one after another so a slow disk cannot reorder two updates. */
  private persist(): Promise<void> {
    const snapshot = JSON.stringify({ format: FORMAT, entries: this.entries ?? [] }, null, 2)
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => writeFileAtomic(this.storeFile, snapshot))
    // A lost recent list is an inconvenience, never a reason to fail a save or an open.
    return this.writing.catch(() => undefined)
  }
}

/** Reads the stored list, dropping anything malformed instead of failing. */
export function parseStore(text: string, max = MAX_RECENT): RecentEntry[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return []
  }
  if (typeof data !== 'object' || data === null) return []
  const { format, entries } = data as { format?: unknown; entries?: unknown }
  if (format !== FORMAT || !Array.isArray(entries)) return []
  const result: RecentEntry[] = []
  for (const e of entries) {
    if (typeof e !== 'object' || e === null) continue
    const { path, openedAt } = e as { path?: unknown; openedAt?: unknown }
    if (typeof path !== 'string' || path === '' || typeof openedAt !== 'string') continue
    const full = resolve(path)
    if (result.some((r) => r.path === full)) continue
    result.push({ path: full, name: basename(full), openedAt })
  }
  return result.slice(0, max)
}
