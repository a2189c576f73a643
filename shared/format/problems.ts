// Problems found in a chart file, each tied to a place in the file ("roles[3].reportsTo")
// and worded for the person who has to fix it: what is wrong, where, and what to do.

export interface FileProblem {
  /** Where in the file, e.g. "roles[3].reportsTo"; empty for the file as a whole. */
  readonly path: string
  readonly message: string
}

/** How many problems are listed before the rest are summarised in one line. */
export const MAX_LISTED_PROBLEMS = 50

export type PathSegment = string | number

export function formatPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out ? `.${seg}` : seg
  }
  return out
}

/** Collects problems, keeping the list readable when a broken file yields thousands. */
export class ProblemList {
  private readonly items: FileProblem[] = []
  private dropped = 0

  add(path: readonly PathSegment[] | string, message: string): void {
    if (this.items.length >= MAX_LISTED_PROBLEMS) {
      this.dropped++
      return
    }
    this.items.push({ path: typeof path === 'string' ? path : formatPath(path), message })
  }

  get size(): number {
    return this.items.length + this.dropped
  }

  toArray(): FileProblem[] {
    if (this.dropped === 0) return [...this.items]
    const more = `${this.dropped} more problem${this.dropped === 1 ? ' was' : 's were'} found but not listed. Fix the ones above and open the file again.`
    return [...this.items, { path: '', message: more }]
  }
}

/** A short, safe rendering of a value found in the file, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text ${JSON.stringify(value.slice(0, 40))}…` : `the text ${JSON.stringify(value)}`
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

/** Quotes an id for a message, shortened so a huge id cannot flood the output. */
export function quoteId(id: unknown): string {
  const s = typeof id === 'string' ? id : String(id)
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)
}
