// A Map with a size limit, for answers worked out from text (a label's classification,
// its normalised key). Charts repeat the same wording thousands of times, so most
// lookups hit; the limit keeps a long session that sees many labels from growing
// without end. When full, the oldest entry goes (insertion order): no bookkeeping on a
// hit, which is the common case, and a label still in use is simply worked out again.

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new Error(`A cache needs room for at least one entry (got ${limit}).`)
  }

  get size(): number {
    return this.entries.size
  }

  get(key: K): V | undefined {
    return this.entries.get(key)
  }

  set(key: K, value: V): V {
    if (this.entries.size >= this.limit && !this.entries.has(key)) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
    this.entries.set(key, value)
    return value
  }

  /** The cached answer for `key`, worked out (and kept) on a miss. */
  through(key: K, work: (key: K) => V): V {
    const hit = this.entries.get(key)
    return hit !== undefined ? hit : this.set(key, work(key))
  }

  clear(): void {
    this.entries.clear()
  }
}
