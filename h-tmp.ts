import { parseLabel } from './shared/rules/nlp/parse'
import { scoreDomains } from './shared/rules/classify/domain-scores'
for (const l of process.argv.slice(2)) {
  const p = parseLabel(l)
  console.log(l, '::', p.words.map(w=>`${w.text}:${w.place}${w.place==='mod'?'>'+w.head:''}${w.prep?'@'+w.prep:''}${w.clause?'#'+w.clause:''}${w.particle?'+'+w.particle:''}`).join(' '))
  for (const h of scoreDomains(p)) console.log('   ', h.domain, h.score.toFixed(2), h.words.map(i=>p.words[i].text).join(' '), h.ownable?'(ownable)':'')
}
