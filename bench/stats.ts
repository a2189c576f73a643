// The few statistics the benchmark reports: medians over runs, percentiles of frame
// times, and frame times from requestAnimationFrame timestamps.

/** Linear-interpolated percentile (p in 0..100) of the values; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be between 0 and 100; got ${p}.`)
  const finite = values.filter((v) => Number.isFinite(v))
  if (finite.length === 0) return Number.NaN
  const sorted = [...finite].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo)
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Time between consecutive animation frames, from their rAF timestamps (in order). */
export function frameTimes(timestamps: readonly number[]): number[] {
  const out: number[] = []
  for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i] - timestamps[i - 1])
  return out
}

export interface FrameSummary {
  readonly frames: number
  readonly p50: number
  readonly p95: number
  readonly max: number
}

export function summarizeFrames(timestamps: readonly number[]): FrameSummary {
  const t = frameTimes(timestamps)
  return { frames: t.length, p50: percentile(t, 50), p95: percentile(t, 95), max: t.length ? Math.max(...t) : Number.NaN }
}

/** Runs `fn` `runs` times after `warmup` untimed calls; returns each run's duration in ms. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    out.push(performance.now() - t0)
  }
  return out
}

/**
 * Times two functions in alternation, `runs` times each after one untimed call of each:
 * a figure and its baseline then meet the same machine load, so their ratio holds on a
 * busy machine where either figure alone drifts.
 */
export function timePaired(fn: () => unknown, baseline: () => unknown, runs: number): { readonly times: number[]; readonly baseline: number[] } {
  fn()
  baseline()
  const times: number[] = []
  const base: number[] = []
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now()
    baseline()
    base.push(performance.now() - t0)
    t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return { times, baseline: base }
}

export function round(v: number, digits = 2): number {
  if (!Number.isFinite(v)) return v
  const f = 10 ** digits
  return Math.round(v * f) / f
}
