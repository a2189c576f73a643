// `npm run eval:classifier`: how well the rules judge labelled duties and titles.
// Prints, for the tuning sets and for each frozen held-out set, the share of duties
// right, warning precision and recall, and figures per domain and per mode. Individual
// misses are listed for the tuning sets only: the held-out sets measure wording nobody
// tuned on, and reading their misses would turn them into tuning data. `--list-held-out`
// lists them anyway (for a final review, not while tuning); `--tuning-only` leaves the
// held-out sets out altogether, for measuring while working on the classifier.

import { type EvalSet, heldOutSets, tuningSets } from '../tests/eval/eval-sets'
import { type DutyReport, evaluateDuties, evaluateTitles, type Tally } from '../tests/eval/evaluate'

const listHeldOut = process.argv.includes('--list-held-out')
const tuningOnly = process.argv.includes('--tuning-only')
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6)
const frac = (t: Tally): string => `${pct(t.right / t.total)}  (${t.right}/${t.total})`

function printTallies(title: string, tallies: readonly Tally[]): void {
  if (tallies.length <= 1 && tallies[0]?.key === '(unlabelled)') return
  console.log(`  ${title}`)
  for (const t of tallies) console.log(`    ${t.key.padEnd(24)} ${frac(t)}`)
}

function printSet(kind: string, set: EvalSet, listMisses: boolean): DutyReport {
  const r = evaluateDuties(set.duties)
  console.log(`\n== ${kind} set "${set.name}": ${r.total} duties${set.titles.length ? `, ${set.titles.length} titles` : ''}`)
  console.log(`  duties right               ${pct(r.accuracy)}  (${r.right}/${r.total})`)
  console.log(`  warning precision          ${pct(r.warningPrecision)}  (${r.warnings} warnings)`)
  console.log(`  warning recall             ${pct(r.warningRecall)}`)
  if (set.titles.length) {
    const t = evaluateTitles(set.titles)
    console.log(`  titles right               ${pct(t.accuracy)}  (${t.right}/${t.total})`)
    if (listMisses) for (const m of t.misses) console.log(`    title ${m.isOperationsManager ? 'missed' : 'wrongly taken'}: ${m.title}`)
  }
  printTallies('per domain', r.perDomain)
  printTallies('per mode', r.perMode)
  if (listMisses && r.misses.length) {
    console.log(`  ${r.misses.length} duties wrong:`)
    for (const m of r.misses) {
      const why = [...m.evidence.map((e) => `“${e}”`), ...m.modeEvidence].join(', ')
      console.log(`    want ${String(m.expect).padEnd(36)} got ${(m.got.join(' + ') || 'none').padEnd(36)} ${m.role === 'Operations Manager' ? '' : `[${m.role}] `}${m.text}${why ? `  (${why})` : ''}`)
    }
  }
  return r
}

const tuning = tuningSets()
for (const set of tuning) printSet('tuning', set, true)
const heldOut = tuningOnly ? [] : heldOutSets()
if (tuningOnly) console.log('\n(held-out sets left out: --tuning-only)')
else if (heldOut.length === 0) console.log('\n(no held-out sets in tests/eval/held-out)')
for (const set of heldOut) printSet('held-out', set, listHeldOut)
if (heldOut.length && !listHeldOut) console.log('\nHeld-out misses are not listed (they are not for tuning).')
