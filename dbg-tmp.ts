import { tuningSets } from './tests/eval/eval-sets'
import { evaluateDuties } from './tests/eval/evaluate'
import { classifyLabel, modeExplanation } from './shared/rules/classifier'
for (const set of tuningSets()) {
  const r = evaluateDuties(set.duties)
  for (const m of r.misses) {
    const c = classifyLabel(m.text)
    console.log(`${String(m.expect).replace('ops-manager/','').padEnd(26)} got ${(m.got.join('+').replace(/ops-manager\//g,'')||'-').padEnd(22)} ${m.text}  || ${c.domain}/${c.strength} ${modeExplanation(c)} ${JSON.stringify(c.scores)}`)
  }
}
