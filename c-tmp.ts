import { classifyLabel, modeExplanation } from './shared/rules/classifier'
const labels = process.argv.slice(2)
for (const l of labels) { const c = classifyLabel(l); console.log(l, '=>', c.domain, c.strength, modeExplanation(c), JSON.stringify(c.evidence), JSON.stringify(c.scores)) }
