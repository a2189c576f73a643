// Keeps one open chart document and its stored copy equal. Every local edit is appended
// at once, in its own committed transaction, so a reload a moment later finds it. After a
// failed write the warning stays up until the whole document has been written again
// (merged with what is stored) and no edit was left out meanwhile; retries run on their
// own and as soon as the page is hidden or about to unload.

import * as Y from 'yjs'
import { readChart } from '@shared/doc'
import type { WorkbenchDb } from './db'
import { appendUpdate, compactChart, rewriteChartDoc, STORAGE_ORIGIN, updateSummary } from './chart-repo'

/** Appends between compactions of a chart's update log. */
const COMPACT_EVERY = 200
const RETRY_MS = 1500
const SUMMARY_MS = 300

export interface PersistenceEvents {
  /** A write failed (first failure of a spell) or storage caught up again (null). */
  readonly onStatus: (error: string | null) => void
  /** The chart list may need refreshing. */
  readonly onWritten: () => void
  /** The chart had been deleted in another window while still edited here, and was stored again. */
  readonly onKeptAfterDelete?: () => void
}

export class DocPersistence {
  private readonly chartId: string
  private failed = false
  private failedSeq = 0
  private seq = 0
  /** An edit was left for the next whole-document write. */
  private dirty = false
  private appends = 0
  private inFlight = 0
  private rewriting = false
  private retry: ReturnType<typeof setTimeout> | undefined
  private summary: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly db: WorkbenchDb,
    private readonly doc: Y.Doc,
    /** Origins whose updates are already stored by someone else (other tabs). */
    private readonly notMine: readonly unknown[],
    private readonly events: PersistenceEvents
  ) {
    this.chartId = readChart(doc).id
    doc.on('update', this.onUpdate)
  }

  /** True while something this window changed is known not to be in storage. */
  get unsaved(): boolean {
    return this.failed || this.dirty
  }

  /** A write is under way (an append, or a whole-document write). */
  get busy(): boolean {
    return this.inFlight > 0 || this.rewriting || this.retry !== undefined
  }

  /** A whole-document write is under way or due: it spans several requests, so leaving now could lose it. */
  get rewritePending(): boolean {
    return this.rewriting || this.retry !== undefined
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
    appendUpdate(this.db, this.chartId, update)
      .then(
        () => this.scheduleSummary(),
        (e) => this.fail(s, e)
      )
      .finally(() => this.inFlight--)
    if (++this.appends >= COMPACT_EVERY) {
      this.appends = 0
      // Appends issued meanwhile queue behind it in IndexedDB: none can be lost.
      void compactChart(this.db, this.chartId).catch(() => undefined)
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

  private scheduleSummary(): void {
    if (this.summary !== undefined) return
    this.summary = setTimeout(() => {
      this.summary = undefined
      updateSummary(this.db, this.doc).then(
        (stored) => {
          if (stored) return this.events.onWritten()
          // Deleted in another window while still being edited here: keep the work.
          this.events.onKeptAfterDelete?.()
          this.schedule(0)
        },
        () => undefined
      )
    }, SUMMARY_MS)
  }

  /** Writes the whole document now (after a failure, or before unload while one is due). */
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
    if (this.failed || this.dirty) {
      clearTimeout(this.retry)
      this.retry = undefined
      void this.rewrite()
    }
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate)
    clearTimeout(this.retry)
    clearTimeout(this.summary)
  }
}
