// Workshop dialogs: a scenario copy of the chart, comparing two charts, the decision log.

import { openDialog } from '../ui/dialogs'
import { defineAction } from './define'

export const duplicateScenario = defineAction({
  id: 'duplicate-scenario',
  label: 'Duplicate as scenario',
  hint: 'Copy this chart to work out a proposal; the original stays as it is',
  enabled: (s) => !!s.chart.id,
  perform: () => openDialog('scenario')
})

export const compare = defineAction({
  id: 'compare',
  label: 'Compare',
  hint: 'Compare two charts: moved duties, fixed and new findings',
  enabled: () => true,
  perform: () => openDialog('compare')
})

export const decisionLog = defineAction({
  id: 'decision-log',
  label: 'Decision log',
  hint: 'What the group decided in Present mode',
  enabled: () => true,
  perform: () => openDialog('decision-log')
})
