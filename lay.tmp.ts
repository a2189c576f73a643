import { generateChart } from './bench/generate'
import { layoutChart } from './shared/layout/layout-chart'
for (const n of [20, 300, 2000, 5000]) {
  const c = generateChart(n)
  for (const a of [16/9, 1.2]) {
    const t = performance.now()
    const r = layoutChart(c, { direction: 'down', aspect: a })
    console.log(a.toFixed(2), n, r.width, r.height, (r.width / r.height).toFixed(2), (performance.now()-t).toFixed(0)+'ms')
  }
}
