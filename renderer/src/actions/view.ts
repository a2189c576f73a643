// How the chart is shown: Room view, the side panels, fitting, Present mode, the
// command palette, and arranging the whole chart.

import { layoutChart, type LayoutDirection } from '@shared/layout/layout-chart'
import { viewOf } from '../state/view'
import { dispatch, notify } from '../state/store'
import { fitChart } from '../canvas/viewport'
import { chartDirection } from '../canvas/branch-layout'
import { setRoomView, togglePanels as togglePanelState, useView } from '../ui/view-state'
import { startPresenting } from '../workshop/present/present-store'
import { closePalette, openPalette, usePalette } from '../workshop/palette/palette-store'
import { defineAction } from './define'

export const roomView = defineAction({
  id: 'room-view',
  label: 'Room view',
  hint: 'Hide everything but the chart and fit it to the screen (Esc or the Room view button brings the rest back)',
  enabled: () => true,
  perform: () => {
    setRoomView(!useView.getState().roomView)
    fitChart()
  }
})

export const togglePanels = defineAction({
  id: 'panels',
  label: 'Panels',
  hint: 'Show or hide the Library, Inspector and Findings',
  enabled: () => true,
  perform: () => togglePanelState()
})

export const fitView = defineAction({
  id: 'fit-chart',
  label: 'Fit chart',
  hint: 'Show the whole chart',
  keys: ['Shift+1'],
  keyScope: 'chart',
  enabled: (s) => s.chart.roles.length > 0,
  perform: () => fitChart()
})

export const present = defineAction({
  id: 'present',
  label: 'Present',
  enabled: () => true,
  perform: () => startPresenting()
})

export const palette = defineAction({
  id: 'palette',
  label: 'Search roles and cards…',
  keys: ['Mod+K'],
  keyScope: 'always',
  enabled: () => true,
  perform: () => (usePalette.getState().step ? closePalette() : openPalette())
})

export const arrangeChart = defineAction<LayoutDirection>({
  id: 'auto-layout',
  label: 'Auto layout',
  enabled: (s) => s.chart.roles.length > 0,
  perform: (s, direction) => {
    const chart = s.chart
    try {
      // Near the canvas's own shape, so fitting shows the whole chart as large as it can be.
      const canvas = document.querySelector('.react-flow')?.getBoundingClientRect()
      const aspect = canvas && canvas.height > 0 ? canvas.width / canvas.height : undefined
      const { positions } = layoutChart(chart, { direction, aspect, collapsed: viewOf(chart.id).collapsed })
      // The chart stays where it was on the canvas: the layout starts at the old top-left corner.
      const placed = chart.roles.filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y))
      const ox = placed.length ? Math.min(...placed.map((r) => r.x!)) : 0
      const oy = placed.length ? Math.min(...placed.map((r) => r.y!)) : 0
      const moves = positions.map((p) => ({ id: p.id, x: p.x + ox, y: p.y + oy }))
      if (moves.length && dispatch([{ type: 'moveRoles', positions: moves }], 'Auto layout')) fitChart(300)
    } catch (e) {
      notify('error', `Auto layout could not arrange this chart (${e instanceof Error ? e.message : String(e)}). Nothing was moved; you can still arrange roles by dragging them.`)
    }
  }
})

export const exitRoomView = defineAction({
  id: 'exit-room-view',
  label: 'Leave Room view',
  keys: ['Escape'],
  keyScope: 'page',
  enabled: () => useView.getState().roomView,
  perform: () => {
    setRoomView(false)
    fitChart()
  }
})

/** The palette's "Auto layout": the whole chart in the direction it is drawn in now. */
export const arrangeChartNow = defineAction({
  id: 'auto-layout-now',
  label: 'Auto layout',
  hint: 'Arrange the whole chart to fit the screen',
  enabled: (s) => s.chart.roles.length > 0,
  perform: (s) => arrangeChart.perform(s, chartDirection(s.chart))
})
