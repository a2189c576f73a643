import { readFileSync, writeFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
const [inp, out, w] = process.argv.slice(2)
writeFileSync(out, new Resvg(readFileSync(inp, 'utf8'), { fitTo: { mode: 'width', value: Number(w ?? 1400) } }).render().asPng())
