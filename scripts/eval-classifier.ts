// Prints how well the duty classifier does on the labelled phrasings
// (tests/eval/duty-phrasings.json): per-category precision and recall, overall
// accuracy, precision of scope warnings, and every misclassified item.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type EvalItem, evaluate } from '../tests/eval/evaluate'

const file = resolve(import.meta.dirname, '../tests/eval/duty-phrasings.json')
const items = JSON.parse(readFileSync(file, 'utf8')) as EvalItem[]
const report = evaluate(items)
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6)

console.log(`Duty classifier on ${report.total} labelled phrasings\n`)
console.log(`${'category'.padEnd(26)} ${'items'.padStart(5)}  precision  recall`)
for (const c of report.perCategory) {
  console.log(`${c.category.padEnd(26)} ${String(c.support).padStart(5)}  ${pct(c.precision)}     ${pct(c.recall)}`)
}
console.log('')
console.log(`accuracy (exact category)           ${pct(report.accuracy)}`)
console.log(`warning precision (out of scope)    ${pct(report.warningPrecision)}`)
console.log(`warning precision (right category)  ${pct(report.warningCategoryPrecision)}`)
console.log(`warning recall                      ${pct(report.warningRecall)}`)
console.log(`\n${report.misses.length} misclassified:`)
for (const m of report.misses) {
  const why = m.evidence.length ? `  [${m.evidence.join(', ')}]` : ''
  console.log(`  ${m.expected.padEnd(24)} -> ${String(m.got).padEnd(24)} ${m.text}${why}`)
}
