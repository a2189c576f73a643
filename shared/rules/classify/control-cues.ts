// Task-level control of individuals reads in a shape more than in words: a checking
// verb over each single person or piece of work ("check each picker's scans", "approve
// every purchase", "time every break"). Team-level checks ("review weekly productivity")
// have no such shape.

import type { ParsedLabel } from '../nlp/parse'
import { key } from '../lexicon'
import type { Hit } from './domain-scores'

const CONTROL_VERBS = new Set(
  `check approve review monitor track watch inspect read sign time log record listen control dictate audit follow scrutinise vet count
   oversee supervise police clock measure`.split(/\s+/).map(key)
)
const EACH = new Set(['each', 'every', 'individual', 'individually', 'single'])

export function controlCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const out: Hit[] = []
  words.forEach((w, i) => {
    if (w.place !== 'verb' || !w.keys.some((k) => CONTROL_VERBS.has(k))) return
    const each = words.findIndex((x, j) => j > i && j <= i + 4 && x.segment === w.segment && EACH.has(x.lower))
    if (each >= 0) out.push({ domain: 'task-control', score: 3, words: [i, each], ownable: false })
  })
  return out
}
