// The desktop menu bar speaks to the renderer, which owns the chart and its history.

import { useEffect } from 'react'
import { platform } from '../platform/bridge'
import { redo, undo } from '../state/store'
import { createBlankChart } from '../state/session'
import { openChartFile, saveChart } from './file-actions'
import { useFileUi } from './file-state'

function editing(): boolean {
  const el = document.activeElement
  return el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')
}

export function useMenuCommands(): void {
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        switch (command) {
          case 'new-chart': return void createBlankChart()
          case 'open': return void openChartFile()
          case 'save': return void saveChart(false)
          case 'save-as': return void saveChart(true)
          case 'export':
          case 'print-pdf': return useFileUi.setState({ exportOpen: true })
          // On macOS the menu takes Cmd+Z even inside text fields: give those their own undo.
          case 'undo': return editing() ? void document.execCommand('undo') : undo()
          case 'redo': return editing() ? void document.execCommand('redo') : redo()
        }
      }),
    []
  )
}
