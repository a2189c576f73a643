import { writeFileSync } from 'node:fs'
import { generateChart } from './bench/generate'
import { layoutChart } from './shared/layout/layout-chart'
import { roleNodeSize } from './shared/layout/node-size'
import { indexChart } from './shared/model/index-chart'
const n = Number(process.argv[2] ?? 300)
const c = generateChart(n)
const { dutiesByRole } = indexChart(c)
const r = layoutChart(c, { direction: 'down', aspect: 16 / 9 })
const pos = new Map(r.positions.map((p) => [p.id, p]))
let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width / 8}" height="${r.height / 8}" viewBox="0 0 ${r.width} ${r.height}"><rect width="100%" height="100%" fill="white"/>`
for (const role of c.roles) {
  const p = pos.get(role.id)!, z = roleNodeSize(role, dutiesByRole.get(role.id) ?? [])
  if (role.reportsTo) { const m = pos.get(role.reportsTo)!; s += `<line x1="${m.x + 130}" y1="${m.y + 100}" x2="${p.x + 130}" y2="${p.y}" stroke="red" stroke-width="6"/>` }
  s += `<rect x="${p.x}" y="${p.y}" width="${z.width}" height="${z.height}" fill="#def" stroke="#000" stroke-width="4"/>`
}
writeFileSync('/tmp/dbg.svg', s + '</svg>')
console.log(r.width, r.height)
