// How the chart is shown: Room view, the side panels, fitting, Present mode, the
// command palette, and arranging the whole chart.

import { autoLayout, type LayoutDirection } from '@shared/layout/auto-layout'
import { dispatch, notify, useWorkbench } from '../state/store'
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
    void autoLayout(chart, { direction }).then(
      (positions) => {
        const now = useWorkbench.getState().chart
        if (now.id !== chart.id) return
        // Roles deleted while the layout ran are left out; anything added keeps its place.
        const present = new Set(now.roles.map((r) => r.id))
        const moves = positions.filter((p) => present.has(p.id))
        if (moves.length && dispatch([{ type: 'moveRoles', positions: moves }], 'Auto layout')) fitChart(300)
      },
      (e: unknown) =>
        notify('error', `Auto layout could not arrange this chart (${e instanceof Error ? e.message : String(e)}). Nothing was moved; you can still arrange roles by dragging them.`)
    )
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
