// The desktop menu bar speaks to the renderer, which owns the chart and its history:
// each menu command is an action from the actions layer.

import { useEffect } from 'react'
import { platform } from '../platform/bridge'
import { run } from '../actions/define'
import { MENU_ACTIONS } from '../actions/registry'
import { isTextField } from '../workshop/a11y/focus'

export function useMenuCommands(): void {
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        // On macOS the menu takes Cmd+Z even inside text fields: give those their own undo.
        if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) return void document.execCommand(command)
        run(MENU_ACTIONS[command])
      }),
    []
  )
}
