// Keeps one open chart document and its stored copy equal. Every local edit is appended
// at once, in its own transaction, so a reload a moment later finds it. After a failed
// write the warning stays up until the whole document has been written again (merged
// with what is stored) and no edit was skipped meanwhile; retries run on their own and
// whenever the page is hidden or about to unload.

import * as Y from 'yjs'
import { readChart } from '@shared/doc'
import type { WorkbenchDb } from './db'
import { appendUpdate, compactChart, rewriteChartDoc, STORAGE_ORIGIN } from './chart-repo'

/** Appends between compactions of a chart's update log. */
const COMPACT_EVERY = 200
const RETRY_MS = 1500

export interface PersistenceEvents {
  /** A write failed (first failure of a spell) or storage caught up again (null). */
  readonly onStatus: (error: string | null) => void
  /** Something reached storage (the chart list may need refreshing). */
  readonly onWritten: () => void
}

export class DocPersistence {
  private failed = false
  private failedSeq = 0
  private seq = 0
  /** An edit was left for the next whole-document write. */
  private dirty = false
  private appends = 0
  private inFlight = 0
  private rewriting = false
  private retry: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly db: WorkbenchDb,
    private readonly doc: Y.Doc,
    /** Origins whose updates are already stored by someone else (other tabs). */
    private readonly notMine: readonly unknown[],
    private readonly events: PersistenceEvents
  ) {
    doc.on('update', this.onUpdate)
  }

  /** True while something this window changed may not be in storage. */
  get unsaved(): boolean {
    return this.failed
  }

  get busy(): boolean {
    return this.inFlight > 0 || this.rewriting
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN || this.notMine.includes(origin)) return
    if (this.failed || this.rewriting) {
      // The next whole-document write covers this edit.
      this.dirty = true
      this.schedule(0)
      return
    }
    const s = ++this.seq
    this.inFlight++
    appendUpdate(this.db, this.doc, update).then(
      () => this.events.onWritten(),
      (e) => this.fail(s, e)
    ).finally(() => this.inFlight--)
    if (++this.appends >= COMPACT_EVERY) {
      this.appends = 0
      // Appends issued meanwhile queue behind it in IndexedDB: none can be lost.
      void compactChart(this.db, readChart(this.doc).id).catch(() => undefined)
    }
  }

  private fail(s: number, e: unknown): void {
    this.failedSeq = Math.max(this.failedSeq, s)
    const first = !this.failed
    this.failed = true
    if (first) {
      const why = e instanceof Error ? e.message : String(e)
      this.events.onStatus(`Could not save to this computer's storage (edit): ${why}. The chart stays open here; use Save As to keep a copy in a file.`)
    }
    this.schedule(RETRY_MS)
  }

  private schedule(ms: number): void {
    if (this.retry !== undefined) {
      if (ms > 0) return
      clearTimeout(this.retry)
    }
    this.retry = setTimeout(() => {
      this.retry = undefined
      void this.rewrite()
    }, ms)
  }

  /** Writes the whole document now (after a failure, or before unload while one is pending). */
  async rewrite(): Promise<void> {
    if (this.rewriting) return
    this.rewriting = true
    const s = ++this.seq
    this.dirty = false
    try {
      const merged = await rewriteChartDoc(this.db, this.doc)
      // Edits other tabs stored that this window missed come in too.
      Y.applyUpdate(this.doc, merged, STORAGE_ORIGIN)
      this.rewriting = false
      if (this.dirty) return this.schedule(0)
      if (this.failed && s > this.failedSeq) {
        this.failed = false
        this.events.onStatus(null)
      }
      this.events.onWritten()
    } catch (e) {
      this.rewriting = false
      this.fail(s, e)
    }
  }

  /** Page hidden or closing: retry a failed write at once instead of waiting. */
  flush(): void {
    if (this.failed || this.dirty) void this.rewrite()
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate)
    clearTimeout(this.retry)
  }
}
