import * as Y from 'yjs'
import { generateChart } from './generate'
import { createChartDoc, readChart } from '../shared/doc'
const chart = JSON.parse(JSON.stringify(generateChart(2000)))
const v1 = Y.encodeStateAsUpdate(createChartDoc(chart))
for (let i = 0; i < 12; i++) { const t = performance.now(); const d = new Y.Doc(); Y.applyUpdate(d, v1); const t2 = performance.now(); readChart(d); console.log('apply', (t2 - t).toFixed(0), 'read', (performance.now() - t2).toFixed(0)) }
