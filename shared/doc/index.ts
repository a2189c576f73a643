// One Yjs document per chart: the single source of truth for an open chart, shared by
// the workbench, local storage, other tabs and live sessions.

export { buildChartDoc, createChartDoc, fillChartDoc } from './create-doc'
export { readChart } from './materialise'
export { applyOpsToDoc } from './apply-ops'
export { compareKeys, keyAfter, keysAfter } from './order'
